import type { DocumentRule } from '../engine/types.js';
import { EMPTY_ANSWER } from '../language.js';
import type { AdrDocument, Span } from '../model.js';
import { proseSentences } from '../text/sentences.js';
import { anchorFor, sectionProse } from './anchors.js';
import { reversibilityOf } from './reversibility-stated.js';

/** Words that report evidence gathered: a proof of concept, a benchmark, a measurement, an incident. */
const EVIDENCE_CUE =
  /\b(?:proofs? of concept|poc|prototyped?|prototyping|benchmark(?:s|ed|ing)?|load[- ]test(?:s|ed|ing)?|stress[- ]test(?:s|ed|ing)?|spike|pilot(?:ed)?|experiment(?:s|ed)?|trial run|measured|measurements?|post-?mortems?|(?:prior|previous|past) (?:incidents?|outages?)|incident report)\b/i;

/** A plan to gather evidence is not evidence yet. */
const NOT_YET =
  /\b(?:will|would|should|could|plan(?:s|ned)? to|going to|intend to|need(?:s)? to|to be done|tbd|todo|yet)\b/i;

/** Where the record shows its evidence: an Evidence section with content, or a sentence reporting some. */
export function evidenceOf(document: AdrDocument): { found: boolean; emptySection?: Span } {
  let emptySection: Span | undefined;
  for (const section of document.sections.filter((s) => s.kind === 'evidence')) {
    const text = sectionProse(document, section)
      .map((block) => block.prose)
      .join(' ')
      .trim();
    if (text && !EMPTY_ANSWER.test(text)) return { found: true };
    emptySection ??= section.span;
  }
  const reported = proseSentences(document).some((s) => EVIDENCE_CUE.test(s.text) && !NOT_YET.test(s.text));
  return reported ? { found: true } : emptySection ? { found: false, emptySection } : { found: false };
}

/** Proportional deliberation: a one-way door needs evidence, not only arguments. */
export const evidenceForOneWay: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'evidence-for-one-way',
    description:
      'Require evidence (a proof of concept, a benchmark, a prior incident) for decisions classified as one-way.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'This is a one-way decision without evidence; add an "## Evidence" section with what was tried or measured: a proof of concept, a benchmark, or a prior incident that supports the choice.',
      emptySection:
        'The "## Evidence" section of this one-way decision is empty; write down the proof of concept, benchmark or prior incident the decision rests on.',
    },
    rationale:
      'A decision that cannot be undone deserves more than arguments: spend the deliberation budget on a proof of concept, a benchmark or the lessons of a prior incident before walking through a one-way door.',
    review: {
      topic: 'Evidence',
      question: 'What evidence backs it: a proof of concept, a benchmark, a prior incident?',
      answeredBy: ['evidence'],
    },
    docs: {
      incorrect: `---
status: proposed
reversibility: one-way
---
# Shard the customer table by tenant

## Considered Options

* Shard by tenant id
* Shard by customer id
* Stay on one larger primary

## Decision

Chosen option: "Shard by tenant id", because no query crosses tenants.
`,
      correct: `---
status: proposed
reversibility: one-way
---
# Shard the customer table by tenant

## Considered Options

* Shard by tenant id
* Shard by customer id
* Stay on one larger primary

## Decision

Chosen option: "Shard by tenant id", because no query crosses tenants.

## Evidence

A proof of concept with 8 shards replayed one day of production queries: none needed more than one shard, and p99 fell from 420 ms to 95 ms.
`,
      howToFix:
        'Add an "## Evidence" section with what was tried or measured before committing: a proof of concept, a benchmark, or a prior incident that supports the choice. If the decision is not really one-way, say so in `reversibility` instead.',
      whenNotToUse:
        'Turn it off if you do not classify decisions by reversibility; it only asks records marked one-way, so it is quiet for everything else.',
    },
  },
  check({ document, report }) {
    if (reversibilityOf(document) !== 'one-way') return;
    const evidence = evidenceOf(document);
    if (evidence.found) return;
    if (evidence.emptySection) {
      report({ messageId: 'emptySection', span: evidence.emptySection });
      return;
    }
    const field = document.metadata.reversibility;
    report({ messageId: 'missing', span: field?.span ?? anchorFor(document, ['reversibility', 'outcome']) });
  },
};
