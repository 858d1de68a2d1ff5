import type { DocumentRule } from '../engine/types.js';
import { missingSectionFix } from '../fix/sections.js';
import type { AdrDocument, Block, Span } from '../model.js';
import { proseSentences, type Sentence, splitSentences } from '../text/sentences.js';
import { shorten } from '../text/shorten.js';
import { anchorFor } from './anchors.js';

// A day or a month: `2027-06-30` or `2027-06`.
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** A number with a unit, a threshold word, a date or a quarter: something a team can check. */
const MEASURABLE =
  /(?:[$€£]\s?\d|\d[\d,.]*\s*(?:\/\s?(?:s|sec|min|h|hour|day|month)\b|%|percent|ms|s\b|sec|seconds?|minutes?|hours?|days?|weeks?|months?|years?|[kmgt]i?b\b|bytes?|rps|qps|req|requests?|writes?|reads?|users?|customers?|tenants?|engineers?|developers?|people|teams?|nodes?|instances?|servers?|clusters?|regions?|services?|records?|rows?|events?|messages?|transactions?|calls?|x\b|times\b|\$|€|£|usd|eur|gbp|k\b|m\b)|[<>≤≥]=?\s*\d|\b(?:above|below|exceeds?|exceeding|pass(?:es)?|more than|less than|fewer than|over|under|at least|at most|reaches?|hits?|doubles?|triples?|grows? (?:past|beyond|to))\s+[$€£]?\d|\b\d{4}-\d{2}(?:-\d{2})?\b|\bQ[1-4]\s*\d{4}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}\b|\bv?\d+\.\d+(?:\.\d+)?\b|\bQ[1-4]\b|\b(?:in|by|before|after|until|during|end of|early|late|mid-?)\s+(?:19|20)\d{2}\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a|an)\s+(?:weeks?|months?|quarters?|years?)\b|\b(?:a|the|our) (?:first|second|third|fourth|fifth) [\w-]+|\b(?:exceeds?|exceeding|above|over|beyond|outgrows?) (?:the |our |its |a )?(?:budget|quota|limit|sla|slo|error budget|free tier|target)s?\b)/i;

/**
 * Thresholds and dates written without a figure and unit: a relative threshold ("once traffic
 * doubles", "the 10th tenant", "reaches twenty services"), a half-year or season with its year ("H2
 * 2027", "spring 2027"), a period counted from the record's date ("next year", "the following
 * quarter") and a fixed cadence ("every year", "annually").
 */
const RELATIVE_THRESHOLD_OR_CADENCE =
  /\b(?:doubles?|doubled|doubling|triples?|tripled|tripling|quadruples?|(?:two|three|four|five|ten)fold)\b|\b\d+(?:st|nd|rd|th)\s+[a-z]|\b(?:reach(?:es)?|exceeds?|passes|above|over|more than|beyond) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|one hundred|a thousand|a million)\b|\bH[12]\s*\d{4}\b|\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d{4}\b|\b(?:next|the following) (?:year|quarter|half[- ]year|fiscal year|month)\b|\b(?:annually|yearly|quarterly|biannually|semi-?annually|every (?:year|quarter|half[- ]year|month|sprint))\b/i;

/**
 * A named actor or system doing something that can be observed: "when the web app adopts it too",
 * "once the billing team moves to Kafka", "when Payments retires the v1 API", "when the platform
 * team finishes the Kafka migration", "if the provider starts charging per request", and a named
 * component's own state: "if Dex becomes a bottleneck", "when the queue needs replication". The actor is a
 * definite or named one ("the web app", "our Android client", "Payments"), so "when things move
 * on" stays vague.
 */
// Case-sensitive, so a capital marks a name; "it", "we" and "things" are no actor.
const NAMED_ACTOR_EVENT =
  /\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Aa]s soon as|[Ii]f) (?:(?:the|our|their) (?:[\w-]+ ){0,3}?[\w-]+|[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) (?:(?:also|too|finally|fully) )?(?:adopts?|adopted|launch(?:es|ed)?|moves? (?:to|off|onto)|moved (?:to|off|onto)|migrates? (?:to|off)|migrated (?:to|off)|switch(?:es|ed)? (?:to|off)|retires?|retired|drops?|dropped|deprecates?|replaces?|replaced|rolls? out|rolled out|onboards?|ships?|shipped|finish(?:es|ed)|complete[sd]|becomes? (?:capable of|able to)|became (?:capable of|able to)|becomes? a bottleneck|became a bottleneck|needs? (?:replication|sharding|scaling out)|runs? out of (?:capacity|memory|disk|storage)|starts? (?:charging|billing|requiring)|stops? (?:supporting|offering|maintaining|publishing))\b/;

/**
 * A capability a named system gains, described by what it can then do: "if deployments gain a
 * migration workflow that verifies the target database", "when Terraform adds native support for
 * ephemeral resources", "once the CI system gets a manual approval step", "when browsers ship the
 * View Transitions API", "when the managed offering provides point-in-time restore". The capability must be a
 * named kind of thing (a workflow, an API, a step) with a word of its own, so "if we gain more
 * users", "when the product gets new features" and "when things get better" stay vague.
 */
const CAPABILITY_GAINED =
  /\b(?:when|once|if|after|as soon as|until) (?!(?:we|it|they|things|something|anything|everything|this|that|someone|somebody|circumstances|requirements|the world|the situation)\b)(?:[\w-]+ ){1,4}?(?:gains?|gained|acquires?|acquired|adds?|added|introduces?|introduced|offers?|offered|provides?|provided|supports?|supported|gets?|got|exposes?|exposed|ships?|shipped|releases?|released) (?:(?:native |built-in |first-class |official |proper |full )?support for [\w-]+|(?:an? |the )?(?:(?:new|native|built-in|first-class|official|proper) )?(?!(?:new|more|other|additional|better|further|extra|some|any|different|improved|many|several|few)\b)(?:[\w-]+ ){1,3}?(?:workflows?|features?|apis?|endpoints?|steps?|modes?|integrations?|options?|plugins?|drivers?|sdks?|capabilit(?:y|ies)|commands?|operators?|connectors?|extensions?|modules?|formats?|protocols?|hooks?|webhooks?|checks?|gates?|pipelines?|polic(?:y|ies)|backups?|restores?|replication|failover|encryption|autoscaling))\b/i;

/**
 * A concrete event: a release, renewal, launch, deprecation, end of life, audit, a named milestone,
 * a move to a named platform ("a future transition to containerization", "the migration to ECS").
 */
const CONCRETE_EVENT =
  /\b(?:contract|licen[cs]e|renewal|renewed|renews|release[sd]?|launch(?:es|ed)?|go(?:es)?[- ]live|general availability|\bGA\b|end[- ]of[- ](?:life|support)|EOL|deprecat\w+|sunset|audit|migration (?:is )?(?:complete|finished|done)|(?:is|are|gets?) (?:released|published|available|shipped|deprecated|retired)|becomes? (?:available|generally available|supported|stable)|upgrade to|version|rfc|vendor|region|acquisition|agreement|subscription|pilot|trial|proof of concept|load test|stress test|benchmarks?|discontinu\w+|ships|retire[sd]|architecture review|review board|budget (?:review|cycle)|fiscal year|incident|outage|postmortem|security (?:review|advisory)|compliance|regulation|law|standard (?:is|gets) (?:published|ratified)|(?:when|once|after|as soon as) (?:[\w-]+ ){1,6}?(?:is|are|has been|have been|gets?) (?:complete|completed|finished|done|merged|shipped)|(?:when|once) (?:we )?(?:start|starting|begin|beginning) (?:work(?:ing)? on|to build)|(?:transition|migration|move|switch)(?:es|s)? (?:to|onto) (?!(?:a|an|something|another|other|better|different|new|whatever)\b)[\w-]{4,})\b/i;

/**
 * A move to a platform named by its acronym ("if we move to SSR", "the switch to GKE"), too short
 * for CONCRETE_EVENT's name. Case-sensitive: "move to it" or "switch to us" names nothing.
 */
const MOVE_TO_ACRONYM =
  /\b(?:[Tt]ransition|[Mm]igrat(?:e|ion)|[Mm]ove|[Ss]witch)(?:es|s|d|ed)? (?:to|onto) [A-Z][A-Z\d]{1,5}s?\b/;

/** A referenced ticket whose closing is the event: "(Keycloak RFE 18532)", "issue #412", "bug 2210". */
const TICKET_REFERENCE =
  /\b(?:[Ii]ssue|[Tt]icket|RFE|[Bb]ug|[Ff]eature request|PR|[Pp]ull request) #?\d{2,}\b/;

/** Triggers that cannot be checked by anyone. */
const VAGUE =
  /\b(?:when (?:needed|necessary|appropriate|required)|as (?:needed|necessary|required|appropriate)|if (?:needed|necessary|required|things change|circumstances change|requirements change|anything changes)|in the future|at some point|from time to time|periodically|eventually|later on|down the (?:road|line)|when (?:things|circumstances|requirements) change|if (?:it|this) (?:no longer|doesn'?t) (?:works?|fits?|makes? sense))\b/i;

/** Phrases that are about looking at the decision again, whatever the tense. */
const ABOUT_THE_DECISION =
  '(?:decision|choice|adr) (?:is|gets) (?:revisited|reconsidered|re-?evaluated|re-?assessed|re-?examined|reviewed)|(?:migration|move|switch|upgrade|rewrite|replacement|transition|adoption|decision|change)\\b[^.;:]{0,60}?\\b(?:deferred|postponed|put off) (?:until|till)|review (?:this|the|our) (?:decision|choice|adr)|revise (?:this|the) decision|look (?:at (?:this|it) )?again|worthy of investigation|sunset this|revisit[- ]by|review[- ]by|(?:next )?review (?:date|due)|revisit date|next review|(?:be|being) reviewed (?:in|on|after|before|at|when|once|no later than|every)|^review (?:again |it |this )?(?:after|in|on|at|when|once|before|no later than)';

/** The revisit verbs' stems: "revisit", "reconsider", "re-evaluat(e/ion)", "reassess", "re-examin(e)". */
const REVISIT_STEM = 'revisit|reconsider|re-?evaluat|re-?assess|re-?examin';

const REVISIT_VERB = new RegExp(
  String.raw`\b(?:revisit(?:ed|ing)?|reconsider(?:ed|ing)?|re-?evaluat(?:e|ed|ion|ing)|re-?assess(?:ed|ment|ing)?|re-?examin(?:e|ed|ing)|${ABOUT_THE_DECISION})\b`,
  'i',
);

/**
 * In running prose, a revisit verb is a trigger only when it looks ahead: a modal ("will be
 * revisited", "we might want to reconsider"), an instruction ("Revisit this when ..."), a rule the
 * team sets itself ("We revisit this decision when ...", "we revisit when ..."), or a phrase
 * about the decision itself. "If the transaction is reassessed as invalid", "we trigger the
 * re-evaluation of the peer set" and "this has caused us to reconsider" describe the design or its
 * history, not when to look at the decision again.
 */
const FORWARD_REVISIT = new RegExp(
  String.raw`(?:\b(?:will|would|should|shall|could|can|may|might|must|needs? to|wants? to|plans? to|intends? to|to be)|['\u2019](?:ll|d))\s+(?:[\w'\u2019]+\s+){0,3}?(?:be\s+)?(?:${REVISIT_STEM})\w*|^\W*(?:revisit|reconsider|re-?evaluate|re-?assess|re-?examine)\b|\bwe (?:revisit|reconsider|re-?evaluate|re-?assess|re-?examine) (?:this|(?:the|this) (?:decision|choice))\b[^.;]{0,20}?\b(?:when|if|once|after|before|by|in|every)\b|\bwe (?:revisit|reconsider)(?: it)? (?:when|once|if|by|every)\b|\b(?:${ABOUT_THE_DECISION})\b`,
  'i',
);

/** "should not require a reevaluation", "no need to revisit": a sentence that rules revisiting out is no trigger. */
const REVISIT_DENIED = new RegExp(
  String.raw`\b(?:not|never|no need to|without)\s+(?:\w+\s+){0,3}?(?:${REVISIT_STEM})\w*`,
  'i',
);

interface Trigger {
  text: string;
  span: Span;
}

export function isConcreteTrigger(text: string): boolean {
  const measurable = MEASURABLE.test(text) || RELATIVE_THRESHOLD_OR_CADENCE.test(text);
  if (VAGUE.test(text) && !measurable) return false;
  return (
    measurable ||
    CONCRETE_EVENT.test(text) ||
    MOVE_TO_ACRONYM.test(text) ||
    NAMED_ACTOR_EVENT.test(text) ||
    CAPABILITY_GAINED.test(text) ||
    TICKET_REFERENCE.test(text)
  );
}

function triggersFromMetadata(document: AdrDocument): Trigger[] {
  const field = document.metadata['revisit-when'];
  if (!field) return [];
  const values = Array.isArray(field.value) ? field.value.map(String) : [field.text];
  return values.filter((v) => v.trim()).map((text) => ({ text, span: field.span }));
}

function triggersFromSections(document: AdrDocument): Trigger[] {
  const triggers: Trigger[] = [];
  for (const section of document.sections.filter((s) => s.kind === 'revisit')) {
    for (const index of section.allBlocks) {
      const block = document.blocks[index] as Block;
      if (block.kind === 'code' || block.kind === 'html' || !block.prose.trim() || block.rowIndex === 0)
        continue;
      // A list item is one trigger; a paragraph may hold several sentences, each its own trigger.
      const parts =
        block.kind === 'listItem' || block.kind === 'tableRow' ? [block.prose] : splitSentences(block.prose);
      for (const text of parts) triggers.push({ text, span: block.span });
    }
  }
  return triggers;
}

/** A sentence that ends by announcing conditions: "... when either of these happens:", "... deferred until:". */
const CONDITION_LEAD_IN = /\b(?:when|whenever|if|once|until|till|after|as soon as)\b[^:]{0,50}:\s*$/i;

/**
 * The list a trigger sentence introduces: "The decision is revisited when either of these happens:"
 * names its events in the list items right after it. "These points can be revisited:" lists what,
 * not when, so it introduces no triggers.
 */
function listAfterLeadIn(document: AdrDocument, sentence: Sentence): string[] {
  if (!CONDITION_LEAD_IN.test(sentence.text)) return [];
  const items: string[] = [];
  for (let next = sentence.block.index + 1; next < document.blocks.length; next++) {
    const block = document.blocks[next] as Block;
    if (block.kind !== 'listItem' || block.section !== sentence.block.section) break;
    items.push(block.prose);
  }
  return items;
}

/** Decisions expire: write down the triggers. */
export const revisitTriggers: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'revisit-triggers',
    description:
      'Require at least one concrete trigger (a date, a threshold, an event) for revisiting the decision.',
    category: 'review',
    needsEnglish: false,
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: true,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No revisit trigger; add `revisit-by: YYYY-MM-DD` or a "## Revisit Triggers" list with measurable conditions, e.g. "when writes exceed 5,000/s" or "when the vendor contract is renewed".',
      vague:
        'Revisit trigger "{{text}}" is vague; replace it with a number or a concrete event, e.g. "if p99 latency exceeds 300 ms for a week".',
      badDate: 'revisit-by "{{value}}" is not a date; write it as YYYY-MM-DD.',
    },
    rationale:
      'Constraints change and decisions expire. Writing down the conditions under which a decision should be looked at again turns "we may revisit" into something a team can actually check.',
    review: {
      topic: 'Revisit triggers',
      question: 'Which date, number or event would make us look at this decision again?',
      answeredBy: ['revisit'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Run the reporting jobs on a single PostgreSQL replica

## Decision

Reports read from one streaming replica of the order database.

## Revisit Triggers

* If it becomes a problem.
`,
      correct: `---
status: proposed
---
# Run the reporting jobs on a single PostgreSQL replica

## Decision

Reports read from one streaming replica of the order database.

## Revisit Triggers

* If replication lag exceeds 60 seconds on more than 3 days in a month.
* When the order table passes 500 million rows.
`,
      howToFix:
        'Add `revisit-by: YYYY-MM-DD` to the frontmatter, or a "## Revisit Triggers" list of conditions someone can check: a number ("when writes exceed 5,000 per second"), a date, or a concrete event ("when the vendor contract is renewed"). Replace vague triggers such as "if needed" or "as the system grows".',
      whenNotToUse:
        'Decisions that are settled for good (a licence, a naming scheme) have no natural trigger; suppress the rule there with a reason, or turn it off when your log holds mostly such conventions.',
    },
  },
  check({ document, report }) {
    const by = document.metadata['revisit-by'];
    if (by) {
      if (ISO_DATE.test(by.text.trim())) return;
      report({ messageId: 'badDate', span: by.span, data: { value: by.text } });
      return;
    }
    const declared = [...triggersFromMetadata(document), ...triggersFromSections(document)];
    if (declared.some((t) => isConcreteTrigger(t.text))) return;
    const metadataLines = new Set(Object.values(document.metadata).map((field) => field.span.line));
    const prose = proseSentences(document).filter(
      (s) =>
        REVISIT_VERB.test(s.text) &&
        FORWARD_REVISIT.test(s.text) &&
        !REVISIT_DENIED.test(s.text) &&
        document.sections[s.block.section]?.kind !== 'revisit' &&
        !metadataLines.has(s.block.span.line),
    );
    if (prose.some((s) => isConcreteTrigger(s.text) || listAfterLeadIn(document, s).some(isConcreteTrigger)))
      return;
    const vague = [...declared, ...prose.map((s) => ({ text: s.text, span: s.block.span }))];
    if (vague.length === 0) {
      report({
        messageId: 'missing',
        fix: missingSectionFix(document, 'revisit') ?? undefined,
        span: anchorFor(document, ['revisit', 'consequences', 'outcome']),
      });
      return;
    }
    for (const trigger of vague) {
      const text = shorten(trigger.text, 80);
      report({ messageId: 'vague', span: trigger.span, data: { text } });
    }
  },
};
