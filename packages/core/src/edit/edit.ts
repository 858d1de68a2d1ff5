// Edits an ADR in its own dialect. Each edit changes only the lines it must: a value is replaced
// where it is written (YAML frontmatter, MADR 2 / log4brains bullets, a metadata table, Nygard's
// Status section); a missing field is added where that dialect keeps it. Pure: text in, text out.
import { type AdrDocument, type Block, type MetadataField, type Section, STATUS_ALIASES } from '../model.js';
import { STATUS_DATE } from '../parser/metadata.js';
import type { ParseOptions } from '../parser/parse.js';
import { parseAdr } from '../parser/parse.js';
import { normalizeRelation, relationKey, relationLabel } from '../relations.js';
import { oneLine } from '../text/shorten.js';
import { addFrontmatterListValue, setFrontmatterValue } from './frontmatter.js';
import {
  appendBlock,
  detectEol,
  EditError,
  insertLinesAfter,
  insertLinesBefore,
  lineAt,
  matchCase,
  splice,
  splitBom,
} from './text.js';

/** The record a link points at, as the editing command found it. */
export interface LinkTarget {
  /** The link destination as written from the edited file, usually the target's file name. */
  href: string;
  /** The target's number as its file name writes it ("0005"), when it has one. */
  number?: string | null;
  /** The target's title without its number. */
  title?: string | null;
}

export type AdrEdit =
  /** Sets the status; with `date`, also stamps the record's date. */
  | { type: 'set-status'; status: string; date?: string }
  /** Adds a link such as "supersedes" or "amended by"; a link already there is left alone. */
  | { type: 'add-link'; relation: string; target: LinkTarget }
  /** Replaces the decision-makers (MADR 4 `decision-makers`, MADR 3 and MADR 2 `deciders`). */
  | { type: 'set-deciders'; names: string[] }
  | { type: 'set-date'; date: string }
  /** Appends one line to the record's "Decision log" section, creating the section when needed. */
  | { type: 'append-note'; text: string };

/** Where a record keeps its metadata when a field has to be added. */
export type MetadataHome = 'frontmatter' | 'bullets' | 'nygard';

export function metadataHome(doc: AdrDocument): MetadataHome {
  if (doc.frontmatter) {
    if (!doc.frontmatter.data) throw new EditError('its frontmatter is not valid YAML; fix it first');
    return 'frontmatter';
  }
  if (Object.values(doc.metadata).some((field) => field.source === 'bullet')) return 'bullets';
  return 'nygard';
}

type FieldName = 'status' | 'date' | 'deciders';

const FIELD_LABEL: Record<FieldName, string> = { status: 'Status', date: 'Date', deciders: 'Deciders' };
/** Frontmatter spellings, the one docket writes first (MADR 4 says decision-makers). */
const FRONTMATTER_KEYS: Record<FieldName, readonly string[]> = {
  status: ['status'],
  date: ['date', 'last-updated'],
  deciders: ['decision-makers', 'deciders', 'decision makers'],
};
/** MADR's order: Status, Deciders, Date. A new field goes after the nearest one before it. */
const WRITTEN_AFTER: Record<FieldName, FieldName[]> = {
  status: [],
  deciders: ['status'],
  date: ['deciders', 'status'],
};

const NOTE_SECTION = 'Decision log';
const LINKS_SECTION = 'Links';

/**
 * Applies one edit to a record's source text. `doc` is the record parsed from `source` (with the
 * same parse options). Returns the new text, identical to `source` outside the changed lines.
 */
export function applyEdit(source: string, doc: AdrDocument, edit: AdrEdit): string {
  const unreadable = doc.problems.find((p) => p.code === 'binary' || p.code === 'too-large');
  if (unreadable) throw new EditError(`it cannot be edited: ${unreadable.message}`);
  const { bom, body } = splitBom(source);
  if (doc.text !== body) throw new EditError('the parsed document does not match the text being edited');
  return bom + editBody(body, doc, edit);
}

/** Applies edits in order, re-reading the record between them so each sees the previous one's result. */
export function applyEdits(
  source: string,
  path: string,
  edits: readonly AdrEdit[],
  parseOptions: ParseOptions = {},
): string {
  let text = source;
  for (const edit of edits) text = applyEdit(text, parseAdr({ path, text }, parseOptions), edit);
  return text;
}

function editBody(text: string, doc: AdrDocument, edit: AdrEdit): string {
  const eol = detectEol(text);
  switch (edit.type) {
    case 'set-status': {
      const field = doc.metadata.status;
      const written =
        field && STATUS_DATE.test(field.text)
          ? restateDatedStatus(text, field, edit.status.trim(), edit.date, eol)
          : setField(text, doc, 'status', edit.status.trim(), eol);
      // The date is stamped on the record as the status left it, read again.
      return edit.date ? applyEdits(written, doc.path, [{ type: 'set-date', date: edit.date }]) : written;
    }
    case 'set-date':
      return setField(text, doc, 'date', edit.date, eol);
    case 'set-deciders': {
      const names = edit.names.map(oneLine).filter((n) => n !== '');
      if (names.length === 0) throw new EditError('no decision-makers given');
      return setField(text, doc, 'deciders', names, eol);
    }
    case 'add-link':
      return addLink(text, doc, edit.relation, edit.target, eol);
    case 'append-note':
      return appendToSection(text, doc, NOTE_SECTION, oneLine(edit.text), eol);
  }
}

// ---------------------------------------------------------------------------------------------
// Fields: status, date, decision-makers

function setField(text: string, doc: AdrDocument, name: FieldName, value: string | string[], eol: string) {
  const field = doc.metadata[name];
  const home = metadataHome(doc);
  if (name === 'status' && typeof value === 'string') {
    value = matchCase(value, doc.status?.raw ?? (home === 'nygard' ? 'Status' : null));
  }
  if (field?.source === 'frontmatter' || (!field && home === 'frontmatter')) {
    return setFrontmatterValue(text, value, {
      keys: FRONTMATTER_KEYS[name],
      after: WRITTEN_AFTER[name].flatMap((n) => FRONTMATTER_KEYS[n]),
      position: name === 'status' ? 'first' : 'last',
      eol,
    });
  }
  const written = Array.isArray(value) ? value.join(', ') : value;
  if (field) return replaceFieldValue(text, field, written);
  if (home === 'bullets') return insertBullet(text, doc, name, written, eol);
  return insertNygardField(text, doc, name, written, eol);
}

/** `* Status: accepted`, `Date: 2020-01-01`, `| Status | Approved |`, or Nygard's status line. */
function replaceFieldValue(text: string, field: MetadataField, value: string): string {
  const { start, end } = lineAt(text, field.span.offset);
  const line = text.slice(start, end);
  if (field.source === 'section') {
    // "Accepted", "**Accepted**", "* Status: Accepted": keep the marker, label and emphasis.
    const match = /^(\s*(?:[*+-]\s+)?(?:status\s*:\s*)?(\*\*|__)?)(.*?)(\2)?\s*$/i.exec(line);
    const prefix = match?.[1] ?? '';
    const suffix = match?.[4] ?? '';
    return splice(
      text,
      start + prefix.length,
      start + prefix.length + (match?.[3]?.length ?? 0) + suffix.length,
      value + suffix,
    );
  }
  if (/^\s*\|/.test(line)) {
    // A metadata table row: the second cell holds the value.
    const cells = [...line.matchAll(/\|/g)].map((m) => m.index ?? 0);
    const from = (cells[1] ?? line.length) + 1;
    const to = cells[2] ?? line.length;
    const cell = line.slice(from, to);
    const lead = cell.length - cell.trimStart().length;
    const trail = cell.length - cell.trimEnd().length;
    return splice(text, start + from + lead, start + to - trail, value);
  }
  const match =
    /^(\s*(?:[*+-]\s+)?(?:\*\*|__)?[^:]*?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*)(.*?)(\s*(?:<!--.*?-->)?\s*)$/.exec(
      line,
    );
  if (!match) throw new EditError(`cannot find the value of "${field.key}" on line ${field.span.line}`);
  const from = start + (match[1] as string).length;
  return splice(text, from, from + (match[2] as string).length, value);
}

/**
 * A dated status line with `status` in place of its status words and, when given, `date` in place
 * of its date: "* 2024-02-01: Accepted" becomes "* 2026-05-04: Superseded". Null when no word of
 * the line is a status word.
 */
function restatedLine(line: string, status: string, date: string | undefined): string | null {
  const words = [...line.matchAll(/\p{L}[\p{L}-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    // The longest run of up to three words that is a status as a whole: "in review", "accepted".
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const first = words[i] as RegExpExecArray;
      const last = words[i + n - 1] as RegExpExecArray;
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const candidate = line.slice(from, to);
      if (!/^[\p{L}-]+(?: [\p{L}-]+)*$/u.test(candidate) || !STATUS_ALIASES[candidate.toLowerCase()])
        continue;
      const restated = line.slice(0, from) + matchCase(status, candidate) + line.slice(to);
      return date ? restated.replace(STATUS_DATE, date) : restated;
    }
  }
  return null;
}

/**
 * A new status for a record whose status line carries a date. In a history ("2024-01-04 Proposed",
 * "2024-02-01 Accepted") the new status is a new entry written like the latest one, placed where
 * the history grows; a single dated line is restated in place. Without a date to stamp, the latest
 * entry's words are changed where they stand.
 */
function restateDatedStatus(
  text: string,
  field: MetadataField,
  status: string,
  date: string | undefined,
  eol: string,
): string {
  const { start, end } = lineAt(text, field.span.offset);
  const restated = restatedLine(text.slice(start, end), status, date);
  if (restated === null) return replaceFieldValue(text, field, status);
  if (!field.history || !date) return splice(text, start, end, restated);
  const lines = field.history.separated
    ? field.history.newestFirst
      ? [restated, '']
      : ['', restated]
    : [restated];
  return field.history.newestFirst
    ? insertLinesBefore(text, start, lines, eol)
    : insertLinesAfter(text, start, lines, eol);
}

function metadataBullets(doc: AdrDocument): MetadataField[] {
  return Object.values(doc.metadata)
    .filter((f) => f.source === 'bullet')
    .sort((a, b) => a.span.offset - b.span.offset);
}

/** A new MADR 2 / log4brains bullet, written like its neighbours ("* " or "- "). */
function insertBullet(text: string, doc: AdrDocument, name: FieldName, value: string, eol: string): string {
  const bullets = metadataBullets(doc);
  const first = bullets[0] as MetadataField;
  const model = text.slice(lineAt(text, first.span.offset).start, first.span.offset + 2);
  const line = `${model}${FIELD_LABEL[name]}: ${value}`;
  for (const before of WRITTEN_AFTER[name]) {
    const anchor = doc.metadata[before];
    if (anchor?.source === 'bullet') return insertLinesAfter(text, anchor.span.endOffset, [line], eol);
  }
  return insertLinesBefore(text, first.span.offset, [line], eol);
}

/** Nygard / adr-tools: `Date:` under the title, the status in a `## Status` section. */
function insertNygardField(
  text: string,
  doc: AdrDocument,
  name: FieldName,
  value: string,
  eol: string,
): string {
  if (name === 'status') {
    const section = doc.sections.find((s) => s.kind === 'status');
    if (section) return insertLinesAfter(text, section.span.offset, ['', value], eol);
    return insertSection(text, doc, 'Status', [value], eol, 'start');
  }
  const line = `${FIELD_LABEL[name]}: ${value}`;
  // Decision-makers go below the date, which goes below the title.
  const anchor = name === 'deciders' ? (doc.metadata.date ?? null) : null;
  if (anchor) {
    const block = doc.blocks.find(
      (b) => b.span.offset <= anchor.span.offset && anchor.span.endOffset <= b.span.endOffset,
    );
    return insertLinesAfter(text, (block ?? anchor).span.endOffset, ['', line], eol);
  }
  if (doc.title && doc.title.span.offset < (doc.sections[0]?.span.offset ?? Number.POSITIVE_INFINITY)) {
    return insertLinesAfter(text, doc.title.span.endOffset, ['', line], eol);
  }
  return insertLinesBefore(text, firstContentOffset(text, doc), [line, ''], eol);
}

/** Where body text starts: after the frontmatter, if any. */
function firstContentOffset(text: string, doc: AdrDocument): number {
  return doc.frontmatter ? lineAt(text, doc.frontmatter.span.endOffset).next : 0;
}

/** The heading level of the record's sections: usually 2, under a level-1 title. */
function sectionLevel(doc: AdrDocument): number {
  return doc.sections.find((s) => s.parent === -1)?.level ?? 2;
}

/**
 * Adds a section with `lines` as its body, at the end of the record or (`start`) before its first
 * section, where Nygard's Status section sits.
 */
function insertSection(
  text: string,
  doc: AdrDocument,
  title: string,
  lines: string[],
  eol: string,
  where: 'start' | 'end',
): string {
  const heading = `${'#'.repeat(sectionLevel(doc))} ${title}`;
  const first = doc.sections[0];
  if (where === 'start' && first)
    return insertLinesBefore(text, first.span.offset, [heading, '', ...lines, ''], eol);
  return appendBlock(text, [heading, '', ...lines], eol);
}

// ---------------------------------------------------------------------------------------------
// Links

/** MADR writes "[ADR-0005](0005-example.md)"; adr-tools writes the target's heading, "[5. Example](...)". */
function linkText(target: LinkTarget, home: MetadataHome): string {
  const title = target.title?.trim() || target.href;
  if (!target.number) return `[${title}](${target.href})`;
  if (home === 'nygard') return `[${Number(target.number)}. ${title}](${target.href})`;
  return `[ADR-${target.number}](${target.href})`;
}

function sameTarget(written: string, target: LinkTarget): boolean {
  const clean = (s: string) => s.trim().replace(/^\.\//, '').replace(/#.*$/, '');
  if (clean(written) === clean(target.href)) return true;
  if (!target.number) return false;
  const digits = /^(?:adr[-_ ]?)?0*(\d+)$/i.exec(written.trim());
  return digits !== null && Number(digits[1]) === Number(target.number);
}

function addLink(text: string, doc: AdrDocument, relation: string, target: LinkTarget, eol: string): string {
  const normalized = normalizeRelation(relation);
  if (!/^[a-z][a-z ]*$/.test(normalized)) {
    throw new EditError(`"${relation}" is not a relation name; use words such as "amends" or "relates to"`);
  }
  const home = metadataHome(doc);
  if (doc.links.some((l) => normalizeRelation(l.relation) === normalized && sameTarget(l.target, target))) {
    return text;
  }
  if (home === 'frontmatter') return addFrontmatterListValue(text, relationKey(normalized), target.href, eol);

  const link = linkText(target, home);
  const status = doc.metadata.status;
  // adr-tools replaces the old status with "Superseded by [...]"; MADR writes "superseded by [...]".
  if (
    normalized === 'superseded by' &&
    status &&
    status.source !== 'frontmatter' &&
    doc.status?.normalized === 'superseded' &&
    !doc.links.some((l) => normalizeRelation(l.relation) === 'superseded by')
  ) {
    const superseded = `${matchCase('superseded by', status.text)} ${link}`;
    // A dated entry keeps its date and shape: "2026-05-04 Superseded by [ADR 9](...)".
    return STATUS_DATE.test(status.text)
      ? restateDatedStatus(text, status, superseded, undefined, eol)
      : replaceFieldValue(text, status, superseded);
  }
  const line = `${relationLabel(normalized)} ${link}`;
  const statusSection = doc.sections.find((s) => s.kind === 'status');
  if (home === 'nygard' && statusSection) return appendToSectionBody(text, statusSection, doc, [line], eol);
  return appendToSection(text, doc, LINKS_SECTION, line, eol);
}

// ---------------------------------------------------------------------------------------------
// Sections

/** Appends paragraphs after a section's last own block (or its heading when it has none). */
function appendToSectionBody(text: string, section: Section, doc: AdrDocument, lines: string[], eol: string) {
  const last = lastOwnBlock(section, doc);
  const at = last ? last.span.endOffset : section.span.endOffset;
  return insertLinesAfter(
    text,
    at,
    lines.flatMap((l) => ['', l]),
    eol,
  );
}

function lastOwnBlock(section: Section, doc: AdrDocument): Block | null {
  const index = section.blocks[section.blocks.length - 1];
  return index === undefined ? null : (doc.blocks[index] as Block);
}

/** Adds a list item to the section titled `title`, or a new section with it at the end of the record. */
function appendToSection(text: string, doc: AdrDocument, title: string, item: string, eol: string): string {
  const key = title.toLowerCase();
  const section = doc.sections.find((s) => s.key === key);
  if (!section) return insertSection(text, doc, title, [`${bulletMarker(doc)} ${item}`], eol, 'end');
  const last = lastOwnBlock(section, doc);
  if (last?.kind === 'listItem' && last.depth === 0) {
    const lineStart = lineAt(text, last.span.offset).start;
    const indent = text.slice(lineStart, last.span.offset);
    return insertLinesAfter(text, last.span.endOffset, [`${indent}${last.marker ?? '-'} ${item}`], eol);
  }
  return appendToSectionBody(text, section, doc, [`${bulletMarker(doc)} ${item}`], eol);
}

/** The list marker the record already uses for its metadata or lists, "-" by default. */
function bulletMarker(doc: AdrDocument): string {
  const listItem = doc.blocks.find((b) => b.kind === 'listItem' && b.marker && !/\d/.test(b.marker));
  return listItem?.marker ?? '-';
}
