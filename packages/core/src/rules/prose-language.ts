import type { DocumentRule } from '../engine/types.js';
import { anchorFor } from './anchors.js';

/** Says when the review rules skipped a record because it is not written in English. */
export const proseLanguage: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'prose-language',
    description:
      'Report a record not written in English: the review rules read English prose, so they skip it and its review is left to people.',
    category: 'structure',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      notEnglish:
        'The record is not written in English, so the review rules (they read English) did not check it; review its options, costs and failure story by hand, or turn this rule off to silence this notice.',
    },
    rationale:
      'The review rules find options, costs and failure stories by English headings and cue words ("Good, because", "Bad, because", "if ... fails"). Run over another language they would report missing content that is there, and a linter that cries wolf gets switched off; so they skip such a record, and this rule says so instead of passing it silently.',
    docs: {
      incorrect: `---
status: proposed
---
# Gebeurtenissen opslaan in Kafka

## Context

De bestelservice schrijft elke wijziging naar een eigen tabel. Andere teams lezen die tabel rechtstreeks uit, waardoor elke schemawijziging een gezamenlijke release vraagt.

## Besluit

Wij publiceren elke wijziging als gebeurtenis op een Kafka-topic. Andere teams lezen voortaan alleen het topic, nooit meer de tabel.
`,
      correct: `---
status: proposed
---
# Store order events in Kafka

## Context

The order service writes every change to a table of its own. Other teams read that table directly, so every schema change needs a joint release.

## Decision

We publish every change as an event on a Kafka topic. From now on other teams read only the topic, never the table.
`,
      howToFix:
        'Nothing in the record needs to change: the notice says that docket has not reviewed it. Check the review questions by hand (the `docket review` pack lists them). A team that writes its records in another language turns this rule off once it knows.',
      whenNotToUse:
        'Turn it off when your records are written in another language and you know the review rules skip them. Turning it off does not make the review rules run: their cue words are English.',
    },
  },
  check({ document, report }) {
    if (document.language.english) return;
    report({ messageId: 'notEnglish', span: anchorFor(document, []) });
  },
};
