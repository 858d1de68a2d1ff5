import type { AdrDocument, ParseProblem, SectionKind } from '../model.js';
import { proseLanguage } from '../text/english.js';
import { walkDocument } from './blocks.js';
import { collectComments } from './comments.js';
import { extractConsequences } from './consequences.js';
import { locateFrontmatter, parseFrontmatter } from './frontmatter.js';
import { parseMarkdown } from './gfm.js';
import { extractMetadata, normalizeStatus } from './metadata.js';
import { extractOptions } from './options.js';
import { computeLineStarts, spanOf, spanOfNode } from './positions.js';
import { type AliasTable, buildAliasTable } from './section-kinds.js';

export interface ParseOptions {
  sectionAliases?: Partial<Record<SectionKind, string[]>>;
  statusAliases?: Record<string, string>;
  /** Records above this size are reported as too large, not parsed (default MAX_PARSE_BYTES). */
  maxBytes?: number;
}

/** Files above this size are not parsed: a finding says so instead of the process running out of memory. */
export const MAX_PARSE_BYTES = 2 * 1024 * 1024;

const aliasCache = new WeakMap<object, AliasTable>();
const DEFAULT_ALIASES = buildAliasTable();

function aliasTableFor(options: ParseOptions): AliasTable {
  const extra = options.sectionAliases;
  if (!extra || Object.keys(extra).length === 0) return DEFAULT_ALIASES;
  let table = aliasCache.get(extra);
  if (!table) {
    table = buildAliasTable(extra);
    aliasCache.set(extra, table);
  }
  return table;
}

function emptyDocument(path: string, text: string, problems: ParseProblem[]): AdrDocument {
  return {
    path,
    text,
    lineStarts: computeLineStarts(text),
    number: null,
    title: null,
    frontmatter: null,
    metadata: {},
    status: null,
    sections: [],
    blocks: [],
    options: [],
    chosen: null,
    consequences: [],
    links: [],
    comments: [],
    problems,
    language: proseLanguage([]),
  };
}

/** Looks like a binary file: a NUL byte, or many replacement characters from invalid UTF-8. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let bad = 0;
  for (const char of sample) if (char === '\uFFFD') bad++;
  return sample.length > 0 && bad / sample.length > 0.1;
}

// A date prefix ("2023-11-27-use-postgres.md", "2021_02_05_...") is not a record number.
const FILE_NUMBER = /^(?!\d{4}[-_]\d{2}[-_]\d{2})(?:adr[-_ ]?)?0*(\d{1,6})(?=[-_. ]|$)/i;
// "7. Use Postgres", "ADR-007: ...", "ADR 15 Crypto", "0007 Use Postgres"; a bare "12 factor config" is not numbered.
const TITLE_NUMBER =
  /^(?:adr[-_ ]?0*(\d{1,6})\s*(?:[.:)–—-]\s*|\s+)|0*(\d{1,6})\s*[.:)–—-]\s*|0+(\d{1,6})\s+)(?=\S)/i;

/** A line ending of old Mac files: a CR with no LF after it. */
const BARE_CR = /\r(?!\n)/g;

/**
 * The text with every bare CR read as LF, so the parser's line logic holds for files from old Macs.
 * It is the same length, so every offset into it is an offset into the file.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(BARE_CR, '\n') : text;
}

/** The text with [start, end) turned to spaces, line breaks kept: every offset still points at the same place. */
function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * Parses one ADR into the document model. Never throws: unreadable input gives a model
 * with problems instead.
 */
export function parseAdr(
  input: { path: string; text: string; size?: number },
  options: ParseOptions = {},
): AdrDocument {
  const text = withLineFeeds(input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text);
  const start = spanOf([0], 0, 0);
  if (looksBinary(text)) {
    return emptyDocument(input.path, text, [
      { code: 'binary', message: 'binary content or invalid UTF-8', span: start },
    ]);
  }
  // `size` is set when the front end left a file above its limit unread.
  const size = input.size ?? text.length;
  const limit = options.maxBytes ?? MAX_PARSE_BYTES;
  if (size > limit) {
    return emptyDocument(input.path, '', [
      {
        code: 'too-large',
        message: `${Math.round(size / 1024)} KB, above the ${Math.round(limit / 1024)} KB limit set by maxFileSize`,
        span: start,
      },
    ]);
  }
  // Frontmatter below a licence comment: read it as frontmatter, and hide it from the markdown
  // parser, which would take its fences for a thematic break and a setext heading.
  const misplaced = text.startsWith('---') ? null : locateFrontmatter(text);
  const root = parseMarkdown(misplaced ? blankOut(text, misplaced.open, misplaced.end) : text);
  const problems: ParseProblem[] = [];
  const document = emptyDocument(input.path, text, problems);
  const { lineStarts } = document;

  const yamlNode = root.children[0]?.type === 'yaml' ? root.children[0] : null;
  if (yamlNode) {
    const nodeStart = yamlNode.position?.start.offset ?? 0;
    const valueStart = text.indexOf('\n', nodeStart) + 1;
    const parsed = parseFrontmatter(
      yamlNode.value,
      valueStart,
      spanOfNode(lineStarts, yamlNode.position),
      lineStarts,
    );
    document.frontmatter = parsed.frontmatter;
    problems.push(...parsed.problems);
  } else if (misplaced) {
    const span = spanOf(lineStarts, misplaced.open, misplaced.end);
    const parsed = parseFrontmatter(misplaced.yaml.replace(/\r?\n$/, ''), misplaced.start, span, lineStarts);
    document.frontmatter = parsed.frontmatter;
    problems.push(
      {
        code: 'frontmatter-not-first',
        message: `it starts on line ${span.line}`,
        span: spanOf(lineStarts, misplaced.open, misplaced.start - 1),
      },
      ...parsed.problems,
    );
  }

  document.comments = collectComments(root, text, lineStarts);
  const walked = walkDocument(root, text, lineStarts, aliasTableFor(options));
  document.blocks = walked.blocks;
  document.sections = walked.sections;
  document.language = proseLanguage(walked.blocks);

  if (walked.title) {
    const heading = walked.title.node;
    const span = spanOfNode(lineStarts, heading.position);
    const numbered = TITLE_NUMBER.exec(walked.title.text);
    document.title = {
      text: numbered ? walked.title.text.slice(numbered[0].length).trim() : walked.title.text,
      span,
    };
    const digits = numbered ? ((numbered[1] ?? numbered[2] ?? numbered[3]) as string) : undefined;
    if (digits) document.number = { value: Number(digits), text: digits, source: 'title', span };
  }

  const { metadata, links } = extractMetadata({
    text,
    lineStarts,
    blocks: walked.blocks,
    sections: walked.sections,
    frontmatter: document.frontmatter,
    preamble: walked.blocks.filter((b) => b.section === -1),
    statusAliases: options.statusAliases,
  });
  document.metadata = metadata;
  document.links = links;

  const fmTitle = metadata.title;
  if (!document.title && fmTitle && fmTitle.text.trim())
    document.title = { text: fmTitle.text.trim(), span: fmTitle.span };

  const fileName = input.path.split(/[\\/]/).pop() ?? '';
  const fromFile = FILE_NUMBER.exec(fileName);
  const fmNumber = metadata.number ?? metadata.id;
  if (fromFile) {
    document.number = {
      value: Number(fromFile[1]),
      text: fromFile[1] as string,
      source: 'filename',
      span: start,
    };
  } else if (fmNumber && /^\D{0,4}\d+$/.test(fmNumber.text.trim())) {
    const digits = fmNumber.text.replace(/\D/g, '');
    document.number = { value: Number(digits), text: digits, source: 'frontmatter', span: fmNumber.span };
  }

  const status = metadata.status;
  if (status?.text.trim()) {
    document.status = {
      raw: status.text.trim(),
      normalized: normalizeStatus(status.text, options.statusAliases ?? {}),
      span: status.span,
    };
  }

  const analysis = extractOptions(document);
  document.options = analysis.options;
  document.chosen = analysis.chosen;
  document.consequences = extractConsequences(document);
  return document;
}
