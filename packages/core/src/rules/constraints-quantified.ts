import type { DocumentRule } from '../engine/types.js';
import type { AdrDocument, Block, SectionKind } from '../model.js';
import { allMatches } from '../text/regexp.js';
import { anchorFor } from './anchors.js';

/** Sections that state the forces a decision is made under. */
const CONTEXT_KINDS: ReadonlySet<SectionKind> = new Set(['context', 'constraints', 'drivers']);

// A quantity is a number with a unit that measures something: a duration, a size, a rate, money,
// a percentage, or a count of things (users, requests, pods, engineers). A bare number, a version,
// a year, an ADR or issue number is not a quantity.
const APPROX =
  '(?:~\\s?|≈\\s?|about |around |approx(?:imately|\\.)? |roughly |nearly |almost |over |under |up to |at least |at most |more than |less than |fewer than |below |above |exceeds? |<\\s?|>\\s?|≤\\s?|≥\\s?)';
const NUMBER =
  '[$€£]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?(?:k|m|bn|million|billion|thousand|hundred))?';
const TIME =
  '(?:ms|milliseconds?|µs|microseconds?|ns|nanoseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|quarters?|sprints?)';
const SIZE = '(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?)';
const RATE =
  '(?:\\/\\s?(?:s|sec|second|min|minute|h|hour|day|week|month|year)\\b|per (?:second|minute|hour|day|week|month|year|user|request)|rps|qps|tps|(?:req|ops)\\/s(?:ec)?|rpm)';
const CURRENCY = '(?:usd|eur|gbp|dollars?|euros?|pounds?)';
const COUNTED =
  '(?:users?|customers?|tenants?|visitors?|clients?|requests?|quer(?:y|ies)|transactions?|txs?|messages?|events?|records?|rows?|documents?|items?|files?|objects?|entries|nodes?|servers?|instances?|machines?|hosts?|vms?|pods?|containers?|clusters?|regions?|zones?|services?|microservices?|modules?|repositories|repos?|apps?|applications?|teams?|engineers?|developers?|devs?|people|persons?|members?|ftes?|staff|partners?|accounts?|connections?|devices?|sites?|pages?|endpoints?|apis?|tables?|databases?|streams?|topics?|partitions?|subscribers?|consumers?|validators?|peers?|blocks?|calls?|jobs?|builds?|deployments?|releases?|tests?|images?|domains?|certificates?|licen[cs]es?|seats?|downloads?|installs?|organi[sz]ations?|projects?|products?|orders?|payments?|writes?|reads?|lines?|commits?|tickets?|issues?|incidents?|alerts?|cores?|cpus?|vcpus?|threads?|articles?|posts?|emails?|notifications?|photos?|videos?|sessions?|stores?|shops?|merchants?|vehicles?|sensors?|students?|patients?|employees?|invoices?|shipments?|parcels?|bookings?|listings?|skus?)';
/** Words that open a deadline: "by 2026-09-01", "before the end of March". */
const DEADLINE_LEAD = 'by|before|until|no later than';
/** An end of support, life or contract, before its date. */
const SUPPORT_ENDS =
  '(?:(?:loses (?:[\\w-]+ ){0,2}support|expires?|expired|ends|runs out|reaches end[- ]of[- ](?:life|support)|end[- ]of[- ](?:life|support)(?: is)?|eol(?: is)?)(?: on| in| at)?:?)';
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** Words that cannot sit between a number and the thing it counts ("1 for block" counts nothing). */
const GLUE =
  '(?:for|of|the|a|an|to|in|on|at|by|and|or|that|which|is|are|was|be|with|from|as|per|each|every|this|these|those|it|its|we|our)';

/**
 * A rate of a thing the list above does not name: "40k readings/second", "300 renders per minute",
 * "40 inconsistencies a day". "3 times a day" is how often something runs, not a load.
 */
const NAMED_RATE = `\\s(?!(?:${GLUE}|times)\\s)\\p{L}[\\w-]*\\s?(?:(?:\\/\\s?|per\\s)(?:s|sec|second|min|minute|h|hour|day|week|month)|(?:a|an|each|every)\\s(?:second|minute|hour|day|night|week|month|year))\\b`;

// A count may be a compound adjective: "a 90k-row dump", "a 3-node cluster".
// A hyphen may come before the number only as the upper bound of a range ("10-20 req/s"), never
// inside a date ("2022-03-02 Performance Tests") or a name ("ADR-59").
// The word capture inside `{0,2}` changes no match: it stops V8 from unrolling the loop into three
// copies of the count branch, which made compiling this pattern (on a lint's first block with a
// digit) take about three times as long.
const QUANTITY = new RegExp(
  `(?<![\\w./#:])(?<!(?<!(?:^|[\\s(~])\\d[\\d,.]*)-)(?<approx>${APPROX})?(?<number>${NUMBER})(?:(?<measure>(?:\\s?-\\s?|\\s)?(?:${TIME}|${SIZE}|${RATE}|${CURRENCY}|%|percent)\\b|${NAMED_RATE})|(?<count>(?:-|\\s(?:(?!${GLUE}\\s)(?<leadingWord>[\\w-]+)\\s){0,2})${COUNTED}\\b))` +
    // "$8k", "€1.8M", "31%", and precision named by its unit: "microsecond resolution", "sub-millisecond".
    '|[$€£]\\s?\\d[\\d,.]*|\\d+(?:\\.\\d+)?\\s?(?:%|percent)|\\b(?:sub-?)?(?:nano|micro|milli)second (?:resolution|precision|granularity|accuracy|latency)\\b|\\bsub-?(?:milli|micro)second\\b' +
    // A deadline: "by 2026-09-01", "before Q3 2025", "no later than March 2026", "a deadline in Q3 2026",
    // "launch is planned for 2026-09-01", and the end of support or of a contract: "loses vendor
    // support on 2026-06-30", "the licence expires in March 2027", "end of life is 2026-06-30".
    `|\\b(?:${DEADLINE_LEAD}|${SUPPORT_ENDS}|deadline(?: of| is| in| on)?:?|(?:due|planned|scheduled|launch(?:es|ing)?|go(?:es)?[- ]live|ships?|shipping) (?:for|on|in|by))\\s+(?:the end of\\s+)?(?:\\d{4}-\\d{2}(?:-\\d{2})?\\b|Q[1-4]\\s?\\d{4}\\b|(?:${MONTH})\\s+\\d{4}\\b)`,
  'giu',
);

// Numbers written as words, kept to what plainly sizes a force, so "the two options" or "three
// modules" stay prose: the size of a team ("a team of three engineers", "we have a dozen
// developers"), money ("five thousand euros"), large counts ("ten thousand users"), growth ("10x
// growth") and deadlines without a year ("by the end of March", "before the end of the quarter").
// A separate, smaller pattern, tried only when no figure was found, so the common case does not pay
// for compiling it.
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const WORD_NUMBER = `(?:${NUMBER_WORDS}|a dozen|a hundred|one hundred|a thousand|one thousand|a million)`;
const MAGNITUDE = '(?:hundred|thousand|million|billion)';
const PEOPLE =
  '(?:engineers?|developers?|devs|people|persons|team members|ftes?|staff|contractors|testers|designers|operators|sres|maintainers)';
const FORCE_LABEL =
  '(?:users|customers|tenants|visitors|requests|rps|qps|tps|throughput|load|traffic|peak|budget|team(?: size)?|headcount|engineers|developers|data(?: size| volume)?|storage|latency|p9\\d|volume|events|messages|writes|reads|records|deadline|availability|uptime|sla|slo)';
/** What sizes a team, before its count: "a team of three engineers", "we have two developers". "When two developers..." tells a story. */
const SIZED_BY =
  '(?:^|[.!?:;]\\s+|\\b(?:team of|teams? (?:is|are|has|have)|we (?:have|are)|there (?:is|are)|only|just|of|with|has|have|is|are|consists of|staffed by|employs?|by)\\s)';
/** Plurals a bound in words does not size a force with: "at most two options", "two versions", "three times". */
const NOT_BOUNDED =
  '(?:options|alternatives|approaches|choices|versions|variants|ways|reasons|steps|times|things|kinds|types|levels|layers|words|characters|letters|lines|arguments|parameters|nesting|sentences|paragraphs|pages|sections)';
const WORD_QUANTITY = new RegExp(
  `${SIZED_BY}${WORD_NUMBER}(?:[ -]${MAGNITUDE})?\\s(?:(?:full-time|part-time|senior|junior|backend|back-end|frontend|front-end|experienced|dedicated|in-house)\\s)?${PEOPLE}\\b` +
    `|\\b${WORD_NUMBER}(?:[ -]${MAGNITUDE})?\\s${CURRENCY}\\b|\\b(?:${WORD_NUMBER}[ -]${MAGNITUDE}|an? (?:thousand|million|billion))\\s${COUNTED}\\b` +
    // A bound on things, whatever they are: "at most, three individuals can register", "up to five devices".
    `|\\b(?:at most|up to|no more than|(?:a|the) maximum of|limited to|capped at),?\\s${WORD_NUMBER}\\s(?:(?!${NOT_BOUNDED}\\b)[a-z-]+\\s)?(?!${NOT_BOUNDED}\\b)[a-z]{3,}s\\b` +
    // Data sizes in words: "half a terabyte", "two petabytes".
    `|\\b(?:half an?|${WORD_NUMBER}(?:[ -]${MAGNITUDE})?) (?:kilo|mega|giga|tera|peta)bytes?\\b` +
    '|\\b\\d+(?:\\.\\d+)?\\s?x (?:growth|more|increase)\\b' +
    // A team sized in its name: "a 3-person team", "a two-developer team".
    `|\\b(?:\\d+|${WORD_NUMBER})[- ](?:person|people|engineer|developer|member)\\s+(?:[\\w-]+\\s+)?teams?\\b` +
    `|\\b(?:${DEADLINE_LEAD})\\s(?:the\\s)?(?:end|middle|start|beginning)\\sof\\s(?:(?:${MONTH})\\b|Q[1-4]\\b|(?:the|this|next) (?:month|quarter|year|sprint)\\b)` +
    // A table row whose first cell names a force and whose next cell is a figure: "Availability
    // target | 99.9", "Peak write volume | 2,000", "Availability target SLO | 99.9". Both are whole
    // cells of a few words, so "on no messages | 2.14.0" (a version) is no quantity.
    `|(?:^|\\|)\\s*(?:[\\w-]+ ){0,2}${FORCE_LABEL}(?: [\\w()-]+){0,2}\\s*\\|\\s*(?:~\\s?|about |around |roughly )?[$€£]?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[%\\w/]+)?\\s*(?:\\||$)` +
    // A figure under a label that names a force: "- Users: 40,000", "RPS: 2000", "Team size: four".
    `|\\b${FORCE_LABEL}\\s?[:=]\\s?(?:~\\s?|about |around |roughly )?(?:[$€£]?\\d[\\d,.]*|${WORD_NUMBER}\\b)`,
  'iu',
);

const MAY_HOLD_QUANTITY = /\d|second/i;
/** Whether a text may hold a WORD_QUANTITY: a number word, a part of a period, an "x" after a digit, a labelled figure. */
const MAY_HOLD_WORD_QUANTITY = new RegExp(
  `\\b(?:${NUMBER_WORDS}|dozen|hundred|thousand|million|billion|half|end|middle|start|beginning)\\b|\\dx\\b|\\d\\s?x |[:=|]\\s?\\S{0,8}\\d|\\d[- ](?:person|people|engineer|developer|member)`,
  'i',
);

const YEAR = /^(?:19|20)\d\d$/;
/** A count: "40", "2,000", "40k", and a fraction with a multiplier ("1.2k", "2.5 million"). */
const WHOLE_NUMBER =
  /^(?:\d[\d,]*|\d+\.\d+(?=\s?[kmb]))(?:\s?(?:k|m|bn|million|billion|thousand|hundred))?$/i;
/** What a number identifies rather than measures: "ADR 12", "version 2", "Java 17", "issue 4". */
const IDENTIFIER_BEFORE =
  /\b(?:adrs?|rfcs?|issues?|pr|option|phase|step|stage|version|v|section|chapter|figure|table|item|point|level|tier|java|python|node\.?js|http|go|ruby|php|rails|django|postgres(?:ql)?|mysql|redis|kafka|elasticsearch|ipv)\s?$/i;
/** A period that describes history or a polling interval, not a constraint: "every 5 minutes", "for the past 2 years". */
const NOT_A_FORCE_BEFORE = /\b(?:every|each|past|last)\s+$/i;
const HISTORY = /\b(?:has|have|had)\s+been\b/i;
/**
 * Numbers in an example illustrate; they do not constrain. Not "e.g.": in ADRs it mostly brings in
 * the real case behind a force ("long lived (e.g. the build server has an uptime of 79 days)").
 */
const EXAMPLE = /\b(?:for example|for instance|an example|example of)\b/i;
/**
 * A bound the design must meet, which stays a constraint when given as an example ("As an example,
 * the broker has a 256 KB upper limit", "e.g. a list of up to 200 genes").
 */
const LIMIT_BEFORE = /\b(?:up to|at most|no more than|(?:a |the )?maximum of|max\.?)\s*$/i;
const LIMIT_AFTER = /^[^.;:!?]{0,20}?\b(?:(?:upper |hard |size |rate )?limits?|cap|quota|ceiling|maximum)\b/i;
/** An open quotation or brace before a figure: the figure is a sample to fill in. */
const INSIDE_QUOTE_OR_BRACE = /(?:^[^"]*"(?:[^"]*"[^"]*")*[^"]*|[\u201c{][^\u201d}]*)$/;
/**
 * A count bounded by a limit, of things the list of counted nouns does not name: "a list of up to
 * 200 previously viewed genes", "limited to 2083 characters". A bare "up to 70 characters" is as
 * often a house convention (the length of a title) as a force, and does not count.
 */
const BOUNDED_COUNT =
  /\b(?:(?:list|set|collection|history|queue|batch|backlog|cache|pool) of (?:up to|at most|no more than)|limited to|(?:a|the) (?:limit|maximum|cap) of)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}s\b/gi;

/**
 * A large count of things the list of counted nouns does not name: "a per_page limit of 5000 results",
 * "the largest organisation has 150 roles", "collections carry 100k+ reviews". Three digits, a
 * thousands comma or a "k" make it a size, not a step or an option number; a leading zero makes it
 * a record's number ("036 reduces"), and an HTTP status ("500 errors") is a code, not a count.
 */
const LARGE_COUNT =
  /(?<![\w./#:-])([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{2,}|[1-9]\d*(?:\.\d+)?k)\+?\s([a-z]{3,}(?<!ward)s)\b(?!\s?(?:of|per)\b)/gi;
const CODE_NOUNS = /^(?:errors|responses|codes|statuses|redirects)$/i;

/**
 * The part of the sentence before `index`, at most 300 characters back so long paragraphs stay
 * linear: a sentence ends at ". " before a capital letter, not at "e.g. a".
 */
function sentenceBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 300), index);
  const ends = allMatches(window, /[.!?]\s+(?=[A-Z])/g);
  const last = ends[ends.length - 1];
  return last ? window.slice((last.index ?? 0) + last[0].length) : window;
}

/** The first real quantity in a text, or null. */
export function findQuantity(text: string): string | null {
  const figure = findFigure(text);
  if (figure !== null || !MAY_HOLD_WORD_QUANTITY.test(text)) return figure;
  const match = WORD_QUANTITY.exec(text);
  return match && !EXAMPLE.test(sentenceBefore(text, match.index)) ? match[0] : null;
}

/** The first quantity written with digits. */
function findFigure(text: string): string | null {
  // Every quantity holds a digit except "sub-millisecond"-style precision, which holds "second".
  // Most prose blocks have neither, and testing that first spares them the large pattern.
  if (!MAY_HOLD_QUANTITY.test(text)) return null;
  for (const match of allMatches(text, QUANTITY)) {
    const groups = match.groups ?? {};
    const written = (groups.number ?? '').replace(/[$€£]/g, '');
    const number = written.replace(/,/g, '');
    const index = match.index ?? 0;
    const before = text.slice(Math.max(0, index - 12), index);
    const sentence = sentenceBefore(text, index);
    if (EXAMPLE.test(sentence) && !isLimit(text, index, match[0], groups.approx)) continue;
    // A year-like figure is a year ("in 2021 teams moved", "DSP 2025 endpoints") unless a unit follows
    // it ("2000 rps"); written with a thousands comma ("2,000 users") it is never a year.
    if (YEAR.test(written) && !groups.approx && !groups.measure) continue;
    // "100%" is emphasis more often than a measurement ("100% API coverage"); "10s of streams" means tens.
    if (/^100\s?(?:%|percent)$/i.test(match[0].trim())) continue;
    if (/^\d+s$/.test(match[0].trim()) && /^\s+of\b/.test(text.slice(index + match[0].length))) continue;
    if (IDENTIFIER_BEFORE.test(before) || /#\s?$/.test(before)) continue;
    // Counts are whole numbers of two or more: "0.39 release" is a version, "1 message" an example.
    if (groups.count && (!WHOLE_NUMBER.test(number) || Number(number) < 2)) continue;
    if (groups.measure) {
      if (NOT_A_FORCE_BEFORE.test(sentence) || HISTORY.test(sentence)) continue;
      if (/^\s*ago\b/i.test(text.slice(index + match[0].length, index + match[0].length + 5))) continue;
    }
    return match[0];
  }
  return findBoundedCount(text) ?? findLargeCount(text);
}

/** Whether the figure at `index` is stated as a limit: "up to 10 MB", "a 256 KB upper limit". */
function isLimit(text: string, index: number, figure: string, approx: string | undefined): boolean {
  // A template's sample answer, quoted or in braces ('e.g. "up to 10,000 users"'), constrains nothing.
  if (INSIDE_QUOTE_OR_BRACE.test(sentenceBefore(text, index))) return false;
  if (approx && LIMIT_BEFORE.test(approx.trimEnd())) return true;
  if (LIMIT_BEFORE.test(text.slice(Math.max(0, index - 20), index))) return true;
  return LIMIT_AFTER.test(text.slice(index + figure.length, index + figure.length + 40));
}

/** The first count bounded by a limit, "up to 200 previously viewed genes"; years are no count. */
function findBoundedCount(text: string): string | null {
  for (const match of allMatches(text, BOUNDED_COUNT)) {
    if (INSIDE_QUOTE_OR_BRACE.test(sentenceBefore(text, match.index ?? 0))) continue;
    const number = (match[1] ?? '').replace(/,/g, '');
    if (Number(number) < 2 || (YEAR.test(number) && !(match[1] ?? '').includes(','))) continue;
    return match[0];
  }
  return null;
}

/** The first large count of things outside the counted nouns: "5000 results", "100k+ reviews". */
function findLargeCount(text: string): string | null {
  for (const match of allMatches(text, LARGE_COUNT)) {
    const written = match[1] ?? '';
    const index = match.index ?? 0;
    if (YEAR.test(written) || CODE_NOUNS.test(match[2] ?? '')) continue;
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, index - 12), index))) continue;
    const sentence = sentenceBefore(text, index);
    if (EXAMPLE.test(sentence) || INSIDE_QUOTE_OR_BRACE.test(sentence)) continue;
    return match[0];
  }
  return null;
}

/** The four forces of the source material, each with the words that show a record discusses it. */
const FORCES: { name: string; words: RegExp }[] = [
  {
    name: 'money',
    words:
      /\b(?:budget|costs?|costly|price|pricing|spend|licen[cs](?:e|es|ing)|fees?|expensive|cheap|billing|money)\b/i,
  },
  {
    name: 'time to market',
    words:
      /\b(?:deadline|time to market|launch|go-live|timeline|schedule|asap|urgent(?:ly)?|due date|by the end of)\b/i,
  },
  {
    name: 'traffic',
    words:
      /\b(?:traffic|load|throughput|requests|users|scale|scaling|volume|latency|peak|concurrent|data size)\b/i,
  },
  {
    name: 'team',
    words:
      /\b(?:team|engineers|developers|skills?|experience|expertise|familiar(?:ity)?|hiring|headcount|staff)\b/i,
  },
];

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Which forces the context talks about without a number, and which it leaves out: the finding names both. */
function describeForces(text: string): string {
  const mentioned = FORCES.filter((force) => force.words.test(text)).map((force) => force.name);
  const missing = FORCES.map((force) => force.name).filter((name) => !mentioned.includes(name));
  if (mentioned.length === 0) return `none of ${joinNames(missing)} is stated`;
  const verb = mentioned.length === 1 ? 'is' : 'are';
  if (missing.length === 0) return `${joinNames(mentioned)} ${verb} mentioned, all without a number`;
  return `${joinNames(mentioned)} ${verb} mentioned without a number; ${joinNames(missing)} not at all`;
}

/** The blocks that state the record's forces: its context, constraints and drivers, else the whole record. */
function contextBlocks(document: AdrDocument): Block[] {
  const hasContext = document.sections.some((section) => section.kind && CONTEXT_KINDS.has(section.kind));
  return document.blocks.filter((block) => {
    if (block.quoted || block.kind === 'code' || block.kind === 'html') return false;
    if (!hasContext) return true;
    const kind = document.sections[block.section]?.effectiveKind;
    return kind !== undefined && kind !== null && CONTEXT_KINDS.has(kind);
  });
}

/** "Write them down with real numbers, not vibes." */
export const constraintsQuantified: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'constraints-quantified',
    description:
      'Require the context or constraints to state at least one real number: users, load, data size, budget, deadline or team size.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      noNumbers:
        'The context states no real number ({{forces}}); write the constraints down with numbers, not vibes, e.g. "about 2,000 requests/s at peak", "a budget of $3k a month", "live by 2025-06-30", "a team of 4 engineers".',
    },
    rationale:
      'Design is decision-making under constraints, and "high traffic", "tight budget" or "small team" cannot be checked or revisited. Money, time to market, traffic and team skill are the four forces; at least one of them should come with a number.',
    review: {
      topic: 'Forces in numbers',
      question: 'What are the numbers: the budget, the deadline, the load, the size and skills of the team?',
      answeredBy: ['constraints', 'context', 'drivers'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Cache product prices at the edge

## Context

Traffic is high and the price service is slow. The team is small and the budget is tight.

## Decision

We cache product prices in the CDN for a short time.
`,
      correct: `---
status: proposed
---
# Cache product prices at the edge

## Context

The price service answers about 2,000 requests/s at peak with a p99 of 900 ms. Three engineers maintain it, and the hosting budget is $4,000 a month.

## Decision

We cache product prices in the CDN for a short time.
`,
      howToFix:
        'Put at least one real number into the context, constraints or decision drivers: load ("2,000 requests/s at peak"), data size, money ("$4,000 a month"), a deadline ("live by 2026-03-31") or the team ("three engineers"). Version numbers, years and references to other records do not count.',
      whenNotToUse:
        'Decisions that turn on no quantity (a licence choice, a coding convention) can suppress it with an inline comment; it is a warning in the presets for that reason.',
    },
  },
  check({ document, report }) {
    const blocks = contextBlocks(document);
    if (blocks.some((block) => findQuantity(block.prose) !== null)) return;
    const text = blocks.map((block) => block.prose).join('\n');
    report({
      messageId: 'noNumbers',
      span: anchorFor(document, ['context', 'constraints', 'drivers']),
      data: { forces: describeForces(text) },
    });
  },
};
