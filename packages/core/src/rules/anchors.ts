import type { AdrDocument, SectionKind, Span } from '../model.js';

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** Where a finding about something missing should point: the first section of the given kinds, else the title. */
export function anchorFor(document: AdrDocument, kinds: SectionKind[]): Span {
  for (const kind of kinds) {
    const section = document.sections.find((s) => s.kind === kind);
    if (section) return section.span;
  }
  return document.title?.span ?? document.sections[0]?.span ?? START;
}

export function sectionsOfKind(document: AdrDocument, kind: SectionKind) {
  return document.sections.filter((s) => s.kind === kind);
}

/** Blocks whose section (or an ancestor section) is of the given kind. */
export function blocksOfKind(document: AdrDocument, kind: SectionKind) {
  return document.blocks.filter((b) => document.sections[b.section]?.effectiveKind === kind);
}
