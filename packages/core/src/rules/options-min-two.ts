import type { DocumentRule } from '../engine/types.js';
import { anchorFor } from './anchors.js';

/** Options: always at least two. */
export const optionsMinTwo: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'options-min-two',
    description: 'Require at least two distinct considered options.',
    category: 'review',
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      none: 'No options are considered; list the options you weighed (at least two), e.g. under "## Considered Options".',
      onlyOne:
        "Only one option is considered ('{{option}}'); name at least one alternative you rejected, even 'do nothing'.",
    },
    rationale:
      'If you can only think of one design, you do not understand the problem yet. A record with one option reads as a decision that was defaulted into, not made.',
    review: {
      topic: 'Alternatives',
      question: 'What else did you consider? Name at least one alternative you rejected, even doing nothing.',
      answeredBy: ['options', 'proscons'],
    },
    docs: {
      incorrect: `---
status: proposed
date: 2025-11-04
---
# Queue outgoing e-mail in Redis

## Context

The signup flow blocks for up to 4 seconds while the mail provider answers.

## Considered Options

* A Redis list read by a mail worker

## Decision

We queue outgoing e-mail in a Redis list and send it from a worker.
`,
      correct: `---
status: proposed
date: 2025-11-04
---
# Queue outgoing e-mail in Redis

## Context

The signup flow blocks for up to 4 seconds while the mail provider answers.

## Considered Options

* A Redis list read by a mail worker
* Keep sending inside the request, with a 1-second timeout

## Decision

We queue outgoing e-mail in a Redis list and send it from a worker.
`,
      howToFix:
        'List every option you weighed under a "Considered Options" heading (or as option sub-headings), at least two. If the choice really had no rival, name the cheapest one you turned down: doing nothing, buying instead of building, or postponing the decision.',
      whenNotToUse:
        'Records that only write down a fact nobody chose (a legal requirement, a vendor notice) can switch it off with an inline `docket-disable-next-line options-min-two -- reason` comment; turn the rule off only if your records are not decisions between options, e.g. a log of conventions.',
    },
  },
  check({ document, report }) {
    const count = document.options.length;
    if (count >= 2) return;
    const span = anchorFor(document, ['options', 'proscons', 'outcome']);
    if (count === 0) {
      report({ messageId: 'none', span });
      return;
    }
    const only = document.options[0];
    report({ messageId: 'onlyOne', span: only?.span ?? span, data: { option: only?.name ?? '' } });
  },
};
