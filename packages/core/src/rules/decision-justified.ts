import type { DocumentRule } from '../engine/types.js';
import type { AdrDocument, Block, Section, Span } from '../model.js';
import { isListedOption } from '../parser/options.js';
import { REASONING_SECTION } from '../parser/section-kinds.js';
import { shorten } from '../text/shorten.js';
import { anchorFor } from './anchors.js';
import { turnedDownIn } from './rejected-alternatives-reasoned.js';

/**
 * Words that give a reason or a purpose: "because", "since", "as it ...", "due to", "so that",
 * "in order to", "to avoid ...", "which means ...", "therefore". "Since 2019" is a date, not a reason.
 */
const REASON =
  /\b(?:because|since(?!\s+(?:\d|then|version|v\d|release|the (?:start|beginning|introduction|release)))|due to|owing to|thanks to|so that|in order to|given (?:that|the|our|these|this)|based on (?:the|our|this|these)|for (?:these|this|the (?:following|above)|the reasons?) reasons?|the reasons? (?:is|are|being|for|why)|reasons?:|rationale|justification|therefore|thus|hence|which (?:means|allows|lets|gives|makes|avoids|keeps|reduces|removes|ensures|enables|meets|satisfies|solves|fixes)|this (?:means|allows|lets|gives|makes|avoids|keeps|reduces|removes|ensures|enables|way)|(?:to|will) (?:avoid|ensure|allow|enable|reduce|keep|prevent|support|improve|simplify|minimi[sz]e|maximi[sz]e|meet|comply|satisfy|guarantee|achieve|speed up|lower|save|protect|eliminate|remove|address|solve|fix|decouple|unify|standardi[sz]e|align)|comes? out best|(?:best|only) (?:option|choice|fit) (?:that|which|for|to|because|as)|as (?:it|they|we|this|these|that|there|the \w+ (?:is|are|has|have|does|do|can|will))\b|, as\b)/i;

/**
 * A reason given after a colon, a semicolon or a dash, with no cue word: "We'll move to Kafka: it
 * keeps a replayable log", "Redis — it already runs in every region", "We will not move to
 * Kubernetes; the four-month migration would stop all platform work". The clause after the break
 * says what the choice is or does now, or what the other way would do; "Kafka: it was tried in
 * 2019" or "Kafka: the migration starts in Q3" gives none. A one-word label's colon ("Note: they
 * would not ...") and a semicolon that ends a list item open no reason.
 */
const EXPLAINED_AFTER_BREAK =
  /(?:(?<!(?:^|[.!?\n]\s*)\w+):\s+|;[ \t]+|\s[\u2013\u2014-]\s+)(?:(?:it|they|this|that)\s+(?:already\s+|also\s+|alone\s+)?(?:is|are|has|have|can|(?!was\b|does\b|needs\b)[a-z]{2,}s)\b|(?:it|they|this|that|(?:the|a|an|our|their|its|any|such an?)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:would|could|might)\s+(?!(?:also\s+)?be\s+(?:used|possible|considered|an option)\b)[a-z])/i;

/** Words too common in drivers to show that an outcome refers to one. */
const GENERIC = new Set(
  'about after also able based being best better both changes choice choose chosen clear could decision decide does done each easy easier ease every from good have having into its keep less like make many more most much must need needs new none only option options other over same should simple some such support that their them then there these they this those through very want well were what when where which while with without would your able'.split(
    ' ',
  ),
);

/** A crude stem, enough to match "scalability" with "scales" and "performance" with "performs". */
function stem(word: string): string {
  return word.replace(
    /(?:abilit(?:y|ies)|ibilit(?:y|ies)|ations?|ments?|ness|ances?|ences?|ing|able|ible|ity|ive|ers|ed|es|er|ly|al|s)$/,
    '',
  );
}

function keyWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? [];
  return new Set(
    words
      .filter((word) => !GENERIC.has(word))
      .map(stem)
      .filter((word) => word.length >= 4),
  );
}

/** The blocks that state and argue the decision: the outcome sections and any reasoning section. */
function decisionBlocks(document: AdrDocument): {
  blocks: Block[];
  section: Section | null;
  argued: boolean;
} {
  const outcome = document.sections.filter((s) => s.kind === 'outcome');
  const reasoning = document.sections.filter((s) => s.kind === null && REASONING_SECTION.test(s.key));
  const holding = [...outcome, ...reasoning];
  const indices = new Set<number>();
  for (const section of holding) {
    for (const index of section.allBlocks) {
      const kind = document.sections[(document.blocks[index] as Block).section]?.effectiveKind;
      // Consequences and confirmation under "Decision Outcome" are not its reasons.
      if (kind === 'outcome' || kind === null) indices.add(index);
    }
  }
  // Without a decision section, a MADR "Chosen option: ..." line still states (and may argue) the choice.
  const chosen = document.chosen;
  if (chosen && chosen.block >= 0 && (holding.length > 0 || chosen.source === 'madr'))
    indices.add(chosen.block);
  const blocks = [...indices]
    .sort((a, b) => a - b)
    .map((index) => document.blocks[index] as Block)
    .filter((block) => !block.quoted && block.kind !== 'code' && block.kind !== 'html' && block.prose.trim());
  // A "Rationale" section with content is the reason, however it is worded.
  const argued = reasoning.some((r) =>
    r.allBlocks.some((index) => (document.blocks[index] as Block).prose.trim()),
  );
  return { blocks, section: outcome[0] ?? null, argued };
}

function driverItems(document: AdrDocument): { text: string; span: Span }[] {
  const items: { text: string; span: Span }[] = [];
  for (const section of document.sections.filter((s) => s.kind === 'drivers')) {
    for (const index of section.allBlocks) {
      const block = document.blocks[index] as Block;
      if (block.quoted || block.kind === 'code' || block.kind === 'html' || !block.prose.trim()) continue;
      if (block.kind === 'listItem' || (block.kind === 'tableRow' && block.rowIndex !== 0))
        items.push({ text: block.prose, span: block.span });
    }
  }
  return items;
}

/**
 * Whether the decision gives its reason by saying why an alternative lost: "Option 1. Sticky
 * sessions still log users out on deploy". A mention that gives no reason ("Memcached was also
 * looked at") does not count.
 */
function rulesOutAlternative(document: AdrDocument, blocks: Block[]): boolean {
  const chosen = document.chosen;
  if (!chosen) return false;
  const indices = new Set(blocks.map((block) => block.index));
  return document.options.some(
    (option, index) =>
      index !== chosen.option &&
      // Only options the record lists as such: a name guessed from prose ("primary") is too weak a mention.
      isListedOption(option) &&
      turnedDownIn(document, option, indices),
  );
}

/** Every decision must have a because. */
export const decisionJustified: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'decision-justified',
    description:
      'Require the decision to give a reason ("because", "since", "due to", "so that" ..., or why the alternatives lost) and, where decision drivers are listed, to refer to at least one of them.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      noReason:
        'The decision gives no reason; say why this option was chosen, e.g. \'Chosen option: "PostgreSQL", because it meets the 300 ms p95 budget and the team already runs it\'.',
      driversIgnored:
        "The decision's reasons mention none of the decision drivers ({{drivers}}); say which drivers the chosen option meets and how.",
    },
    rationale:
      'Every decision must have a because. A decision without its reason cannot be checked when the constraints change, and drivers that the decision never mentions were listed but not used.',
    review: {
      topic: 'Reason for the decision',
      question: 'Why this option: which driver or constraint decided it?',
      answeredBy: ['outcome'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Store sessions in Redis

## Decision Drivers

* Session reads under 5 ms at p95
* Sessions survive a restart of one web node

## Considered Options

* Redis
* Sticky sessions in web-node memory

## Decision Outcome

Chosen option: "Redis".
`,
      correct: `---
status: proposed
---
# Store sessions in Redis

## Decision Drivers

* Session reads under 5 ms at p95
* Sessions survive a restart of one web node

## Considered Options

* Redis
* Sticky sessions in web-node memory

## Decision Outcome

Chosen option: "Redis", because sessions survive a restart of one web node and reads stay under 5 ms at p95 in our load test.
`,
      howToFix:
        'Give the reason in the decision itself ("Chosen option: ..., because ...") or in a "## Rationale" section, and tie it to the listed decision drivers: say which drivers the chosen option meets and how.',
      whenNotToUse:
        'Records that only state a rule handed down from outside (a regulation, a vendor end-of-life) have no reason of their own to give; suppress the rule there with an inline comment that says so.',
    },
  },
  check({ document, report }) {
    const { blocks, section, argued } = decisionBlocks(document);
    // No decision section and no chosen option: nothing states the decision, so there is nothing to justify here.
    if (blocks.length === 0) return;
    const span = section?.span ?? document.chosen?.span ?? anchorFor(document, ['outcome']);
    const text = blocks.map((block) => block.prose).join('\n');
    if (
      !argued &&
      !REASON.test(text) &&
      !EXPLAINED_AFTER_BREAK.test(text) &&
      !rulesOutAlternative(document, blocks)
    ) {
      report({ messageId: 'noReason', span });
      return;
    }
    const drivers = driverItems(document);
    if (drivers.length === 0) return;
    if (/\bdrivers?\b|\bcriteri(?:on|a)\b|\bforces?\b|\brequirements?\b/i.test(text)) return;
    const reasonWords = keyWords(text);
    if (drivers.some((driver) => [...keyWords(driver.text)].some((word) => reasonWords.has(word)))) return;
    report({
      messageId: 'driversIgnored',
      span,
      data: {
        drivers:
          drivers
            .slice(0, 3)
            .map((d) => `"${shorten(d.text, 40)}"`)
            .join(', ') + (drivers.length > 3 ? ', ...' : ''),
      },
    });
  },
};
