import type { AdrDocument, RepositoryDocument, SectionKind, Span } from '../model.js';

export type Severity = 'off' | 'warn' | 'error';
export type PresetName = 'recommended' | 'strict' | 'legacy';

/** A JSON Schema fragment; kept loose because ajv validates it, not TypeScript. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** Rule id; equals the file name and the docs slug. */
  id: string;
  description: string;
  /** review: content rules that apply only to records under review; structure: always. */
  category: 'review' | 'structure';
  /**
   * Whether a review rule can judge only a record written in English (true when absent): it
   * interprets the record's own arguments (its options, costs, reasons, figures) by English cue
   * words, so on a record in another language it would report missing what it cannot read, and it
   * skips such a record. Rules that look for something every record should carry in any
   * language, a section or field the template asks for (a failure story, reversibility, revisit
   * triggers, a revisit-by date), set it false and still run.
   */
  needsEnglish?: boolean;
  /** Severity in the `recommended` and `strict` presets. */
  severity: Exclude<Severity, 'off'>;
  /** Whether the `recommended` preset turns it on (strict turns on every rule). */
  recommended: boolean;
  /** Whether the `legacy` preset (structure only) turns it on. */
  legacy: boolean;
  fixable: boolean;
  /** document: sees one record; repository: sees every record of the run. */
  scope: 'document' | 'repository';
  /** JSON Schema of the options object. Every property has a description. */
  schema: JsonSchema;
  defaultOptions: Record<string, unknown>;
  /** Message templates keyed by message id; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  /** The review question behind the rule, in a sentence or two. */
  rationale: string;
  /** How `docket review` puts the rule to a review meeting; a review rule without it is asked by its description. */
  review?: ReviewQuestionMeta;
  /** What the rule's page in docs/rules says beyond the fields above; a test requires it. */
  docs?: RuleDocs;
}

/** A rule's question as the review pack's checklist asks it. */
export interface ReviewQuestionMeta {
  /** A short checklist label, e.g. "Alternatives". */
  topic: string;
  /** What to ask in the room when the record leaves it open. */
  question: string;
  /** Section kinds whose text answers the question; the pack quotes the first one found. */
  answeredBy?: SectionKind[];
}

/**
 * One record (a string), or several files for repository rules; `baseText` is a file's text at the
 * git base, for rules that compare with it (accepted-immutable).
 */
export type RuleExample = string | { path: string; text: string; baseText?: string | null }[];

/** The hand-written part of a rule's documentation page; its examples are run as tests. */
export interface RuleDocs {
  /** A record this rule reports (at least one finding). */
  incorrect: RuleExample;
  /** The same record fixed: this rule reports nothing. */
  correct: RuleExample;
  howToFix: string;
  whenNotToUse: string;
}

export interface Fix {
  /** Offsets into the document's text. */
  range: [number, number];
  text: string;
}

export interface Related {
  path: string;
  line: number;
  column: number;
  message?: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the finding points. Defaults to the start of the document. */
  span?: Span;
  fix?: Fix;
  related?: Related[];
  /**
   * Lowers this one finding to a warning whatever the rule's severity (date-valid: a date in the
   * future is suspicious, not wrong). A rule can only lower severity; the engine owns the rest.
   */
  severity?: 'warn';
}

export interface DocumentRuleContext<O> {
  document: AdrDocument;
  options: O;
  settings: RunSettings;
  /**
   * The record as it was at the git base (`document.baseText`), parsed with the run's settings on
   * first use: null when the file is new there, undefined when the run makes no comparison.
   */
  readonly base: AdrDocument | null | undefined;
  report(report: Report): void;
}

export interface RepositoryRuleContext<O> {
  /** Every record of the run, as the slice repository rules read (see RepositoryDocument). */
  documents: readonly RepositoryDocument[];
  /**
   * Records that exist only on the git base branch (added there since this branch forked), so
   * merge-safety checks such as number-unique can see them. Never reported on; usually empty.
   */
  baseDocuments: readonly RepositoryDocument[];
  options: O;
  settings: RunSettings;
  /**
   * Paths of files the front end knows exist beside the linted records (forward slashes), so a
   * link to a record outside this run is not taken for a broken one; undefined when it did not say.
   */
  knownPaths: ReadonlySet<string> | undefined;
  /**
   * The whole record behind a slice, for a rule whose finding offers a text fix (links-resolve
   * writes the missing end of a supersede link); parsed on first use. Undefined when the front
   * end kept no text for it (a record only on the base branch).
   */
  fullDocument(document: RepositoryDocument): AdrDocument | undefined;
  report(document: RepositoryDocument, report: Report): void;
}

export interface DocumentRule<O = Record<string, unknown>> {
  meta: RuleMeta & { scope: 'document' };
  check(context: DocumentRuleContext<O>): void;
  /**
   * Whether the rule, with these options, reads `document.firstCommitted`. Looking the dates up
   * walks the git history, so a front end does it only when an enabled rule says yes.
   */
  readsCommitDates?(options: O): boolean;
}

export interface RepositoryRule<O = Record<string, unknown>> {
  meta: RuleMeta & { scope: 'repository' };
  check(context: RepositoryRuleContext<O>): void;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules with different option types.
export type Rule = DocumentRule<any> | RepositoryRule<any>;

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** The configuration a run uses, as a user would write it (all fields optional). */
export interface DocketConfig {
  preset?: PresetName;
  rules?: Record<string, RuleSetting>;
  /** Statuses the review (content) rules apply to, or 'all'. */
  reviewStatuses?: string[] | 'all';
  /** Accepted statuses, in lifecycle order. */
  lifecycle?: string[];
  /** Extra heading aliases per section kind, added to the starter table. */
  sectionAliases?: Partial<Record<SectionKind, string[]>>;
  /** Extra status spellings mapped to lifecycle statuses. */
  statusAliases?: Record<string, string>;
  /** Apply draft records too (the `--strict` switch). */
  strict?: boolean;
  /** ISO date used as "today" by date-aware rules. */
  today?: string;
  /** Report inline `docket-disable` comments that give no `-- reason`. */
  requireDisableReason?: boolean;
  /** Records larger than this many bytes are reported as too large instead of read (default 2 MiB). */
  maxFileSize?: number;
}

/** Settings every rule may read: resolved from the config once per run. */
export interface RunSettings {
  lifecycle: string[];
  reviewStatuses: Set<string> | 'all';
  today: string;
  /**
   * Status spellings (lower case) mapped to lifecycle statuses: the project's own aliases over
   * each lifecycle status mapped to itself. Pass to `normalizeStatus` so rules read statuses the
   * way the parser does.
   */
  statusAliases: Record<string, string>;
}

export interface Finding {
  ruleId: string;
  severity: 1 | 2;
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  related?: Related[];
  /** On suppressed findings only: the inline comment that suppressed it and the reason it gave. */
  suppressions?: { kind: 'directive'; justification: string }[];
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Findings an inline `docket-disable` comment suppressed, each with its `suppressions`. */
  suppressed?: Finding[];
}
