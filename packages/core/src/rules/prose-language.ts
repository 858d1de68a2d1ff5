import type { DocumentRule } from '../engine/types.js';
import { anchorFor } from './anchors.js';

/** Says when the review rules skipped a record because it is not written in English. */
export const proseLanguage: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'prose-language',
    description:
      'Report a record not written in English: the review rules that read its arguments (options, costs, reasons) skip it, and their questions are left to people.',
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
        'The record is not written in English, so the rules that read its arguments (options, trade-offs, rejected alternatives, constraints) did not check it; review those by hand, or turn this rule off to silence this notice.',
    },
    rationale:
      'The rules that weigh a record\'s arguments find its options, costs and reasons by English headings and cue words ("Considered Options", "Good, because", "Bad, because"). Run over another language they would report missing what is there, and a linter that cries wolf gets switched off; so they skip such a record, and this rule says so instead of passing it silently. The rules that ask for a section every record should carry (a failure story, reversibility, revisit triggers) still run: map their headings in your language with `sectionAliases`, or use the `reversibility` and `revisit-by` frontmatter fields.',
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
        'Nothing in the record needs to change: the notice says what docket has not checked. Check those review questions by hand (the `docket review` pack leaves them open). A team that writes its records in another language turns this rule off once it knows, and maps its headings for the failure story, reversibility and revisit triggers with `sectionAliases`.',
      whenNotToUse:
        'Turn it off when your records are written in another language and you know which review rules skip them. Turning it off does not make those rules run: their cue words are English.',
    },
  },
  check({ document, report }) {
    if (document.language.english) return;
    report({ messageId: 'notEnglish', span: anchorFor(document, []) });
  },
};
