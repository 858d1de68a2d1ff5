// The fix for a review question a record does not answer at all: a section skeleton with a
// prompt, placed where docket's review template puts that section. The prompt is a `{...}`
// placeholder, so no-placeholders keeps the record failing until someone writes the answer: the
// fix adds a question, never an answer.
import type { Fix } from '../engine/types.js';
import type { AdrDocument, Section, SectionKind } from '../model.js';

export type SkeletonKind = 'failure' | 'reversibility' | 'revisit' | 'operations' | 'evidence';

/** Heading and prompt lines per section, in the wording of docket's review template. */
export const SECTION_SKELETONS: Record<SkeletonKind, { heading: string; body: string[] }> = {
  failure: {
    heading: 'Failure Story',
    body: [
      '{How does the chosen design fail, not if but when? What do users see, what does the on-call engineer see, and which alert, fallback or runbook handles it?}',
    ],
  },
  reversibility: {
    heading: 'Reversibility',
    body: ['{How would this decision be undone, how long would that take and what would it cost?}'],
  },
  revisit: {
    heading: 'Revisit Triggers',
    body: [
      '* {a measurable condition that reopens this decision, e.g. more than 5,000 writes per second}',
      '* {an event that reopens it, e.g. when the vendor contract comes up for renewal}',
    ],
  },
  operations: {
    heading: 'Operations',
    body: ['{Who operates this, and who gets paged when it breaks?}'],
  },
  evidence: {
    heading: 'Evidence',
    body: ['{The benchmarks, proof of concept or past incidents behind this decision.}'],
  },
};

/** The order of sections in docket's review template; a new section goes after its predecessors. */
const TEMPLATE_ORDER: SectionKind[] = [
  'context',
  'constraints',
  'drivers',
  'options',
  'proscons',
  'outcome',
  'rejected',
  'consequences',
  'failure',
  'reversibility',
  'revisit',
  'operations',
  'evidence',
  'links',
];

function rank(kind: SectionKind | null): number {
  return kind === null ? -1 : TEMPLATE_ORDER.indexOf(kind);
}

function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * A fix that adds the `kind` section skeleton, or null when the record already has such a section.
 * It goes before the first top-level section that the template puts after it (Links, Evidence,
 * ...), else at the end, at the level of the record's other top-level sections.
 */
export function missingSectionFix(document: AdrDocument, kind: SkeletonKind): Fix | null {
  if (document.sections.some((section) => section.effectiveKind === kind)) return null;
  const { text } = document;
  const eol = lineEnding(text);
  const levels = document.sections.map((section) => section.level).filter((level) => level >= 2);
  const level = levels.length > 0 ? Math.min(...levels) : 2;
  const skeleton = SECTION_SKELETONS[kind];
  const lines = [`${'#'.repeat(level)} ${skeleton.heading}`, '', ...skeleton.body];
  const topLevel = document.sections.filter((section) => section.level === level);
  const target = rank(kind);
  const following = topLevel.find((section: Section) => rank(section.kind) > target);
  if (following) {
    const offset = document.lineStarts[following.span.line - 1] ?? text.length;
    return { range: [offset, offset], text: [...lines, '', ''].join(eol) };
  }
  // At the end, after one blank line; nothing already there is removed.
  const separator = text === '' ? '' : text.endsWith('\n') ? eol : eol + eol;
  return { range: [text.length, text.length], text: `${separator}${lines.join(eol)}${eol}` };
}
