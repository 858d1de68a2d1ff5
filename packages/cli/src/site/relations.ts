// Links between records, resolved both ways. A record states a relation in its Status section
// ("Superseded by [9. ...](0009-....md)"), in its status line or frontmatter (`supersedes: 3`), or
// simply links to another record in its text. Each relation is stored once, in one direction
// (the newer record supersedes the older), and every page shows it from its own side.
import { dirname, resolve } from 'node:path';

export type RelationKind = 'supersedes' | 'amends' | 'extends' | 'relates' | 'links';

export interface Relation {
  from: string;
  to: string;
  kind: RelationKind;
}

/** What one record says about others, before resolution. */
export interface RelationSource {
  id: string;
  /** Absolute path of the markdown file: relative link targets resolve from its folder. */
  path: string;
  number: number | null;
  /** Records of one ADR folder: a bare number resolves inside the same folder first. */
  group: string;
  /** Typed claims: a relation phrase ("superseded by") and the target as written. */
  claims: { relation: string; target: string }[];
  /** Every other link destination in the text. */
  links: string[];
}

/** Relation phrases: the kind they state and whether the writer is the relation's object. */
const PHRASES: Record<string, { kind: RelationKind; passive: boolean }> = {
  supersedes: { kind: 'supersedes', passive: false },
  'superseded by': { kind: 'supersedes', passive: true },
  'superseded-by': { kind: 'supersedes', passive: true },
  replaces: { kind: 'supersedes', passive: false },
  'replaced by': { kind: 'supersedes', passive: true },
  amends: { kind: 'amends', passive: false },
  'amended by': { kind: 'amends', passive: true },
  extends: { kind: 'extends', passive: false },
  'extended by': { kind: 'extends', passive: true },
  'relates to': { kind: 'relates', passive: false },
  'related to': { kind: 'relates', passive: false },
};

/** The words that introduce a relation in a status line, longest first so "superseded by" wins. */
export const RELATION_PHRASE = new RegExp(
  `\\b(${Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace('-', '[- ]'))
    .join('|')})\\b`,
  'i',
);

export const LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  amends: { outgoing: 'Amends', incoming: 'Amended by' },
  extends: { outgoing: 'Extends', incoming: 'Extended by' },
  relates: { outgoing: 'Related to', incoming: 'Related to' },
  links: { outgoing: 'Links to', incoming: 'Linked from' },
};

export function phraseOf(relation: string): { kind: RelationKind; passive: boolean } | undefined {
  return PHRASES[relation.toLowerCase().replace(/\s+/g, ' ').trim()];
}

const MARKDOWN_LINK = /\[[^\]]*\]\(([^)\s]+)[^)]*\)/;
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

  /** The record a target names: a path relative to the writer, a file name, or a number. */
  resolve(writer: RelationSource, written: string): RelationSource | undefined {
    const target = (MARKDOWN_LINK.exec(written)?.[1] ?? written).trim();
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined;
    const path = safeDecode(target.replace(/[?#].*$/, ''));
    const byPath = this.byPath.get(resolve(dirname(writer.path), path));
    if (byPath) return byPath;
    const named = unique(this.byStem.get(stem(path)) ?? [], writer);
    if (named) return named;
    const number = NUMBER_REFERENCE.exec(path)?.[1];
    if (number === undefined) return undefined;
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

/** Resolves every claim and link to relations between the given records, each stored once. */
export function resolveRelations(sources: readonly RelationSource[]): Relation[] {
  const index = new RecordIndex(sources);
  const typed = new Map<string, Relation>();
  const pairs = new Set<string>();
  const add = (relation: Relation) => {
    if (relation.from === relation.to) return;
    if (relation.kind === 'relates' && relation.from > relation.to) {
      relation = { ...relation, from: relation.to, to: relation.from };
    }
    typed.set(`${relation.kind}\u0000${relation.from}\u0000${relation.to}`, relation);
    pairs.add(pairKey(relation.from, relation.to));
  };
  for (const source of sources) {
    for (const claim of source.claims) {
      const phrase = phraseOf(claim.relation);
      const other = phrase && index.resolve(source, claim.target);
      if (!phrase || !other) continue;
      add(
        phrase.passive
          ? { from: other.id, to: source.id, kind: phrase.kind }
          : { from: source.id, to: other.id, kind: phrase.kind },
      );
    }
  }
  // A plain link counts only between records that have no stated relation.
  const plain = new Map<string, Relation>();
  for (const source of sources) {
    for (const link of source.links) {
      const other = index.resolve(source, link);
      if (!other || other.id === source.id || pairs.has(pairKey(source.id, other.id))) continue;
      plain.set(`${source.id}\u0000${other.id}`, { from: source.id, to: other.id, kind: 'links' });
    }
  }
  return [...typed.values(), ...plain.values()];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface RelationView {
  label: string;
  kind: RelationKind;
  other: string;
}

/** The relations of one record, as its page shows them: outgoing and incoming with their labels. */
export function relationsOf(id: string, relations: readonly Relation[]): RelationView[] {
  const views: RelationView[] = [];
  for (const r of relations) {
    if (r.from === id) views.push({ label: LABELS[r.kind].outgoing, kind: r.kind, other: r.to });
    else if (r.to === id) views.push({ label: LABELS[r.kind].incoming, kind: r.kind, other: r.from });
  }
  return views;
}
