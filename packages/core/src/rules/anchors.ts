import type { AdrDocument, Block, ConsideredOption, Section, SectionKind, Span } from '../model.js';
import { optionKey } from '../parser/options.js';

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** Where a finding about something missing should point: the first section of the given kinds, else the title. */
export function anchorFor(document: AdrDocument, kinds: SectionKind[]): Span {
  for (const kind of kinds) {
    const section = document.sections.find((s) => s.kind === kind);
    if (section) return section.span;
  }
  return document.title?.span ?? document.sections[0]?.span ?? START;
}

/** Files the parser could not read at all: frontmatter-valid reports them, nothing else should. */
export function isUnreadable(document: AdrDocument): boolean {
  return document.problems.some((p) => p.code === 'binary' || p.code === 'too-large');
}

/** The prose blocks of a section and its subsections: no code, no HTML, nothing blank. */
export function sectionProse(document: AdrDocument, section: Section): Block[] {
  return section.allBlocks
    .map((i) => document.blocks[i] as Block)
    .filter((b) => b.kind !== 'code' && b.kind !== 'html' && b.prose.trim().length > 0);
}

/** The sections headed by an option's name ("### Option B: Redis"): where the record describes and weighs it. */
export function sectionsHeadedBy(document: AdrDocument, option: ConsideredOption): Section[] {
  return document.sections.filter((section) => optionKey(section.title) === option.key);
}
