// The per-file half of `docket lint`, run on a batch of records: parse each one once, run the
// document-scope rules, and keep only the small repository slice of the model. The same code runs
// on the main thread and in worker threads, so both give the same findings.
import {
  type Finding,
  lintDocument,
  parseSource,
  type RepositoryDocument,
  type ResolvedConfig,
  repositoryView,
  type SourceFile,
} from '@docket/core';

export interface RecordOutcome {
  /** Findings of the document-scope rules, unsorted. */
  findings: Finding[];
  /** What repository rules read from the record. */
  view: RepositoryDocument;
}

export function lintBatch(sources: readonly SourceFile[], resolved: ResolvedConfig): RecordOutcome[] {
  // One document tree at a time: it is dropped as soon as its findings and slice are taken.
  return sources.map((source) => {
    const document = parseSource(source, resolved);
    return { findings: lintDocument(document, resolved), view: repositoryView(document) };
  });
}
