// The per-file half of `docket lint`, run on a batch of records: read each record not read yet,
// parse it once, run the document-scope rules, and keep only the small repository slice of the
// model. The same code runs on the main thread and in worker threads, so both give the same
// findings; a worker reading its own records spares the main thread from holding every text.
import {
  type Finding,
  lintDocument,
  parseSource,
  type RepositoryDocument,
  type ResolvedConfig,
  repositoryView,
} from '@docket/core';
import { type LintSource, type ReadFailure, withText } from '../sources.js';

export interface RecordOutcome {
  /** Findings of the document-scope rules, unsorted. */
  findings: Finding[];
  /** What repository rules read from the record. */
  view: RepositoryDocument;
}

/** A record that could not be read when its batch came: it is reported, not linted. */
export interface UnreadRecord {
  failure: ReadFailure;
}

export function lintBatch(
  sources: readonly LintSource[],
  resolved: ResolvedConfig,
): (RecordOutcome | UnreadRecord)[] {
  // One text and one document tree at a time: both are dropped once its findings and slice are taken.
  return sources.map((record) => {
    const source = withText(record, resolved.maxFileSize);
    if ('reason' in source) return { failure: source };
    const document = parseSource(source, resolved);
    return { findings: lintDocument(document, resolved), view: repositoryView(document) };
  });
}
