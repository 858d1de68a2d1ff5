import type { DocumentRule } from '../engine/types.js';
import { costMatcher, GOOD_LEAD, GOOD_MARK, namesPlainCost, REASON_CUE } from '../language.js';
import type { AdrDocument, ConsideredOption } from '../model.js';
import {
  ALSO_CONSIDERED,
  afterOfferedWays,
  isListedOption,
  NAMES_YARDSTICKS,
  namesKey,
  optionKey,
  refersByOrdinal,
  TURNED_DOWN_VERDICT,
  VERDICT_LINE,
} from '../parser/options.js';
import { REASONING_SECTION } from '../parser/section-kinds.js';
import { allMatches, escapeRegExp } from '../text/regexp.js';
import { proseSentences, textSentences } from '../text/sentences.js';
import { anchorFor } from './anchors.js';

/** A list item's marker: "* ", "- ", "1. ". */
const LIST_MARKER = /^\s*(?:[*+-]|\d+[.)])\s+/;

/** An option's own text before and after its name, or null when the text does not hold the name. */
function aroundName(option: ConsideredOption): { before: string; after: string } | null {
  const at = option.description.indexOf(option.name);
  if (at < 0) return null;
  return {
    before: option.description.slice(0, at),
    after: option.description.slice(at + option.name.length),
  };
}

/** A verdict with nothing after it on its line: "(rejected)", "— ruled out", "| Rejected | |", "Rejected." */
const BARE_VERDICT = new RegExp(
  String.raw`\(?\b(?:${TURNED_DOWN_VERDICT}|dropped|dismissed)\b\)?[\s.:;,|*_\u2013\u2014-]*$`,
  'gimu',
);

/** The part of an option's own text after its name: where "ISO8601 strings. Not enough resolution." gives its reason. */
function ownReason(option: ConsideredOption): boolean {
  const around = aroundName(option);
  const body = around ? around.before + around.after : option.description;
  // Its pros are not why it lost: "Good, because it is cheap" is no reason, whatever its cue words.
  const withoutPros = body
    .split('\n')
    .filter((line) => {
      const item = line.replace(LIST_MARKER, '');
      return !GOOD_LEAD.test(item) && !GOOD_MARK.test(item);
    })
    .join('\n');
  // "OK, because …" is a template's unfinished sentence, not a reason; a bare verdict ("NATS —
  // ruled out", "| NATS | Rejected | |") says that it lost, not why.
  const finished = withoutPros.replace(/\b(?:because|since)\s*(?:…|\.\.\.)/gu, '').replace(BARE_VERDICT, '');
  return (
    REASON_CUE.test(finished) ||
    DEFERRED_UNTIL.test(finished) ||
    namesPlainDrawback(finished) ||
    namesPlainCost(finished)
  );
}

/**
 * An alternative put off until a named condition ("Deferred until the storage layer is chosen",
 * "Postponed pending the security review"): the condition is why it lost for now.
 */
const DEFERRED_UNTIL =
  /\b(?:deferred|postponed|parked|put on hold|on hold|left for later)\s+(?:until|till|pending|unless|while|to (?:a |the )?(?:later|future|next))\b/i;

/**
 * A cost said plainly, with no cue word, in an option's own text: "Ties us to AWS.", "This
 * duplicates the logic in the billing service.", "Vert.x: poor documentation and examples". Only phrases that cannot describe a merit, and not
 * when denied ("no extra cost", "avoids duplicated code"). Narrower than language.ts's namesCost on
 * purpose: its cost words also occur in options' own names ("Negative" in a MADR option title).
 */
const namesPlainDrawback = costMatcher(
  /\b(?:ties (?:us|you) (?:in)?to|locks? us in(?:to)?|vendor lock-?in|(?:duplicates\b|duplicat(?:ed|ion of|e) (?:the |our )?(?:logic|code|data|effort|work|state))|tightly coupled|couples us to|single point of failure|steep(?:er)? learning curve|maintenance burden|(?:is|it's|it is|would be)\s+confusing|(?:extra|additional) (?:cost|work|effort|maintenance|complexity)|more moving parts|poor(?:ly)?\b(?!\s+man)|(?:little|sparse|scarce) (?:documentation|docs|examples|support|community))\b/i,
);

const STOPWORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'our',
  'all',
  'use',
  'using',
  'option',
  'new',
  'one',
  'per',
]);

/** A plural's singular, near enough to match names: "titles" → "title", "boxes" → "box", "class" stays. */
function stem(word: string): string {
  return word.replace(/(?<=(?:s|x|z|ch|sh))es$|(?<![su])s$/, '');
}

/** Words of an option's name that the chosen option's name does not share: "filename" in "ADR filename" vs "ADR number". */
function distinctiveWords(document: AdrDocument, option: ConsideredOption): string[] {
  const chosen = document.options[document.chosen?.option ?? -1];
  const shared = new Set((chosen?.key ?? '').split(' ').map(stem));
  // A word that three or more listed options share, most of them, names their kind, not this one:
  // "License" in "MIT License", "BSD License", "Apache License".
  const listed = document.options.filter((o) => o.source !== 'outcome');
  const counts = new Map<string, number>();
  for (const other of listed)
    for (const w of new Set(other.key.split(' ').map(stem))) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) if (n >= 3 && n * 2 > listed.length) shared.add(w);
  return option.key
    .split(' ')
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !shared.has(stem(w)))
    .map(stem);
}

interface ReasonSentence {
  block: number;
  text: string;
  /** The sentence normalised like option names, padded with spaces for whole-word search. */
  key: string;
  words: Set<string>;
  inDecision: boolean;
}

const reasonCache = new WeakMap<AdrDocument, ReasonSentence[]>();

/** Words that measure one thing against another: "outperforms", "slower than", "unlike", "compared with". */
const COMPARES = /\b(?:than|outperform(?:s|ed)?|unlike|compared (?:to|with)|versus|vs)\b/i;

/**
 * Whether a section argues the decision: the decision or rejected section itself, or a "Rationale" /
 * "Argument" section (or a part of one) with no kind of its own, where the record says why the
 * choice won and the others lost.
 */
function arguesDecision(document: AdrDocument, index: number): boolean {
  const kind = document.sections[index]?.effectiveKind;
  if (kind === 'outcome' || kind === 'rejected') return true;
  for (let at = index; at >= 0; at = document.sections[at]?.parent ?? -1) {
    const section = document.sections[at];
    if (!section || section.kind !== null) return false;
    if (REASONING_SECTION.test(section.key)) return true;
  }
  return false;
}

/** Sentences that give a reason, normalised once per document for every option to search. */
function reasonSentences(document: AdrDocument): ReasonSentence[] {
  let sentences = reasonCache.get(document);
  if (!sentences) {
    const chosenKey = document.options[document.chosen?.option ?? -1]?.key;
    // Code spans kept: an option is often named as code ("`adr-tools`") where the decision says why it lost.
    sentences = textSentences(document).flatMap((s) => {
      const key = ` ${optionKey(s.text)} `;
      const argues = arguesDecision(document, s.block.section);
      // A consequence that measures the choice against another ("native code outperforms the WASM
      // build") says why that other lost, as the decision would; a cost measured so ("less
      // idiomatic than dictionaries") is the other's merit instead.
      const inDecision =
        argues ||
        (document.sections[s.block.section]?.effectiveKind === 'consequences' &&
          COMPARES.test(s.text) &&
          !document.consequences.some((c) => c.block === s.block.index && c.polarity === 'bad'));
      // In the decision, a sentence about an alternative that leaves the choice out is there to say why
      // it lost ("The other term 'verification' is bound to formal tools"), cue word or not.
      const aboutAlternative = argues && chosenKey !== undefined && !key.includes(` ${chosenKey} `);
      const compares = inDecision && !argues;
      if (!REASON_CUE.test(s.text) && !aboutAlternative && !compares) return [];
      return [
        {
          block: s.block.index,
          text: s.text,
          key,
          words: new Set(key.trim().split(' ').map(stem)),
          inDecision,
        },
      ];
    });
    reasonCache.set(document, sentences);
  }
  return sentences;
}

/** Words in parentheses that mark an option's standing, not another name for it: "(rejected)", "(current)". */
const STANDING =
  /^(?:chosen|selected|recommended|preferred|accepted|rejected|discarded|dropped|not chosen|current|default|status quo|deprecated|proposed|winner|\d+)$/;

/**
 * The other name an option's own line gives it in parentheses right after its name: "An event store
 * (EventStoreDB)", "Managed Kafka (Confluent Cloud)". Reasons often use that name instead.
 */
function parentheticalAlias(option: ConsideredOption): string | null {
  const after = aroundName(option)?.after;
  if (after === undefined) return null;
  const alias = /^\s*\(([^()\n]{2,60})\)/u.exec(after);
  const key = alias ? optionKey(alias[1] as string).replace(/^(?:e g|i e|eg|ie) /, '') : '';
  return key.length >= 3 && !STANDING.test(key) ? key : null;
}

function mentionedWithReason(
  document: AdrDocument,
  option: ConsideredOption,
  counts: (sentence: ReasonSentence) => boolean = () => true,
): boolean {
  if (option.key.length < 3) return false;
  const needle = ` ${option.key} `;
  const alias = parentheticalAlias(option);
  const aliasNeedle = alias ? ` ${alias} ` : null;
  const words = distinctiveWords(document, option);
  return reasonSentences(document).some((s) => {
    if (s.block === option.block || !counts(s)) return false;
    if (s.key.includes(needle) || (aliasNeedle !== null && s.key.includes(aliasNeedle))) return true;
    // In the decision itself, naming a distinctive word of the option is enough.
    if (!s.inDecision) return false;
    // "The first option is the simplest, ...", "Option 2 was discounted as ...".
    if (refersByOrdinal(s.text, document.options, option)) return true;
    // Most of the distinctive words must appear: one generic word ("identity") is not a mention.
    const hits = words.filter((w) => s.words.has(w)).length;
    return words.length > 0 && hits * 2 >= words.length;
  });
}

const JUSTIFICATION =
  /\b(?:because|since|as (?:it|they|this|we|the)|due to|so that|in order to|given that|which (?:means|makes|allows|gives)|better|easier|simpler|faster|cheaper|more|less|fewer)\b/i;

/** A reason that ranks the choice against all the others: "the clear market leader", "easier than the rest", "scored highest in the matrix". */
const COMPARATIVE =
  /\b(?:(?<!\brather )than|(?:clear|market|industry) (?:leader|standard)|de ?facto|superior|outperforms?|only (?:one|option|candidate|choice) (?:that|which|to)|(?:scored|scores|ranked|ranks|rated|came out) (?:the )?(?:highest|best|top|first)|highest (?:total|overall )?scor(?:e|ing)|(?:most|more|widely) (?:popular|used|adopted|mature)|(?:in (?:respect|comparison|contrast)|compared) (?:to|with) (?:the )?(?:other|others|rest|remaining|alternatives))\b/i;

/** Whether the decision gives a reason for the choice that matches `cue`. */
function choiceIsJustified(document: AdrDocument, cue: RegExp): boolean {
  const chosen = document.chosen;
  if (!chosen) return false;
  if (cue.test(chosen.statement)) return true;
  const chosenOption = document.options[chosen.option];
  if (cue === JUSTIFICATION && chosenOption?.arguments.some((a) => a.polarity === 'good')) return true;
  // A ranking may sit in the context too, as long as it names the choice: "Kubernetes is the clear market leader".
  const chosenKey = cue === COMPARATIVE ? chosenOption?.key : undefined;
  return proseSentences(document).some(
    (s) =>
      cue.test(s.text) &&
      (document.sections[s.block.section]?.effectiveKind === 'outcome' ||
        (chosenKey !== undefined && namesKey(s.text, chosenKey))),
  );
}

/** Reasons as running prose gives them, beyond the cue words of a list item: "decided against this on the grounds that". */
const PROSE_REASON = new RegExp(
  String.raw`${REASON_CUE.source}|\b(?:grounds|against|deprecated|breaking|complicat\w*|unnecessar\w*|overhead|costs?|costly|prefer\w*|instead|favou?r\w*|concerns?|worried|fragile|brittle|immature|unmaintained|outdated|obsolete|licen[cs]\w*|vendor lock|lock-in)\b`,
  'i',
);

/**
 * An alternative written as a paragraph of an options or rejected section ("Run it on our own
 * AWS account with containers.") with no reason anywhere in that section and no word about it in
 * the decision. Any reason in the section may be this alternative's, so only a section that
 * gives none at all is asked about: paragraphs are too loose to tell whose reason is whose.
 */
function unreasonedProseAlternative(document: AdrDocument, option: ConsideredOption): boolean {
  const block = document.blocks[option.block];
  if (block?.kind !== 'paragraph') return false;
  // One paragraph offering two ways ("could be embedded or linked") holds the choice as well.
  if (document.options.some((o) => o !== option && o.block === option.block)) return false;
  const section = document.sections[block.section];
  if (section?.effectiveKind !== 'options' && section?.effectiveKind !== 'rejected') return false;
  const sectionText = section.allBlocks
    .map((i) => document.blocks[i])
    .filter((b) => b !== undefined && b.kind !== 'code')
    .map((b) => b?.prose)
    .join('\n');
  if (PROSE_REASON.test(sectionText)) return false;
  // The decision speaking of it, whatever it says, may be the choice itself or why it lost.
  const decision = proseSentences(document)
    .filter((s) => document.sections[s.block.section]?.effectiveKind === 'outcome')
    .map((s) => optionKey(s.text))
    .join(' ');
  // Compared by their first five letters, so "embedded" and "embedding" count as the same word.
  const root = (word: string) => stem(word).slice(0, 5);
  const decisionWords = new Set(decision.split(' ').map(root));
  const words = option.key
    .split(' ')
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
    .map(root);
  const named = words.filter((w) => decisionWords.has(w)).length;
  if (words.length === 0 || named * 2 >= words.length) return false;
  // A sentence-long alternative ("We have used Jenkins for years, so one option was to keep it") is
  // marked by the name it capitalises, not by most of its words: the decision naming "Jenkins" speaks of it.
  const properNames = option.name
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[A-Z][\w.-]*[a-z]/u.test(w))
    .map((w) => root(optionKey(w)));
  if (properNames.some((w) => w.length >= 3 && decisionWords.has(w))) return false;
  return !hasStatedReason(document, option);
}

/**
 * A sentence that speaks of the alternatives together, where a decision says why they lost without
 * naming them again: "Both charge per seat", "Neither runs offline", "The two vendors ...".
 */
const THE_ALTERNATIVES_TOGETHER =
  /^(?:both|neither|they|these|those|each|all (?:of them|three|four))\b|\b(?:(?:both|neither|none|either|each) of (?:them|these|those)|the (?:former|latter)|the (?:two|three|four|other) (?:products|services|tools|vendors|options|alternatives|libraries|frameworks|platforms)|such (?:products|services|tools|vendors))\b/i;

/**
 * A way the decision offers and then passes over ("We could use LaunchDarkly or Unleash, but we
 * will build our own flag service.") with no reason for it: none in the rest of that sentence,
 * none in another sentence of the decision that names it or speaks of the alternatives together
 * ("Both charge per seat ..."), and none anywhere else in the record that names it.
 */
function unreasonedPassedOver(document: AdrDocument, option: ConsideredOption): boolean {
  const block = document.blocks[option.block];
  if (!block || document.sections[block.section]?.effectiveKind !== 'outcome') return false;
  const sentences = proseSentences(document).filter(
    (s) => document.sections[s.block.section]?.effectiveKind === 'outcome',
  );
  const [offered] = sentences.flatMap((sentence) => {
    const after = sentence.block === block ? afterOfferedWays(sentence.text, option.name) : null;
    return after === null ? [] : [{ offering: sentence, after }];
  });
  if (!offered) return false;
  const { offering, after } = offered;
  // ", but neither runs offline, so ...", ", but they charge per seat": the reason in the same sentence.
  const rest = after.replace(/^\W*(?:but\b)?\s*/i, '');
  if (REASON_CUE.test(rest) || THE_ALTERNATIVES_TOGETHER.test(rest)) return false;
  const explained = sentences.some(
    (s) => s !== offering && (THE_ALTERNATIVES_TOGETHER.test(s.text) || namesKey(s.text, option.key)),
  );
  return !explained && !mentionedWithReason(document, option);
}

/**
 * An alternative named on a verdict line with nothing after its names ("Not chosen: NATS.", "Rejected:
 * Kafka and Pulsar") and no reason for it elsewhere. "Not chosen: Kafka, which needs a dedicated ops
 * team" gives its reason on the line.
 */
function unreasonedVerdictLine(document: AdrDocument, option: ConsideredOption): boolean {
  const block = document.blocks[option.block];
  if (!block) return false;
  const namesHere = document.options.filter((o) => o.block === option.block).map((o) => o.key);
  for (const match of allMatches(block.prose, VERDICT_LINE)) {
    const key = ` ${optionKey(match[1] as string)} `;
    if (!key.includes(` ${option.key} `)) continue;
    const rest = namesHere.reduce((left, name) => left.replace(` ${name} `, ' '), key);
    if (rest.replace(/\b(?:and|or)\b/g, '').trim() === '') return !mentionedWithReason(document, option);
  }
  return false;
}

/**
 * An alternative named only as "also considered" ("Kafka and NATS were also considered.") with no
 * reason for it: none in a sentence of its own paragraph that names it or speaks of the alternatives
 * together ("Both need a team we lack."), none in the decision speaking of them together, and none
 * anywhere else in the record that names it.
 */
function unreasonedAlsoConsidered(document: AdrDocument, option: ConsideredOption): boolean {
  const block = document.blocks[option.block];
  if (!block) return false;
  const named = allMatches(block.prose, ALSO_CONSIDERED).some((match) =>
    namesKey(match[1] as string, option.key),
  );
  if (!named) return false;
  const explained = proseSentences(document).some((s) => {
    const together = THE_ALTERNATIVES_TOGETHER.test(s.text);
    if (s.block === block) return (together || namesKey(s.text, option.key)) && PROSE_REASON.test(s.text);
    return together && document.sections[s.block.section]?.effectiveKind === 'outcome';
  });
  return !explained && !mentionedWithReason(document, option);
}

/** Words of the decision that turn away from the alternative named after them: "avoid X", "Y instead of X". */
const TURNED_AWAY_FROM = String.raw`\b(?:avoid(?:ing)?|instead of|rather than|(?:not|stop|no longer) us(?:e|ing))\s+(?:using\s+|the\s+|an?\s+|our\s+|any\s+)?`;

const METADATA_LINE = /^[\p{L} -]{2,30}:\s*\S[^\n]*$/u;

function wordsPattern(name: string): string {
  return escapeRegExp(name).replace(/\s+/g, '\\s+');
}

/**
 * An alternative the decision itself turns away from ("We will avoid default exports, and use
 * named exports instead", "Use named exports rather than default exports") in a record that
 * gives no reason for anything: nothing but the decision and its links, and no reason or
 * justification cue in them. Any reason in the record may be why this alternative lost, so only
 * a record silent throughout is asked about.
 */
function unreasonedTurnedAway(document: AdrDocument, option: ConsideredOption): boolean {
  const block = document.blocks[option.block];
  if (!block || document.sections[block.section]?.effectiveKind !== 'outcome') return false;
  if (!new RegExp(TURNED_AWAY_FROM + wordsPattern(option.name), 'iu').test(block.prose)) return false;
  return document.blocks.every((b) => {
    if (b.kind === 'code' || !b.prose.trim()) return true;
    // Before the first section only metadata lines ("Date: 2020-01-01", "- Status: accepted") are silent.
    if (b.section < 0) return METADATA_LINE.test(b.text);
    const kind = document.sections[b.section]?.effectiveKind;
    // A context or any other section may explain the choice in words no cue list knows.
    if (kind !== 'outcome' && kind !== 'links' && kind !== 'status') return false;
    return !REASON_CUE.test(b.prose) && !JUSTIFICATION.test(b.prose);
  });
}

/**
 * Whether one of `blocks` says, with a cue word, why `option` lost: "Sticky sessions still log users
 * out on deploy, and JWT cookies cannot be revoked". A decision that rules the others out that way
 * has given its reason.
 */
export function turnedDownIn(
  document: AdrDocument,
  option: ConsideredOption,
  blocks: ReadonlySet<number>,
): boolean {
  return mentionedWithReason(document, option, (s) => blocks.has(s.block) && REASON_CUE.test(s.text));
}

export function hasStatedReason(document: AdrDocument, option: ConsideredOption): boolean {
  if (option.arguments.some((a) => a.polarity === 'bad')) return true;
  return ownReason(option) || mentionedWithReason(document, option);
}

/**
 * A list item taken for a candidate only because a list sits in the context ("The approach can
 * route requests in two ways:"), while the decision picks none of its items: nothing says the items
 * competed with the choice, so they are not accused of losing without a reason. A list under
 * "We also considered:" does say so, and its items owe their reasons.
 */
function guessedCandidate(document: AdrDocument, option: ConsideredOption): boolean {
  if (document.chosen?.source !== 'decision') return false;
  return (
    listedOutsideOptions(document, option) &&
    !(introducedAsAlternatives(document, option) && !decidesByRulingOut(document))
  );
}

/**
 * A decision stated as what the team will not do ("We do not use an external CMS, since ..."): the
 * choice is whatever is left, so a listed item cannot be told apart from the winner and is not
 * accused of losing.
 */
const RULING_OUT =
  /^\W*we (?:do not|don't|will not|won't|shall not|decided not to|decide not to|are not going to)\b/i;

function decidesByRulingOut(document: AdrDocument): boolean {
  const block = document.chosen ? document.blocks[document.chosen.block] : undefined;
  return block !== undefined && RULING_OUT.test(block.prose);
}

/**
 * The end of a paragraph that says the list under it holds alternatives: "We also considered:",
 * "Alternatives considered:", "Other options we looked at:", "The alternatives considered are:",
 * "We also considered the following alternatives:".
 */
const ALTERNATIVES_INTRO =
  /\b(?:considered|evaluated|looked at|compared|investigated|explored)(?:\s+(?:are|were|include))?(?:\s+the following(?:\s+[\w-]+){0,2})?\s*:\s*$/i;

/**
 * Whether the paragraph right above the option's list ends in an intro that calls the items
 * alternatives. One that names yardsticks instead ("We considered the following factors:") does not.
 */
function introducedAsAlternatives(document: AdrDocument, option: ConsideredOption): boolean {
  const item = document.blocks[option.block];
  if (!item) return false;
  let at = option.block - 1;
  while (at >= 0 && document.blocks[at]?.kind === 'listItem' && document.blocks[at]?.section === item.section)
    at--;
  const intro = document.blocks[at];
  if (intro?.kind !== 'paragraph' || intro.section !== item.section) return false;
  const lastSentence = intro.prose.split(/[.!?]\s+/).pop() ?? '';
  return ALTERNATIVES_INTRO.test(lastSentence) && !NAMES_YARDSTICKS.test(lastSentence);
}

/** A list item read as a candidate from a list outside the options, rejected and pros/cons sections. */
function listedOutsideOptions(document: AdrDocument, option: ConsideredOption): boolean {
  if (option.source !== 'list') return false;
  const block = document.blocks[option.block];
  const kind = block ? document.sections[block.section]?.effectiveKind : undefined;
  return kind !== 'options' && kind !== 'rejected' && kind !== 'proscons';
}

/** Rejected options need reasons: it proves the decision was made, not defaulted into. */
export const rejectedAlternativesReasoned: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'rejected-alternatives-reasoned',
    description: 'Require a stated reason for every option that was not chosen.',
    category: 'review',
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unknownChosen:
        'The decision does not say which option was chosen; write e.g. \'Chosen option: "{{example}}", because ...\' in the decision section.',
      noReason:
        'Option \'{{option}}\' was not chosen but no reason is given; add a con ("Bad, because ...") or say why it lost in the decision.',
    },
    rationale:
      'A design doc that lists rejected options with reasons is worth ten that do not: the reasons show the decision was made, not defaulted into, and stop the same alternative being proposed again.',
    review: {
      topic: 'Why the alternatives lost',
      question: 'Why did each alternative lose, and which one was chosen?',
      answeredBy: ['rejected', 'outcome'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Store uploaded contracts in object storage

## Considered Options

* S3-compatible object storage
* PostgreSQL large objects
* A shared NFS volume

## Decision Outcome

Chosen option: "S3-compatible object storage", because it holds 5 TB without a storage team.
`,
      correct: `---
status: proposed
---
# Store uploaded contracts in object storage

## Considered Options

* S3-compatible object storage
* PostgreSQL large objects
* A shared NFS volume

## Decision Outcome

Chosen option: "S3-compatible object storage", because it holds 5 TB without a storage team.

## Pros and Cons of the Options

### PostgreSQL large objects

* Bad, because nightly backups would grow by 400 GB a year.

### A shared NFS volume

* Bad, because one NFS server is a single point of failure for every upload.
`,
      howToFix:
        'Say which option was chosen (e.g. `Chosen option: "...", because ...`) and give each option that lost at least one reason: a "Bad, because ..." line under its pros and cons, or a sentence in the decision saying why it was turned down. A decision that turns one way down in passing ("use named exports instead of default exports") owes it a reason too: a "because ..." in the same sentence, or a context that explains it. So do ways the decision offers and passes over ("We could use LaunchDarkly or Unleash, but we will build our own", "We chose RabbitMQ over Kafka and NATS"): say why in the same sentence or the next ("Both charge per seat ...").',
      whenNotToUse:
        'Keep it on for decisions under review. Records whose alternatives are described only in free prose with no stated choice are not asked about, so the rule rarely needs switching off; for imported history use the `legacy` preset.',
    },
  },
  check({ document, report }) {
    if (document.options.length < 2) return;
    const chosen = document.chosen;
    if (!chosen) {
      // Options read from running prose are a guess; asking which one won would be guessing too. So
      // are the items of a list outside the options sections: "These settings let users choose:"
      // or "The service offers methods that:" lists what a design provides, not what competed with it.
      const structured = document.options.filter(
        (o) => isListedOption(o) && !listedOutsideOptions(document, o),
      );
      if (structured.length < 2) return;
      report({
        messageId: 'unknownChosen',
        span: anchorFor(document, ['outcome', 'options']),
        data: { example: document.options[0]?.name ?? 'Option 1' },
      });
      return;
    }
    // With one alternative, the reason given for the choice is the reason the other lost; with
    // more, a reason that ranks the choice above the rest covers them all.
    if (document.options.length === 2 && choiceIsJustified(document, JUSTIFICATION)) return;
    if (choiceIsJustified(document, COMPARATIVE)) return;
    document.options.forEach((option, index) => {
      // Each part of a combined choice ("Option 1 + Option 4") was chosen, not turned down.
      if (index === chosen.option || chosen.also?.includes(index) || option.source === 'outcome') return;
      if (guessedCandidate(document, option)) return;
      // Alternatives found in running prose are too uncertain to accuse, unless their section is plainly silent.
      if (
        option.source === 'prose'
          ? unreasonedProseAlternative(document, option) ||
            unreasonedTurnedAway(document, option) ||
            unreasonedPassedOver(document, option) ||
            unreasonedVerdictLine(document, option) ||
            unreasonedAlsoConsidered(document, option)
          : !hasStatedReason(document, option)
      ) {
        report({ messageId: 'noReason', span: option.span, data: { option: option.name } });
      }
    });
  },
};
