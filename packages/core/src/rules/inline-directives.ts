import { DIRECTIVES_RULE_ID, type DirectiveProblem } from '../engine/directives.js';
import type { DocumentRule } from '../engine/types.js';

/**
 * Problems with `docket-disable` / `docket-enable` comments. The engine finds them, because
 * telling whether a disable suppresses anything needs every other rule's findings first
 * (engine/directives.ts); this rule carries their meta, severity and messages, and its check
 * does nothing. Directive problems cannot themselves be disabled by a comment.
 */
export const inlineDirectives: DocumentRule<Record<string, never>> = {
  meta: {
    id: DIRECTIVES_RULE_ID,
    description:
      'Report inline docket-disable comments that name no rule or an unknown one, suppress nothing, or lack a required reason.',
    category: 'structure',
    severity: 'warn',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      blanket:
        'This {{directive}} comment names no rule, so it turns nothing off; name the rules, e.g. "<!-- {{directive}} options-min-two -- why -->".',
      unknownDirective:
        '"{{directive}}" is not a docket directive; write docket-disable, docket-enable or docket-disable-next-line.',
      unknownRule: 'The {{directive}} comment names an unknown rule "{{ruleId}}"; {{hint}}',
      missingReason:
        'The {{directive}} comment gives no reason; add one after "--", e.g. "<!-- {{directive}} {{rules}} -- why this record is an exception -->".',
      unusedDisable:
        '"{{directive}} {{ruleId}}" suppresses nothing: the rule reports no problem there; remove the comment.',
      unusedEnable:
        'This docket-enable ({{rules}}) has no docket-disable before it to end; remove the comment.',
    } satisfies Record<DirectiveProblem['messageId'], string>,
    rationale:
      'A disable comment is an exception a reviewer should be able to see and question. One that names no rule hides everything, one with a typo hides nothing, and one that no longer suppresses anything is noise that outlives its reason.',
    docs: {
      incorrect: `---
status: accepted
---
# Price quotes for the hosting contract

<!-- docket-disable -->

## Decision

We sign the 3-year contract; the vendor lists the storage price as TBD until signature.
`,
      correct: `---
status: accepted
---
# Price quotes for the hosting contract

## Decision

<!-- docket-disable-next-line no-placeholders -- quoting the vendor contract verbatim -->
We sign the 3-year contract; the vendor lists the storage price as TBD until signature.
`,
      howToFix:
        'Name the rules a comment turns off (`<!-- docket-disable-next-line no-placeholders -- reason -->`), fix misspelt rule or directive names, remove comments that no longer suppress anything, and give a reason after `--` when the project sets `requireDisableReason`.',
      whenNotToUse:
        'Keep it on; it is a warning by default. If you never use inline comments it reports nothing.',
    },
  },
  check() {},
};
