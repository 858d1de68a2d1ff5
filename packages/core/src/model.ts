// The ADR document model: what the parser produces and every rule reads.
// It knows markdown and ADR dialects; it knows nothing about rules.

/** A source range. Lines and columns are 1-based; the end column points just past the last character. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

export type SectionKind =
  | 'context'
  | 'constraints'
  | 'drivers'
  | 'options'
  | 'outcome'
  | 'consequences'
  | 'proscons'
  | 'rejected'
  | 'failure'
  | 'reversibility'
  | 'revisit'
  | 'operations'
  | 'evidence'
  | 'status'
  | 'links';

export type BlockKind = 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'html' | 'heading' | 'definition';

/**
 * One unit of text in reading order: a paragraph, the own text of a list item (without
 * nested lists), a table row, a code block. Rules search these instead of the raw text.
 */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Plain text with inline markup removed (code spans kept as their text). */
  text: string;
  /** Plain text with inline code spans removed: safe for word searches. */
  prose: string;
  span: Span;
  /** Index of the innermost section that holds the block, or -1 before the first heading. */
  section: number;
  /** Nesting depth of list items (0 for top-level items and non-list blocks). */
  depth: number;
  /** The list item marker for list items: '*', '-', '+', '1.' ... */
  marker?: string;
  /** For list items: index of the parent list item block, or -1. */
  parent: number;
  /** True when the block sits inside a blockquote. */
  quoted: boolean;
  /** Text of the first strong/emphasis run at the very start of the block, if any. */
  leadStrong?: string;
  /** For table rows: the cells' plain text; row 0 of a table is its header. */
  cells?: string[];
  /** For table rows: position of the row in its table (0 = header). */
  rowIndex?: number;
  /** For table rows: the index of the table within the document. */
  table?: number;
}

export interface Section {
  index: number;
  /** Heading text as written, without the leading number. */
  title: string;
  /** Lower-cased, de-numbered, de-punctuated heading used for alias matching. */
  key: string;
  level: number;
  /** Kind from the alias table, or null. */
  kind: SectionKind | null;
  /** Own kind, or the nearest ancestor's. */
  effectiveKind: SectionKind | null;
  parent: number;
  children: number[];
  /** The heading line. */
  span: Span;
  /** From the heading's start to the end of the section's last block (including subsections). */
  range: Span;
  /** Blocks directly under this heading (not in subsections). */
  blocks: number[];
  /** Blocks in this section and all its subsections. */
  allBlocks: number[];
}

export type Polarity = 'good' | 'bad' | 'neutral';

export interface Argument {
  text: string;
  polarity: Polarity;
  span: Span;
  block: number;
}

export type OptionSource = 'list' | 'heading' | 'table' | 'prose' | 'outcome';

export interface ConsideredOption {
  name: string;
  /** Normalised name used to merge duplicates and to match the chosen option. */
  key: string;
  span: Span;
  source: OptionSource;
  /** Description text attached to the option (its list item, heading body or table row). */
  description: string;
  /** Pros, cons and neutral arguments attached to this option. */
  arguments: Argument[];
  /** Marked as the chosen one in the options list itself ((chosen), ✅, bold). */
  markedChosen: boolean;
  block: number;
}

export interface ChosenOption {
  name: string;
  span: Span;
  /** Index into `options`, or -1 when the chosen option is not among them. */
  option: number;
  /**
   * Further options chosen together with `option` in a combined decision ("Option 1 + Option 4",
   * 'Chosen options: "A" and "B"'): indices into `options`, absent when one option was chosen.
   * None of them lost.
   */
  also?: number[];
  /** How the choice was found; `title` when only the record's title names one of the options. */
  source: 'madr' | 'marker' | 'outcome-mention' | 'single' | 'decision' | 'title';
  /** Text of the sentence or block that states the choice. */
  statement: string;
  block: number;
}

export type MetadataSource = 'frontmatter' | 'bullet' | 'section' | 'line';

export interface MetadataField {
  key: string;
  /** Raw value: string for text sources, anything YAML gives for frontmatter. */
  value: unknown;
  text: string;
  span: Span;
  source: MetadataSource;
  /**
   * For a status read from a dated history in its Status section ("2024-01-04 Proposed", then
   * "2024-02-01 Accepted"): the order of the entries, and whether blank lines part them, so a
   * new entry can be written like the others.
   */
  history?: { newestFirst: boolean; separated: boolean };
}

export interface Frontmatter {
  raw: string;
  span: Span;
  /** Parsed object, or null when the YAML did not parse or was not a mapping. */
  data: Record<string, unknown> | null;
  errors: { message: string; span: Span }[];
  /** Position of each top-level key's line. */
  keySpans: Record<string, Span>;
}

export interface DocumentLink {
  relation: string;
  target: string;
  text: string;
  span: Span;
}

export interface ParseProblem {
  code:
    | 'binary'
    | 'too-large'
    | 'yaml-syntax'
    | 'yaml-not-mapping'
    | 'yaml-alias-limit'
    | 'frontmatter-not-first';
  message: string;
  span: Span;
}

export interface Consequence extends Argument {
  section: number;
}

/** An HTML comment outside code, where inline directives (`<!-- docket-disable ... -->`) live. */
export interface HtmlComment {
  /** The text between `<!--` and `-->`, trimmed. */
  text: string;
  span: Span;
}

/** The language of a record's prose, as far as the review rules need it: they read English. */
export interface ProseLanguage {
  /** False when the prose is plainly in another language; a record too short to tell counts as English. */
  english: boolean;
  /** Words of prose outside code, HTML and quotations. */
  words: number;
}

export interface AdrDocument {
  path: string;
  text: string;
  /** Offsets of each line start, for position lookups. */
  lineStarts: number[];
  number: { value: number; text: string; source: 'filename' | 'frontmatter' | 'title'; span: Span } | null;
  title: { text: string; span: Span } | null;
  frontmatter: Frontmatter | null;
  /** Metadata by normalised key: status, date, deciders, consulted, informed, tags, reversibility, revisit-by, ... */
  metadata: Record<string, MetadataField>;
  /** The status as written, and normalised to the lifecycle vocabulary when it can be. */
  status: { raw: string; normalized: string | null; span: Span } | null;
  sections: Section[];
  blocks: Block[];
  options: ConsideredOption[];
  chosen: ChosenOption | null;
  consequences: Consequence[];
  links: DocumentLink[];
  /** HTML comments in reading order (none from code blocks or code spans). */
  comments: HtmlComment[];
  problems: ParseProblem[];
  language: ProseLanguage;
  /**
   * The file's content at the git base ref a run compares with (`--base`): null when the file
   * is new there, absent when the run makes no base comparison. Set by the engine, not the parser.
   */
  baseText?: string | null;
  /**
   * Author date (YYYY-MM-DD) of the commit that first added the file, when the front end asked
   * git (only runs whose rules date undated records do). Set by the engine, not the parser.
   */
  firstCommitted?: string;
}

/**
 * The slice of a record that repository-scope rules (numbering, links, supersede chains) read,
 * with the inline-directive comments applied to every finding at the end. A run keeps one per
 * record instead of whole documents, and the lint cache stores it, so it holds small facts only: a repository rule that needs another field
 * adds it here (and to `repositoryView` in engine/lint.ts), and the type checker shows where it is missing.
 */
export type RepositoryDocument = Pick<
  AdrDocument,
  'path' | 'number' | 'title' | 'status' | 'metadata' | 'links' | 'problems' | 'comments' | 'language'
>;

/** Where a record sits in the status lifecycle when the parser recognises the wording. */
export const STATUS_ALIASES: Record<string, string> = {
  draft: 'draft',
  wip: 'draft',
  'work in progress': 'draft',
  proposed: 'proposed',
  proposal: 'proposed',
  pending: 'proposed',
  'in review': 'proposed',
  'under review': 'proposed',
  review: 'proposed',
  'in discussion': 'proposed',
  discussion: 'proposed',
  open: 'proposed',
  rfc: 'proposed',
  accepted: 'accepted',
  approved: 'accepted',
  agreed: 'accepted',
  adopted: 'accepted',
  decided: 'accepted',
  implemented: 'accepted',
  'partially implemented': 'accepted',
  done: 'accepted',
  active: 'accepted',
  completed: 'accepted',
  complete: 'accepted',
  final: 'accepted',
  rejected: 'rejected',
  declined: 'rejected',
  abandoned: 'rejected',
  withdrawn: 'rejected',
  deprecated: 'deprecated',
  obsolete: 'deprecated',
  retired: 'deprecated',
  superseded: 'superseded',
  replaced: 'superseded',
  'superseded by': 'superseded',
};
