import type { AdrDocument, Block, DocumentLink, MetadataField, Section, Span } from '../model.js';
import { STATUS_ALIASES } from '../model.js';
import { KNOWN_RELATIONS, normalizeRelation, relationKey } from '../relations.js';
import { allMatches } from '../text/regexp.js';
import { spanOf } from './positions.js';

/** Frontmatter and bullet keys, mapped to the model's metadata names. */
const KEY_NAMES: Record<string, string> = {
  status: 'status',
  date: 'date',
  'last-updated': 'date',
  'decision-makers': 'deciders',
  deciders: 'deciders',
  'decision makers': 'deciders',
  authors: 'authors',
  author: 'authors',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
  reversibility: 'reversibility',
  'revisit-by': 'revisit-by',
  'revisit by': 'revisit-by',
  // Other names teams give the revisit date.
  'revisit-date': 'revisit-by',
  'revisit date': 'revisit-by',
  'review-by': 'revisit-by',
  'review by': 'revisit-by',
  'review-date': 'revisit-by',
  'review date': 'revisit-by',
  'next-review': 'revisit-by',
  'next review': 'revisit-by',
  expires: 'revisit-by',
  'revisit-when': 'revisit-when',
  'revisit when': 'revisit-when',
  supersedes: 'supersedes',
  'superseded-by': 'superseded-by',
  'superseded by': 'superseded-by',
  owner: 'owner',
  owners: 'owner',
  id: 'id',
  number: 'number',
  title: 'title',
  'technical story': 'technical-story',
  'technical-story': 'technical-story',
};

const BULLET_LINE =
  /^(status|date|deciders|decision[- ]makers|consulted|informed|tags|owner|reversibility|revisit[- ]by|revisit[- ]date|review[- ](?:by|date)|next[- ]review|expires|revisit[- ]when|technical[- ]story|supersedes|superseded[- ]by|last[- ]updated|authors?)\s*:\s*(.+)$/iu;

/** A break between fields written on one line: "Status: Accepted · Date: 2026-04-02 | Deciders: Ana". */
const FIELD_BREAK = /\s+[\u00B7\u2022|]\s+/g;

/**
 * The fields of one metadata line, each with where it starts: the line itself, or its pieces when
 * every piece after a break opens with a field name ("Status: Accepted · Date: 2026-04-02"). A
 * value that merely holds a dot or a bar ("Status: Accepted | Rejected") stays whole.
 */
function fieldsOf(line: string, start: number): { line: string; start: number }[] {
  const pieces: { line: string; start: number }[] = [];
  let from = 0;
  for (const found of allMatches(line, FIELD_BREAK)) {
    pieces.push({ line: line.slice(from, found.index), start: start + from });
    from = (found.index as number) + found[0].length;
  }
  pieces.push({ line: line.slice(from), start: start + from });
  const fields = pieces.slice(1);
  if (
    fields.length === 0 ||
    !fields.every((piece) => BULLET_LINE.test(piece.line.replace(/\*\*|__/g, '').trim()))
  )
    return [{ line, start }];
  return pieces;
}

/** Words of a date written before the status: "2026-02-01 Accepted", "01/02/2026: Accepted", "1 February 2026 - Accepted". */
const LEADING_DATE =
  /^(?:(?:\d[\d-]*|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?: |$))+(?:- )?/;

/** A status as lower-cased words without punctuation or a leading date: "2021-03-01: Accepted (by Ana)" → "accepted by ana". */
export function statusWords(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_DATE, '');
}

export function normalizeStatus(raw: string, extra: Record<string, string>): string | null {
  const cleaned = statusWords(raw);
  if (!cleaned) return null;
  const table = { ...STATUS_ALIASES, ...lowerKeys(extra) };
  if (table[cleaned]) return table[cleaned] as string;
  // "Accepted on 2020-01-01", "Superseded by ADR 9": the leading words decide.
  const words = cleaned.split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const hit = table[words.slice(0, n).join(' ')];
    if (hit) return hit;
  }
  return null;
}

function lowerKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
}

function stringValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(stringValue).join(', ');
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

interface MetadataInput {
  text: string;
  lineStarts: number[];
  blocks: Block[];
  sections: Section[];
  frontmatter: AdrDocument['frontmatter'];
  /** Blocks between the title and the first section: where MADR 2 bullets and `Date:` lines live. */
  preamble: Block[];
  /** The project's own status words, so a history written with them is read too. */
  statusAliases?: Record<string, string>;
}

/** The ISO date of a dated status line: "2024-02-01 Accepted", "| 2024-02-01 | Accepted |". */
export const STATUS_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** The lines of a paragraph or list item as written, each with the offset it starts at. */
function linesOf(text: string, block: Block): { line: string; start: number }[] {
  let start = block.span.offset;
  return text
    .slice(block.span.offset, block.span.endOffset)
    .split('\n')
    .map((line) => {
      const at = start;
      start += line.length + 1;
      return { line, start: at };
    });
}

/**
 * The entry that holds now in a status history: a Status section whose lines (paragraph lines,
 * list items or table rows) each pair a date with a status, "2026-01-04 Proposed" then
 * "2026-02-01 Accepted". The latest date wins, the later line on a tie; null unless two or more
 * lines (or one table row) are dated statuses, so a single status with notes under it is read as before.
 */
function latestInHistory(
  section: Section,
  input: MetadataInput,
): { text: string; span: Span; history: NonNullable<MetadataField['history']> } | null {
  const entries: { text: string; date: string; offset: number; end: number; block: number }[] = [];
  for (const index of section.blocks) {
    const block = input.blocks[index] as Block;
    if (block.quoted) continue;
    const lines: { text: string; offset: number; end: number }[] = [];
    if (block.kind === 'tableRow' && block.rowIndex !== 0 && block.cells) {
      lines.push({
        text: block.cells.join(' ').trim(),
        offset: block.span.offset,
        end: block.span.endOffset,
      });
    } else if (block.kind === 'paragraph' || block.kind === 'listItem') {
      // A list item's later lines are its notes, not entries of their own.
      const written = linesOf(input.text, block).slice(0, block.kind === 'listItem' ? 1 : undefined);
      for (const { line, start } of written) {
        const text = line
          .replace(/^\s*(?:[*+-]|\d+[.)])\s+/, '')
          .replace(/\*\*|__|`/g, '')
          .trim();
        lines.push({ text, offset: start, end: start + line.length });
      }
    }
    for (const line of lines) {
      const date = STATUS_DATE.exec(line.text)?.[0];
      if (!date) continue;
      const withoutDate = line.text.replace(STATUS_DATE, ' ');
      if (normalizeStatus(withoutDate, input.statusAliases ?? {}) === null) continue;
      entries.push({ ...line, date, block: index });
    }
  }
  // One dated row is a history too: a table with a status column is a log, not a status line.
  const table = entries.length === 1 && (input.blocks[entries[0]?.block ?? -1] as Block).kind === 'tableRow';
  if (entries.length < 2 && !table) return null;
  const latest = entries.reduce((best, entry) => (entry.date >= best.date ? entry : best));
  const [first, second] = entries as [(typeof entries)[number], ...(typeof entries)[number][]];
  const separated =
    second !== undefined &&
    first.block !== second.block &&
    (input.blocks[first.block] as Block).kind === 'paragraph';
  return {
    text: latest.text,
    span: spanOf(input.lineStarts, latest.offset, latest.end),
    history: { newestFirst: second !== undefined && latest === first, separated },
  };
}

/** Reads status, dates, people and links from frontmatter, MADR 2 bullets and Nygard sections, first source winning. */
export function extractMetadata(input: MetadataInput): {
  metadata: Record<string, MetadataField>;
  links: DocumentLink[];
} {
  const metadata: Record<string, MetadataField> = {};
  const links: DocumentLink[] = [];
  const put = (field: MetadataField) => {
    if (!metadata[field.key]) metadata[field.key] = field;
  };
  const fm = input.frontmatter;
  if (fm?.data) {
    for (const [rawKey, value] of Object.entries(fm.data)) {
      collectFrontmatterLinks(rawKey, value, fm.keySpans[rawKey] ?? fm.span, links);
      // YAML keys are often snake_case: `revisit_by`, `decision_makers`.
      const key = KEY_NAMES[rawKey.toLowerCase().replace(/_/g, '-')];
      if (!key) continue;
      put({
        key,
        value,
        text: stringValue(value),
        span: fm.keySpans[rawKey] ?? fm.span,
        source: 'frontmatter',
      });
    }
  }
  // A metadata table under the title: "| Status | Approved |".
  for (const block of input.preamble) {
    if (block.kind !== 'tableRow' || !block.cells || block.cells.length < 2) continue;
    // Header cells may carry punctuation: "Status:", "Status *".
    const key = KEY_NAMES[(block.cells[0] ?? '').replace(/^\W+|\W+$/g, '').toLowerCase()];
    const value = (block.cells[1] ?? '').trim();
    if (key && value) put({ key, value, text: value, span: block.span, source: 'line' });
  }
  // "* Status: accepted" bullets and "Date: 2020-01-01" lines, one per line even when a paragraph holds several.
  for (const block of input.preamble) {
    if (block.kind !== 'listItem' && block.kind !== 'paragraph') continue;
    const fields = linesOf(input.text, block).flatMap((whole) => fieldsOf(whole.line, whole.start));
    for (const { line, start: lineStart } of fields) {
      const stripped = line.replace(/^\s*(?:[*+-]\s+)?/, '').replace(/\*\*|__/g, '');
      const match = BULLET_LINE.exec(stripped.trim());
      if (!match) continue;
      const key = KEY_NAMES[(match[1] as string).toLowerCase()] ?? (match[1] as string).toLowerCase();
      const value = (match[2] as string).trim();
      const span = spanOf(
        input.lineStarts,
        lineStart + line.indexOf(line.trimStart()),
        lineStart + line.trimEnd().length,
      );
      put({ key, value, text: value, span, source: block.kind === 'listItem' ? 'bullet' : 'line' });
      // "* Status: superseded by [ADR-0005](0005-x.md)", "* Supersedes: [ADR-0002](0002-y.md)".
      const valueStart = line.lastIndexOf(value);
      const fallback = key === 'status' ? null : normalizeRelation(match[1] as string);
      if (valueStart !== -1)
        collectLineLinks(value, lineStart + valueStart, input.lineStarts, links, fallback);
    }
  }
  // Nygard: the status is the text of a `## Status` section.
  const statusSection = input.sections.find((s) => s.kind === 'status');
  if (statusSection) {
    const statusBlocks = statusSection.blocks
      .map((i) => input.blocks[i] as Block)
      .filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
    // Templates put guidance in a quotation at the top ("> A decision may be proposed if ..."):
    // the status is the first line the author wrote below it.
    const first = statusBlocks.find((b) => !b.quoted) ?? statusBlocks[0];
    const latest = latestInHistory(statusSection, input);
    if (latest) {
      put({ key: 'status', value: latest.text, source: 'section', ...latest });
    } else if (first) {
      const firstLine = (first.text.split('\n')[0] ?? '').trim();
      const value = firstLine.replace(/^status\s*:\s*/i, '');
      const lineEnd = input.text.indexOf('\n', first.span.offset);
      const end = lineEnd === -1 || lineEnd > first.span.endOffset ? first.span.endOffset : lineEnd;
      put({
        key: 'status',
        value,
        text: value,
        span: spanOf(input.lineStarts, first.span.offset, end),
        source: 'section',
      });
    }
    for (const block of statusBlocks) collectBlockLinks(block, input, links);
  }
  // MADR 2's "## Links" section: "* Refined by [ADR-0005](0005-example.md)".
  for (const section of input.sections) {
    if (section.kind !== 'links') continue;
    for (const index of section.blocks) {
      const block = input.blocks[index] as Block;
      if (block.kind === 'paragraph' || block.kind === 'listItem') collectBlockLinks(block, input, links);
    }
  }
  return { metadata, links };
}

/** Relations that may appear anywhere in a line ("Accepted; supersedes [3](0003-x.md)"). */
const KNOWN_LINK_LINE = new RegExp(
  `\\b(${KNOWN_RELATIONS.map((r) => r.replace(/ /g, '[ -]')).join('|')}|related to)\\b`,
  'i',
);
/** A line that starts with a relation's words and then a link: "Amends [2. Use Redis](0002-use-redis.md)". */
const LEADING_RELATION = /^\s*(?:[*+-]\s+)?([A-Za-z][A-Za-z -]{0,40}?)\s*:?\s*(?=\[[^\]]*\]\()/;
const LINK_TARGET = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g;
/** Links to other records are to markdown files; other links ("see [RFC 7](https://...)") are not relations. */
const RECORD_TARGET = /\.md(?:#[^)\s]*)?$/i;

/**
 * The record links in one line: the relation is the words before the first link, or
 * `fallback` (a metadata key such as "supersedes") when the line starts with the link.
 */
function collectLineLinks(
  line: string,
  lineStart: number,
  lineStarts: number[],
  links: DocumentLink[],
  fallback: string | null,
) {
  const leading = LEADING_RELATION.exec(line);
  const known = KNOWN_LINK_LINE.exec(line);
  let relation: string | null = null;
  let anyTarget = false;
  if (leading?.[1] && KNOWN_RELATIONS.includes(normalizeRelation(leading[1]))) {
    relation = normalizeRelation(leading[1]);
    anyTarget = true;
  } else if (known) {
    relation = normalizeRelation(known[1] as string);
    anyTarget = true;
  } else if (leading?.[1]) {
    relation = normalizeRelation(leading[1]);
  } else if (fallback && /^\s*\[/.test(line)) {
    relation = fallback;
  }
  if (!relation) return;
  for (const match of allMatches(line, LINK_TARGET)) {
    const target = match[2] as string;
    if (!anyTarget && !RECORD_TARGET.test(target)) continue;
    const start = lineStart + (match.index ?? 0);
    links.push({
      relation,
      target,
      text: match[1] as string,
      span: spanOf(lineStarts, start, start + match[0].length),
    });
  }
}

function collectBlockLinks(block: Block, input: MetadataInput, links: DocumentLink[]) {
  const source = input.text.slice(block.span.offset, block.span.endOffset);
  let cursor = block.span.offset;
  for (const line of source.split('\n')) {
    collectLineLinks(line, cursor, input.lineStarts, links, null);
    cursor += line.length + 1;
  }
}

const RELATION_KEYS = new Set(KNOWN_RELATIONS.map(relationKey));

/**
 * Frontmatter links: `supersedes: 0003-use-mysql.md`, `superseded-by: [9]`, and any other key
 * whose values all name markdown files (`amends: 0002-use-redis.md`), which is how docket writes
 * a team's own relations into frontmatter.
 */
function collectFrontmatterLinks(rawKey: string, value: unknown, span: Span, links: DocumentLink[]) {
  const values = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string | number => typeof v === 'string' || typeof v === 'number',
  );
  if (values.length === 0) return;
  const key = relationKey(rawKey);
  if (key === 'status') {
    // MADR 3: `status: superseded by [ADR-0005](0005-example.md)`.
    const found: DocumentLink[] = [];
    collectLineLinks(String(values[0]), 0, [0], found, null);
    for (const link of found) links.push({ ...link, span });
    return;
  }
  const isRelation =
    RELATION_KEYS.has(key) || values.every((v) => typeof v === 'string' && RECORD_TARGET.test(v.trim()));
  if (!isRelation) return;
  for (const target of values) {
    const text = String(target).trim();
    if (text) links.push({ relation: normalizeRelation(rawKey), target: text, text, span });
  }
}
