import type { DocumentRule } from '../engine/types.js';
import {
  COST_HEADING,
  costMatcher,
  EMPTY_ANSWER,
  NAMES_SAVING,
  namesCost,
  namesPlainCost,
  withoutHardToGetWrong,
} from '../language.js';
import type { AdrDocument, ConsideredOption } from '../model.js';
import { namesKey, optionKey } from '../parser/options.js';
import { proseSentences } from '../text/sentences.js';
import { anchorFor, sectionsHeadedBy } from './anchors.js';

interface Options {
  perOption: boolean;
}

/**
 * Phrases that name a price in so many words, wherever they stand in the record. A cost the system
 * measures or represents ("each kind represents the cost of calldata") is its subject matter, not a
 * price of the decision.
 */
const EXPLICIT_COST =
  /\b(?:at the (?:cost|expense|price) of|(?<!\b(?:represents?|representing|measures?|measuring|tracks?|tracking|calculates?|calculating|computes?|computing|estimates?|estimating|reflects?|reflecting|accounts? for|accounting for) )the (?:main |biggest |only )?(?:downside|drawback|disadvantage|trade-?off|cost|price)s?(?: (?:and|or) [\w-]+)? (?:is|are|of|here)|trade-?offs?|downsides?|drawbacks?|disadvantages?|we (?:give up|lose|accept|sacrifice)|we (?:can|will have to) live with|(?:is|are|seems?|consider (?:this|it)) (?:an )?acceptable|comes at|is a risk|risks? (?:is|are|of|that)|(?:increases?|adds?) (?:the )?(?:complexity|cost|overhead|maintenance|burden)|more (?:expensive|difficult)|(?<!\b(?:handl(?:e|es|ing)|support(?:s|ing)?|enabl(?:e|es|ing)|allow(?:s|ing)?(?: for)?|accommodat(?:e|es|ing)) (?:even |much |far )?)more complex|harder to|slower|bad, because|not (?:be )?(?:possible|supported)|cannot be|will (?:no longer(?! (?:needs?|ha(?:ve|s) to|require|depend|rely|worry|wait|block|be (?:coupled|tied|blocked|dependent|a (?:problem|bottleneck|concern|risk|burden)|an issue))\b)|not be able)|(?:may|might|will|could) (?:experience )?(?:break|fail|lose)|breakages?|breaking change|the (?:main |biggest |only |other |real )?problems? (?:with|of) (?:this|that|our|the chosen) (?:approach|option|solution|design|choice|proposal)|the other problem (?:is|here))\b/i;

const namesExplicitWord = costMatcher(EXPLICIT_COST);
const namesExplicitCost = (text: string): boolean => namesExplicitWord(withoutHardToGetWrong(text));

/**
 * A price the decision states it pays, even inside the decision statement: "(which means we must
 * disable prepared statements)", "(requiring disabling advisory locks)", "meaning we give up X". It
 * names what the choice forces on us, a feature it turns off or gives up, not why an alternative lost.
 */
const FORCED_PRICE =
  /\b(?:requir(?:es|ing)|means|meaning|forc(?:es|ing) us to) (?:us to )?(?:disabl(?:e|ing)|turn(?:ing)? off|switch(?:ing)? off|giv(?:e|ing) up|sacrific(?:e|ing)|forgo(?:ing)?|los(?:e|ing))\b|\b(?:(?:this|which|that|it) (?:means|implies|requires|forces)|meaning) (?:that )?(?:we|you|the team|teams|clients?|services?|callers?|users?|every [\w-]+) (?:must|have to|will have to|need to|can no longer|cannot|can't|lose|give up)\b|\bthe (?:main |biggest |only |real )?(?:risk|danger|downside|drawback|price) (?:here )?(?:is|being) that\b/i;

/**
 * The decision drawing a consequence of itself: "This change will mean that retries take much longer".
 * What follows is read for a cost in plain words ("takes longer", "one more service to run").
 */
const DRAWN_CONSEQUENCE =
  /\b(?:this|which|that|it)(?: (?:change|decision|approach|choice|setting|design))? (?:will |would |also )?(?:means?|implies|results? in|leads? to)\b/i;

/** Whether `text` draws a consequence of the decision ("this will mean that ...") that names a cost. */
function drawsCost(text: string): boolean {
  const drawn = DRAWN_CONSEQUENCE.exec(text);
  return drawn !== null && namesPlainCost(text.slice(drawn.index + drawn[0].length));
}

/** The people a decision serves, who may be handed work by it. */
const SERVED_PEOPLE =
  '(?:(?:end[- ])?users?|customers?|visitors?|members?|people|everyone|employees|staff|admins?|administrators?|operators?|developers?|maintainers?|reviewers?|editors?|authors?|analysts?|integrators?|clients?|consumers?|callers?|contributors?|tenants?|teams?)';

/**
 * Work the decision puts on the people it serves: "users will have to ask for access", "customers
 * will need to re-enter their cards". Only what they *will* have to do: "would have to" is mostly
 * the world without the decision, and "otherwise users will have to log in again" is a benefit.
 * "If admins want external groups, they will need to pre-populate them" puts the work on them too.
 */
const USER_BURDEN = new RegExp(
  String.raw`(?<!\b(?:otherwise|or else|else|if not),? )\b${SERVED_PEOPLE} will (?:now |then |also |first |each |all )?(?:have to|need to|be (?:required|forced|asked) to)\b|\bif (?:an? |the |our )?${SERVED_PEOPLE} (?:wants?|needs?|wish(?:es)?)\b[^.;]{0,120}?,\s*they will (?:now |then |also |first )?(?:have to|need to|be required to)\b`,
  'i',
);

const namesUserBurden = costMatcher(USER_BURDEN);

/** Where a sentence turns to the other side of the scale: "..., but it would limit our control". */
const CONTRAST = /\b(?:but|however|though|although|yet|whereas|on the other hand)\b/i;

/** Whether `text` weighs a benefit against a cost it names after the turn ("but", "however"). */
function weighsCost(text: string): boolean {
  const turn = CONTRAST.exec(text);
  return turn !== null && namesCost(text.slice(turn.index + turn[0].length));
}

/** "There are no downsides": a denial names no cost. */
const DENIED_COST =
  /\b(?:no|without|zero|not any)\s+(?:real |known |obvious |significant |major )?(?:downsides?|drawbacks?|trade-?offs?|costs?|risks?|disadvantages?)\b/i;

/** "Bad, because n/a": an argument with nothing after its lead. */
function isEmptyArgument(text: string): boolean {
  return EMPTY_ANSWER.test(text.replace(/^\s*(?:good|bad|neutral)\s*(?:,\s*because\b|:)\s*/i, ''));
}

function chosenHasCon(document: AdrDocument): boolean {
  const chosen = document.chosen;
  if (!chosen || chosen.option < 0) return false;
  const option = document.options[chosen.option] as ConsideredOption;
  return option.arguments.some((a) => a.polarity === 'bad' && !isEmptyArgument(a.text));
}

/**
 * The blocks of the sub-section headed by the chosen option's name ("### (b) Query the permission
 * service"), where the record describes and weighs that option. A choice guessed from the title
 * may be the wrong option, so it has none.
 */
function chosenOwnSection(document: AdrDocument, chosen: ConsideredOption | undefined): Set<number> {
  if (chosen?.source !== 'heading' || document.chosen?.source === 'title') return new Set();
  return new Set(sectionsHeadedBy(document, chosen)[0]?.allBlocks ?? []);
}

/**
 * A statement that leaves its reasons to the list under it: 'Chosen option: "X", because:', "We
 * chose X for these reasons:". One that ends on its own reason ('..., because it is already
 * used.') or gives none ("We will apply three policies:") heads the decision's details instead.
 */
const REASONS_LISTED_BELOW =
  /\b(?:because|since|as|due to)\W*$|\b(?:because|since|due to|reasons?)\b[^.!?]*:\W*$/i;

/**
 * The "Chosen option: X, because ..." statement and the reasons listed under it argue against the
 * alternatives.
 */
function justificationBlocks(document: AdrDocument): Set<number> {
  const blocks = new Set<number>();
  const chosen = document.chosen;
  if (!chosen || chosen.block < 0) return blocks;
  blocks.add(chosen.block);
  if (!REASONS_LISTED_BELOW.test(document.blocks[chosen.block]?.prose ?? '')) return blocks;
  for (let next = chosen.block + 1; next < document.blocks.length; next++) {
    const block = document.blocks[next];
    if (block?.kind !== 'listItem' || block.section !== document.blocks[chosen.block]?.section) break;
    blocks.add(next);
  }
  return blocks;
}

const CONS_LABEL =
  /^\s*(?:cons|disadvantages|downsides|drawbacks|negatives?|costs|(?:the )?bads?|bad points|minuses|weaknesses)\s*:?\s*$/i;

/**
 * A "Cons:" line followed by a list, in a section that is not about the alternatives: the single
 * proposal's own list of costs ("Factors in the decision — Pros: ... Cons: ...").
 */
function hasConsList(document: AdrDocument): boolean {
  const alternativeSections = new Set(
    document.options
      .filter((o, i) => i !== document.chosen?.option && o.block >= 0 && o.source !== 'prose')
      .map((o) => document.blocks[o.block]?.section),
  );
  return document.blocks.some((block, index) => {
    if (block.kind !== 'paragraph' || !CONS_LABEL.test(block.prose)) return false;
    const kind = document.sections[block.section]?.effectiveKind;
    if (kind === 'options' || kind === 'rejected' || kind === 'proscons') return false;
    if (alternativeSections.has(block.section)) return false;
    const next = document.blocks[index + 1];
    return next?.kind === 'listItem' && next.section === block.section && !EMPTY_ANSWER.test(next.prose);
  });
}

function hasNamedCost(document: AdrDocument): boolean {
  if (chosenHasCon(document) || hasConsList(document)) return true;
  if (
    document.consequences.some(
      (c) => c.polarity === 'bad' && !isEmptyArgument(c.text) && !DENIED_COST.test(c.text),
    )
  )
    return true;
  const tradeoffSection = document.sections.find(
    (s) =>
      COST_HEADING.test(s.key) &&
      !NAMES_SAVING.test(s.key) &&
      s.allBlocks.some((i) => {
        const text = document.blocks[i]?.prose ?? '';
        return text.trim() !== '' && !EMPTY_ANSWER.test(text);
      }),
  );
  if (tradeoffSection) return true;
  // Records without MADR structure name costs in prose: the decision, the rationale, the consequences.
  // A sentence about a rejected alternative names its cost, not the decision's.
  const alternatives = document.options.filter((_, i) => i !== document.chosen?.option);
  const alternativeBlocks = new Set(alternatives.filter((o) => o.block >= 0).map((o) => o.block));
  const alternativeKeys = alternatives.map((o) => ` ${o.key} `).filter((k) => k.length > 5);
  const namesAlternative = (text: string) => {
    const key = ` ${optionKey(text)} `;
    return alternativeKeys.some((k) => key.includes(k));
  };
  /** A cost the sentence names (`named`) that it does not deny and that is not an alternative's. */
  const ownCost = (text: string, named: boolean) =>
    named && !DENIED_COST.test(text) && !namesAlternative(text);
  const justification = justificationBlocks(document);
  const chosenOption = document.chosen ? document.options[document.chosen.option] : undefined;
  const chosenOwn = chosenOwnSection(document, chosenOption);
  const chosenBlock = document.chosen?.block ?? -1;
  // With no consequences section, the record may weigh the chosen option only in its context: "Or
  // we could build an aggregated API, ... but it would limit the control over the API design".
  const chosenKey = chosenOption && chosenOption.source !== 'outcome' ? chosenOption.key : '';
  const weighsChosenInContext =
    chosenKey.length > 3 && !document.sections.some((s) => s.kind === 'consequences');
  // A consequence its author marked good ("### Positive Consequences", "Good, because ...") is a
  // benefit even when it reads like a cost ("more difficult to introduce bugs in"), unless it turns.
  const benefitBlocks = new Set(
    document.consequences.filter((c) => c.polarity === 'good').map((c) => c.block),
  );
  return proseSentences(document).some((s) => {
    if (alternativeBlocks.has(s.block.index)) return false;
    if (benefitBlocks.has(s.block.index)) return weighsCost(s.text) && !namesAlternative(s.text);
    // The decision statement argues against the alternatives, but may still state the price it pays.
    if (justification.has(s.block.index))
      return (
        s.block.index === chosenBlock &&
        (FORCED_PRICE.test(s.text) || namesUserBurden(s.text)) &&
        !namesAlternative(s.text)
      );
    // The chosen option's own sub-section weighs it in prose: "The problem with this approach ...".
    if (chosenOwn.has(s.block.index)) return ownCost(s.text, namesExplicitCost(s.text));
    const kind = document.sections[s.block.section]?.effectiveKind;
    if (kind === 'context' && weighsChosenInContext && namesKey(s.text, chosenKey))
      return ownCost(s.text, weighsCost(s.text));
    if (
      kind === 'options' ||
      kind === 'rejected' ||
      kind === 'proscons' ||
      kind === 'context' ||
      kind === 'drivers'
    )
      return false;
    return ownCost(
      s.text,
      namesExplicitCost(s.text) || drawsCost(s.text) || namesUserBurden(s.text) || FORCED_PRICE.test(s.text),
    );
  });
}

/** What is the brutal trade-off? */
export const tradeoffsNamed: DocumentRule<Options> = {
  meta: {
    id: 'tradeoffs-named',
    description: 'Require at least one named cost of the chosen option.',
    category: 'review',
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        perOption: {
          type: 'boolean',
          description: 'Require at least one con for every considered option, not just the chosen one.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { perOption: false },
    messages: {
      noCost:
        'No cost of the decision is named; add at least one negative consequence (e.g. "Bad, because ..." or a "Negative" list) saying what this choice makes harder, slower or more expensive.',
      noConsequences:
        'The record has no consequences; add a "## Consequences" section that names at least one cost of the decision as well as its benefits.',
      optionWithoutCon: 'Option \'{{option}}\' has no con; add at least one "Bad, because ..." for it.',
    },
    rationale:
      'If a design seems to have no downside, you have not found it yet. Naming the price out loud is what lets reviewers judge whether it is worth paying.',
    review: {
      topic: 'Cost of the choice',
      question: 'What does this choice cost us: what gets harder, slower or more expensive?',
      answeredBy: ['consequences'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Render the product pages on the server

## Considered Options

* Server-side rendering
* The current single-page app

## Decision

Chosen option: "Server-side rendering", because the first page shows in under 1 second on a 3G phone.

## Consequences

* Good, because search engines index every product page.
* Good, because the first page is visible before any script loads.
`,
      correct: `---
status: proposed
---
# Render the product pages on the server

## Considered Options

* Server-side rendering
* The current single-page app

## Decision

Chosen option: "Server-side rendering", because the first page shows in under 1 second on a 3G phone.

## Consequences

* Good, because search engines index every product page.
* Bad, because every page view now costs server CPU, about 30 more application instances at peak.
`,
      howToFix:
        'Add at least one negative consequence of the chosen option: a "Bad, because ..." line, a "Negative" list under the consequences, or a sentence saying what the choice makes slower, harder or more expensive. With `perOption: true`, give every considered option at least one con.',
      whenNotToUse:
        'If your records are announcements of decisions made elsewhere and nobody reviews their reasoning, the review rules (this one included) add little; use the `legacy` preset, which leaves them off.',
    },
  },
  check({ document, options, report }) {
    if (!hasNamedCost(document)) {
      const hasConsequences =
        document.consequences.length > 0 || document.sections.some((s) => s.kind === 'consequences');
      report({
        messageId: hasConsequences ? 'noCost' : 'noConsequences',
        span: anchorFor(document, ['consequences', 'outcome']),
      });
    }
    if (options.perOption) {
      for (const option of document.options) {
        if (!option.arguments.some((a) => a.polarity === 'bad')) {
          report({ messageId: 'optionWithoutCon', span: option.span, data: { option: option.name } });
        }
      }
    }
  },
};
