// The four forces a design is made under (money, time to market, traffic, team skill), each
// stated with a real number in the record's context, constraints or drivers: "write them down
// with real numbers, not vibes".
import type { AdrDocument, SectionKind } from '../model.js';
import { proseSentences, type Sentence } from '../text/sentences.js';

export type ForceId = 'money' | 'time' | 'traffic' | 'team';

export interface Force {
  id: ForceId;
  topic: string;
  /** What to ask in the room when the record gives no number for the force. */
  question: string;
  /**
   * Patterns of a sentence that states the force with a number, best first: the pack quotes a
   * sentence matching an earlier pattern ("€9,000 a month") over a later one ("31% of revenue").
   */
  patterns: readonly ((sentence: string) => boolean)[];
}

const HAS_DIGIT = /\d/;

const CURRENCY_AMOUNT =
  /(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:k|m|bn)?\s?(?:usd|eur|gbp|chf|dollars?|euros?|pounds?)\b)/i;
const MONEY_WORD =
  /\b(?:budget|cost(?:s|ing)?|spend(?:ing)?|price[ds]?|pricing|licen[cs](?:e|es|ing) (?:fees?|costs?)|fees?|invoice[ds]?|bill(?:ed|ing)?|per (?:seat|user|month|year)|monthly|annual(?:ly)?|revenue|contract value|tco|capex|opex)\b/i;
/** What the record may spend, as opposed to money it merely mentions. */
const BUDGET_WORD =
  /\b(?:budget(?:ed)?|approved|allowance|cap(?:ped)?|limit|at most|up to|no more than|under|spend)\b/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WHEN = `(?:\\d{4}-\\d{2}(?:-\\d{2})?|Q[1-4]\\s*\\d{4}|${MONTH}\\.?\\s+\\d{4}|\\d+\\s*(?:days?|weeks?|months?|sprints?|quarters?))`;
/** A date or a span of time tied to a deadline: "by 2026-09-01", "launch in 6 weeks", "before Q3 2026". */
const DEADLINE = new RegExp(
  `\\b(?:by|before|until|no later than|due|deadline\\W+(?:is\\s+)?|in time for|within|(?:launch|ship|release|go[- ]live|live|deliver|ready|done|sign)\\w*\\s+(?:by|before|in|on|within))\\s+(?:the\\s+)?(?:end of\\s+)?${WHEN}`,
  'i',
);
const SCHEDULE_WORD = /\b(?:deadlines?|time to market|launch date|release date|go[- ]live|milestones?)\b/i;

const LOAD_AMOUNT =
  /\d[\d,.]*\s?(?:k|m|million|billion|thousand|hundred)?\s?(?:\/\s?(?:s|sec|second|min|minute|h|hour|day)\b|(?:req(?:uest)?s?|rps|qps|tps|users?|tenants?|customers?|visitors?|sessions?|orders?|messages?|events?|writes?|reads?|transactions?|calls?|queries|[kmgtp]i?b\b|bytes|rows?|records?|documents?|files?|jobs?|builds?|e-?mails?|connections?|devices?|accounts?|page ?views?|downloads?|uploads?|invoices?|payments?)\b)/i;
/** "3,000 a second", but not "€900 a day". */
const LOAD_RATE =
  /(?<![$€£¥][\d,.]*)\b\d[\d,.]*\s?(?:k|m)?\s?(?:per|a|an|each)\s+(?:second|minute|hour|day)\b/i;

const TEAM_AMOUNT =
  /(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen))\s+(?:\w+\s+)?(?:engineers?|developers?|devs|people|persons?|team members|members|ftes?|sres?|operators?|admins?|administrators?|staff|contractors?|specialists?|experts?)\b|\bteam of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b\d+\s+(?:years?|months?) of (?:\w+\s+)?experience\b/i;

export const FORCES: readonly Force[] = [
  {
    id: 'money',
    topic: 'Money',
    question: 'What may it cost: what is the budget, per month or in total?',
    patterns: [
      (s) => CURRENCY_AMOUNT.test(s) && BUDGET_WORD.test(s),
      (s) => CURRENCY_AMOUNT.test(s),
      (s) => MONEY_WORD.test(s) && HAS_DIGIT.test(s),
    ],
  },
  {
    id: 'time',
    topic: 'Time to market',
    question: 'By when must it be live, and what happens if that date slips?',
    patterns: [(s) => DEADLINE.test(s), (s) => SCHEDULE_WORD.test(s) && HAS_DIGIT.test(s)],
  },
  {
    id: 'traffic',
    topic: 'Traffic',
    question: 'What load must it carry (users, requests per second, data size), today and in a year?',
    patterns: [(s) => LOAD_RATE.test(s) || LOAD_AMOUNT.test(s)],
  },
  {
    id: 'team',
    topic: 'Team skill',
    question: 'Who builds and runs it: how many engineers, and do they know this technology?',
    patterns: [(s) => TEAM_AMOUNT.test(s)],
  },
];

/** Where forces are stated: the problem, not the options or the outcome. */
const FORCE_SECTIONS: ReadonlySet<SectionKind> = new Set(['context', 'constraints', 'drivers']);

/** For each force, the first sentence of the context, constraints or drivers that states it with a number. */
export function statedForces(document: AdrDocument): Map<ForceId, Sentence | null> {
  const sentences = proseSentences(document).filter((s) => {
    const kind = document.sections[s.block.section]?.effectiveKind;
    return kind != null && FORCE_SECTIONS.has(kind);
  });
  const found = new Map<ForceId, Sentence | null>();
  for (const force of FORCES) {
    let best: Sentence | null = null;
    for (const states of force.patterns) {
      best = sentences.find((s) => states(s.text)) ?? null;
      if (best) break;
    }
    found.set(force.id, best);
  }
  return found;
}
