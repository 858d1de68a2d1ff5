// The vocabulary of links between records: each relation and the one written on the other end.
// adr-tools writes "Supersedes" / "Superseded by" and lets teams add pairs such as
// "Amends" / "Amended by"; these are the pairs docket knows without being told.

/** Each relation with its reverse, the active one first ("supersedes", not "superseded by"). */
export const RELATION_PAIRS: readonly (readonly [string, string])[] = [
  ['supersedes', 'superseded by'],
  ['amends', 'amended by'],
  ['extends', 'extended by'],
  ['refines', 'refined by'],
  ['clarifies', 'clarified by'],
  ['depends on', 'required by'],
  ['relates to', 'relates to'],
];

const REVERSE = new Map<string, string>();
for (const [forward, backward] of RELATION_PAIRS) {
  REVERSE.set(forward, backward);
  REVERSE.set(backward, forward);
}

/** The relations `reverseRelation` knows, forward ones first. */
export const KNOWN_RELATIONS: readonly string[] = [...new Set(RELATION_PAIRS.flat())];

/**
 * A relation in its canonical form: lower case, words separated by single spaces, so that
 * "Superseded-By", "superseded_by" and "superseded by" are the same relation.
 */
export function normalizeRelation(relation: string): string {
  return relation
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
}

/** The relation written on the other record, or null when docket does not know the pair. */
export function reverseRelation(relation: string): string | null {
  return REVERSE.get(normalizeRelation(relation)) ?? null;
}

/** The relation as a YAML frontmatter key: "superseded by" -> "superseded-by". */
export function relationKey(relation: string): string {
  return normalizeRelation(relation).replace(/ /g, '-');
}

/** The relation as it starts a line of prose: "superseded by" -> "Superseded by". */
export function relationLabel(relation: string): string {
  const normalized = normalizeRelation(relation);
  return normalized.charAt(0).toUpperCase() + normalized.slice(1);
}
