// Links between records, resolved both ways. The parser reads what a record says about others
// (Status and Links sections, status lines, frontmatter keys such as `supersedes: 3`) with core's
// relation vocabulary; a plain link to another record's file counts too, as "links to". Each
// relation is stored once, read from the earlier record ("superseded by" the later one), and every
// page shows it from its own side with the reverse phrase ("supersedes").
import { dirname, resolve } from 'node:path';
import { normalizeRelation, relationLabel, reverseRelation } from '@docket/core';

export interface Relation {
  from: string;
  to: string;
  /** The relation as read from `from`, normalised: "superseded by", "amends", "links to". */
  relation: string;
}

/** What one record says about others, before resolution. */
export interface RelationSource {
  id: string;
  /** Absolute path of the markdown file: relative link targets resolve from its folder. */
  path: string;
  number: number | null;
  /** Records of one ADR folder: a bare number resolves inside the same folder first. */
  group: string;
  /** Stated relations: the relation as the parser read it and the target as written. */
  claims: { relation: string; target: string }[];
  /** Every link destination in the text. */
  links: string[];
}

export const LINKS_TO = 'links to';
const LINKED_FROM = 'linked from';

/** The phrase on the other record, or null for a team's own relation docket has no pair for. */
export function reverseOf(relation: string): string | null {
  if (relation === LINKS_TO) return LINKED_FROM;
  if (relation === LINKED_FROM) return LINKS_TO;
  return reverseRelation(relation);
}

const NUMBER_REFERENCE = /^(?:adr[-\s#]*)?#?0*(\d+)\b/i;

class RecordIndex {
  private readonly byPath = new Map<string, RelationSource>();
  private readonly byStem = new Map<string, RelationSource[]>();
  private readonly byNumber = new Map<number, RelationSource[]>();

  constructor(sources: readonly RelationSource[]) {
    for (const source of sources) {
      this.byPath.set(source.path, source);
      push(this.byStem, stem(source.path), source);
      if (source.number !== null) push(this.byNumber, source.number, source);
    }
  }

  /** The record a target names: a path relative to the writer, a file name, or a number ("3", "ADR-0003"). */
  resolve(writer: RelationSource, written: string): RelationSource | undefined {
    const target = written.trim();
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined;
    const path = safeDecode(target.replace(/[?#].*$/, ''));
    const byPath = this.byPath.get(resolve(dirname(writer.path), path));
    if (byPath) return byPath;
    const named = unique(this.byStem.get(stem(path)) ?? [], writer);
    if (named) return named;
    const number = NUMBER_REFERENCE.exec(path)?.[1];
    if (number === undefined || /\.md$/i.test(path)) return undefined;
    return unique(this.byNumber.get(Number(number)) ?? [], writer);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function stem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '').toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The one candidate, preferring the writer's own folder; undefined when ambiguous. */
function unique(candidates: RelationSource[], writer: RelationSource): RelationSource | undefined {
  if (candidates.length === 1) return candidates[0];
  const local = candidates.filter((c) => c.group === writer.group);
  return local.length === 1 ? local[0] : undefined;
}

function earlier(a: RelationSource, b: RelationSource): boolean {
  const an = a.number ?? Number.MAX_SAFE_INTEGER;
  const bn = b.number ?? Number.MAX_SAFE_INTEGER;
  return an !== bn ? an < bn : a.id < b.id;
}

/** Resolves every claim and link to relations between the given records, each stored once. */
export function resolveRelations(sources: readonly RelationSource[]): Relation[] {
  const index = new RecordIndex(sources);
  const found = new Map<string, Relation>();
  const related = new Set<string>();
  const add = (writer: RelationSource, other: RelationSource, written: string) => {
    if (other.id === writer.id) return;
    const relation = normalizeRelation(written);
    const reverse = reverseOf(relation);
    // Read from the earlier record when the phrase can be turned around, so both ends agree.
    const turn = reverse !== null && earlier(other, writer);
    const stored = turn
      ? { from: other.id, to: writer.id, relation: reverse }
      : { from: writer.id, to: other.id, relation };
    found.set(`${stored.from}\u0000${stored.to}\u0000${stored.relation}`, stored);
    related.add(pairKey(writer.id, other.id));
  };
  for (const source of sources) {
    for (const claim of source.claims) {
      const other = index.resolve(source, claim.target);
      if (other) add(source, other, claim.relation);
    }
  }
  // A plain link counts only between records that state no relation to each other.
  const stated = new Set(related);
  for (const source of sources) {
    for (const link of source.links) {
      const other = index.resolve(source, link);
      if (other && !stated.has(pairKey(source.id, other.id))) add(source, other, LINKS_TO);
    }
  }
  return [...found.values()];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface RelationView {
  /** "Superseded by", "Supersedes", "Links to", "Linked from" ... */
  label: string;
  other: string;
}

/** The relations of one record as its page shows them, each with the phrase from this record's side. */
export function relationsOf(id: string, relations: readonly Relation[]): RelationView[] {
  const views: RelationView[] = [];
  for (const r of relations) {
    if (r.from === id) views.push({ label: relationLabel(r.relation), other: r.to });
    else if (r.to === id) {
      const reverse = reverseOf(r.relation);
      views.push({
        label: reverse ? relationLabel(reverse) : `Named (“${r.relation}”) by`,
        other: r.from,
      });
    }
  }
  return views;
}
