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
