import type { AdrDocument, RepositoryDocument, Span } from '../model.js';
import { parseAdr } from '../parser/parse.js';
import { type ResolvedConfig, type ResolvedRule, resolveConfig } from './config.js';
import { applyDirectives, DIRECTIVES_RULE_ID } from './directives.js';
import { formatMessage } from './messages.js';
import type {
  DocketConfig,
  FileResult,
  Finding,
  Report,
  RepositoryRule,
  Rule,
  RunSettings,
} from './types.js';

export interface SourceFile {
  path: string;
  text: string;
  /**
   * The file's size in bytes when the front end did not read it because it is above the size
   * limit (`maxFileSize`); `text` is then empty and the parser reports the file as too large.
   */
  size?: number;
  /**
   * The file's content at the git base ref (`--base`): null when the file is new there;
   * undefined when the run makes no base comparison. Rules read it as `document.baseText`.
   */
  baseText?: string | null;
  /**
   * Author date (YYYY-MM-DD) of the file's first commit, for records that state no date of their
   * own; rules read it through `recordDate`. Absent outside git, in shallow clones, or unasked.
   */
  firstCommitted?: string;
}

/** What a run sees besides the records it lints. Everything is optional. */
export interface RunInputs {
  /**
   * Paths of the records to report on (`--since`: the changed ones). Repository rules still see
   * every record, so a new record that clashes with an unchanged one is caught; findings and
   * results are kept for these paths only. Absent: every record.
   */
  only?: ReadonlySet<string>;
  /** Records that exist only on the base branch; repository rules see them, nothing reports on them. */
  baseDocuments?: readonly RepositoryDocument[];
  /**
   * Files the front end knows exist around the records (for example every file in the ADR
   * folders), so link checks do not take a record outside this run for a missing one.
   */
  knownPaths?: Iterable<string>;
  /**
   * The whole record at a path, for repository rules that offer fixes: the documents themselves
   * when the front end keeps them, or a parse of the text it kept. Absent: those rules offer none.
   */
  fullDocument?: (path: string) => AdrDocument | undefined;
}

export interface LintRun {
  results: FileResult[];
  documents: AdrDocument[];
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** Content (review) rules apply to records under review; a record with no readable status is treated as one. */
export function isUnderReview(document: Pick<AdrDocument, 'status'>, settings: RunSettings): boolean {
  if (settings.reviewStatuses === 'all') return true;
  const status = document.status?.normalized;
  if (!status) return true;
  return settings.reviewStatuses.has(status);
}

/**
 * Whether a document-scope rule runs on a record: review rules only on records under review, and
 * those that need English only on records written in English. A view from an older lint cache
 * has no language and counts as English.
 */
export function ruleRunsOn(
  rule: Rule,
  document: Pick<AdrDocument, 'status'> & { language?: AdrDocument['language'] },
  settings: RunSettings,
): boolean {
  if (rule.meta.category !== 'review') return true;
  if (!isUnderReview(document, settings)) return false;
  return rule.meta.needsEnglish === false || document.language?.english !== false;
}

function isRepositoryRule(rule: Rule): rule is RepositoryRule {
  return rule.meta.scope === 'repository';
}

function toFinding(entry: ResolvedRule, report: Report): Finding {
  const template = entry.rule.meta.messages[report.messageId];
  if (template === undefined) {
    throw new Error(`Rule "${entry.rule.meta.id}" reported unknown message id "${report.messageId}"`);
  }
  const span = report.span ?? START;
  const finding: Finding = {
    ruleId: entry.rule.meta.id,
    severity: entry.severity === 'error' && report.severity !== 'warn' ? 2 : 1,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
  if (report.fix) finding.fix = report.fix;
  if (report.related) finding.related = report.related;
  return finding;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function parseOptionsOf(resolved: ResolvedConfig) {
  return {
    sectionAliases: resolved.sectionAliases,
    statusAliases: resolved.statusAliases,
    maxBytes: resolved.maxFileSize,
  };
}

/** A record's base version (`--base`), parsed on first use: most runs never compare with a base. */
function baseVersion(document: AdrDocument, resolved: ResolvedConfig): () => AdrDocument | null | undefined {
  let parsed: AdrDocument | undefined;
  return () => {
    const text = document.baseText;
    if (text === undefined || text === null) return text;
    parsed ??= parseAdr({ path: document.path, text }, parseOptionsOf(resolved));
    return parsed;
  };
}

/** Paths compare with forward slashes, whatever the platform wrote. */
function normalizeKnownPaths(paths: Iterable<string> | undefined): ReadonlySet<string> | undefined {
  if (!paths) return undefined;
  return new Set([...paths].map((path) => path.replace(/\\/g, '/')));
}

/** The slice of a record kept after parsing: a new object holding only the RepositoryDocument fields. */
export function repositoryView(document: RepositoryDocument): RepositoryDocument {
  const { path, number, title, status, metadata, links, problems, comments, language } = document;
  return { path, number, title, status, metadata, links, problems, comments, language };
}

/**
 * The findings of the document-scope rules for one record: the per-file half of a run. They
 * depend only on the record (path, text, base text) and the resolved configuration, so a front
 * end may compute them in a worker or serve them from a cache. Unsorted; see `fileResult`.
 */
export function lintDocument(document: AdrDocument, resolved: ResolvedConfig): Finding[] {
  const findings: Finding[] = [];
  const { settings } = resolved;
  const baseOf = baseVersion(document, resolved);
  for (const entry of resolved.rules) {
    const rule: Rule = entry.rule;
    if (isRepositoryRule(rule) || !ruleRunsOn(rule, document, settings)) continue;
    rule.check({
      document,
      options: entry.options,
      settings,
      get base() {
        return baseOf();
      },
      report: (report) => {
        findings.push(toFinding(entry, report));
      },
    });
  }
  return findings;
}

/**
 * The findings of the repository-scope rules: every record of the run, as the slice those rules
 * read, in; findings per reported record out (keyed by the objects passed in). The cross-file
 * half of a run: it always sees every record, so its findings are never stale.
 */
export function lintRepository(
  documents: readonly RepositoryDocument[],
  resolved: ResolvedConfig,
  inputs: RunInputs = {},
): Map<RepositoryDocument, Finding[]> {
  const { only } = inputs;
  const reported = only ? documents.filter((d) => only.has(d.path)) : documents;
  const findings = new Map<RepositoryDocument, Finding[]>(reported.map((d) => [d, []]));
  const { settings } = resolved;
  const reviewed = documents.filter((d) => isUnderReview(d, settings));
  const baseDocuments = inputs.baseDocuments ?? [];
  const knownPaths = normalizeKnownPaths(inputs.knownPaths);
  for (const entry of resolved.rules) {
    const rule: Rule = entry.rule;
    if (!isRepositoryRule(rule)) continue;
    rule.check({
      documents: rule.meta.category === 'review' ? reviewed : documents,
      baseDocuments,
      options: entry.options,
      settings,
      knownPaths,
      fullDocument: (document) => inputs.fullDocument?.(document.path),
      report: (document, report) => {
        findings.get(document)?.push(toFinding(entry, report));
      },
    });
  }
  return findings;
}

/**
 * One file's result from all its findings (document and repository rules): inline directives
 * applied, findings in reading order, and the counts formatters show.
 */
export function fileResult(
  document: Pick<RepositoryDocument, 'path' | 'status' | 'comments'> &
    Partial<Pick<RepositoryDocument, 'language'>>,
  findings: Finding[],
  resolved: ResolvedConfig,
): FileResult {
  let list = findings;
  let suppressed: Finding[] = [];
  if (document.comments.length > 0) {
    const ranRuleIds = new Set(
      resolved.rules
        .filter((e) => ruleRunsOn(e.rule, document, resolved.settings))
        .map((e) => e.rule.meta.id),
    );
    const applied = applyDirectives({
      document,
      findings: list,
      knownRuleIds: resolved.knownRuleIds ?? null,
      ranRuleIds,
      requireReason: resolved.requireDisableReason ?? false,
    });
    const directivesEntry = resolved.rules.find((e) => e.rule.meta.id === DIRECTIVES_RULE_ID);
    const problems = directivesEntry ? applied.problems.map((p) => toFinding(directivesEntry, p)) : [];
    list = [...applied.findings, ...problems];
    suppressed = applied.suppressed.sort(compareFindings);
  }
  // A stable sort: findings of one rule at one position keep the order the rule reported them in.
  list = [...list].sort(compareFindings);
  const result: FileResult = {
    filePath: document.path,
    findings: list,
    errorCount: list.filter((f) => f.severity === 2).length,
    warningCount: list.filter((f) => f.severity === 1).length,
  };
  if (suppressed.length > 0) result.suppressed = suppressed;
  return result;
}

/**
 * Lints already-resolved documents: the pure heart of every front end. Repository rules see each
 * record's repository slice, exactly as they do when a front end splits the run over workers
 * and a cache, so every way of running gives the same findings.
 */
export function lintDocuments(
  documents: AdrDocument[],
  resolved: ResolvedConfig,
  inputs: RunInputs = {},
): FileResult[] {
  const views = documents.map(repositoryView);
  const baseDocuments = (inputs.baseDocuments ?? []).map(repositoryView);
  const byPath = new Map(documents.map((document) => [document.path, document]));
  const repository = lintRepository(views, resolved, {
    ...inputs,
    baseDocuments,
    fullDocument: (path) => byPath.get(path),
  });
  const results: FileResult[] = [];
  documents.forEach((document, i) => {
    if (inputs.only && !inputs.only.has(document.path)) return;
    const cross = repository.get(views[i] as RepositoryDocument) ?? [];
    results.push(fileResult(document, [...lintDocument(document, resolved), ...cross], resolved));
  });
  return results;
}

export interface LintSourcesInputs {
  /** As RunInputs.only. */
  only?: ReadonlySet<string>;
  /** Records that exist only on the base branch, as text; parsed here like the others. */
  baseSources?: readonly SourceFile[];
  /** As RunInputs.knownPaths. */
  knownPaths?: Iterable<string>;
}

/** Parses one source file with the run's aliases; its base text, if any, rides along for the rules. */
export function parseSource(source: SourceFile, resolved: ResolvedConfig): AdrDocument {
  const document = parseAdr(source, parseOptionsOf(resolved));
  if (source.baseText !== undefined) document.baseText = source.baseText;
  if (source.firstCommitted !== undefined) document.firstCommitted = source.firstCommitted;
  return document;
}

/** Parses and lints source files with a configuration: `{path, text}` in, findings out. No I/O. */
export function lintSources(
  sources: SourceFile[],
  config: DocketConfig,
  registry: readonly Rule[],
  inputs: LintSourcesInputs = {},
): LintRun {
  const resolved = resolveConfig(config, registry);
  const parse = (source: SourceFile) => parseSource(source, resolved);
  const documents = sources.map(parse);
  const baseDocuments = (inputs.baseSources ?? []).map(parse);
  const results = lintDocuments(documents, resolved, {
    only: inputs.only,
    baseDocuments,
    knownPaths: inputs.knownPaths,
  });
  return { results, documents };
}
