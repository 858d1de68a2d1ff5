// The review questions for one record, each answered (with the record's own words and where they
// stand) or open (with the question to ask in the room). Rule-backed questions take their wording
// from the rule's `meta.review` and their verdict from the rule's findings, so a new review rule
// joins the checklist by being registered. Questions no single rule asks (the four forces, who
// operates it, cost at 10x, evidence) are read from the document model here.

import type { Finding, Rule } from '../engine/types.js';
import { EMPTY_ANSWER } from '../language.js';
import type { AdrDocument, Block, MetadataField, SectionKind, Span } from '../model.js';
import { sectionProse } from '../rules/anchors.js';
import { escapeRegExp } from '../text/regexp.js';
import { proseSentences, type Sentence } from '../text/sentences.js';
import { FORCES, statedForces } from './forces.js';
import type { ChecklistItem, Quote } from './types.js';

/** Longest quote the pack shows; longer text is cut at a word boundary. */
const QUOTE_LIMIT = 220;

export function clip(text: string, limit = QUOTE_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function quoteAt(text: string, span: Span): Quote {
  return { text: clip(text), line: span.line, column: span.column };
}

/**
 * A sentence's own line and column inside its block: a paragraph spans several lines, and the
 * pack should point at the line the sentence starts on. Its first words are looked up in the
 * block's source, allowing for line breaks between them; markup in between makes the lookup
 * miss, and then the block's start is good enough.
 */
function quoteSentence(document: AdrDocument, sentence: Sentence): Quote {
  const { block } = sentence;
  const words = sentence.text.split(/\s+/).slice(0, 4).map(escapeRegExp);
  const source = document.text.slice(block.span.offset, block.span.endOffset);
  const at = new RegExp(words.join('\\s+')).exec(source)?.index ?? -1;
  if (at <= 0) return quoteAt(sentence.text, block.span);
  const before = source.slice(0, at);
  const breaks = before.split('\n').length - 1;
  const column = breaks === 0 ? block.span.column + at : at - before.lastIndexOf('\n');
  return { text: clip(sentence.text), line: block.span.line + breaks, column };
}

/** A block in the record's own words, code spans included. */
function quoteBlock(block: Block): Quote {
  return quoteAt(block.text, block.span);
}

function quoteField(field: MetadataField): Quote {
  return quoteAt(`${field.key}: ${field.text}`, field.span);
}

/** The first blocks with something to say in the first section of the given kinds that has any. */
function sectionQuotes(document: AdrDocument, kinds: readonly SectionKind[], limit = 1): Quote[] {
  for (const kind of kinds) {
    for (const section of document.sections.filter((s) => s.kind === kind)) {
      const blocks = sectionProse(document, section).filter(
        (b) => b.rowIndex !== 0 && !EMPTY_ANSWER.test(b.prose),
      );
      if (blocks.length > 0) return blocks.slice(0, limit).map(quoteBlock);
    }
  }
  return [];
}

const chosenOption = (document: AdrDocument) =>
  document.chosen && document.chosen.option >= 0 ? document.options[document.chosen.option] : undefined;

/**
 * Better quotes than "the first block of the section" for rules whose answer is spread over
 * the model (option names, the chosen option's cons, metadata fields).
 */
const RULE_ANSWERS: Record<string, (document: AdrDocument) => Quote[]> = {
  'options-min-two': (document) => document.options.slice(0, 6).map((o) => quoteAt(o.name, o.span)),
  'tradeoffs-named': (document) => {
    const cons = chosenOption(document)?.arguments.filter((a) => a.polarity === 'bad') ?? [];
    const bad = document.consequences.filter((c) => c.polarity === 'bad');
    return [...cons, ...bad].slice(0, 2).map((a) => quoteAt(a.text, a.span));
  },
  'rejected-alternatives-reasoned': (document) => {
    const quotes: Quote[] = [];
    document.options.forEach((option, index) => {
      if (index === document.chosen?.option) return;
      const con = option.arguments.find((a) => a.polarity === 'bad');
      if (con) quotes.push(quoteAt(`${option.name}: ${con.text}`, con.span));
    });
    return quotes.length > 0 ? quotes.slice(0, 4) : sectionQuotes(document, ['rejected', 'outcome']);
  },
  'failure-story': (document) => sectionQuotes(document, ['failure'], 2),
  'reversibility-stated': (document) => {
    const field = document.metadata.reversibility;
    return [...(field ? [quoteField(field)] : []), ...sectionQuotes(document, ['reversibility'])];
  },
  'revisit-triggers': (document) => {
    const fields = [document.metadata['revisit-by'], document.metadata['revisit-when']].filter(
      (f): f is MetadataField => f !== undefined,
    );
    return [...fields.map(quoteField), ...sectionQuotes(document, ['revisit'], 3)].slice(0, 4);
  },
  'revisit-overdue': (document) => {
    const field = document.metadata['revisit-by'];
    return field ? [quoteField(field)] : [];
  },
};

/** A question the pack asks from the document model, not from one rule. */
interface ModelQuestion {
  id: string;
  topic: string;
  question: string;
  /** Rules that ask the same thing: their findings make the question open, and they get no item of their own. */
  covers: readonly string[];
  /** A covering rule whose `meta.review` words the question, when that rule is registered. */
  wordedBy?: string;
  answer(document: AdrDocument): Quote[];
}

/** "10x", "tenfold", "ten times the load", "an order of magnitude". */
const GROWTH_MULTIPLE =
  /(?:\b\d+(?:[.,]\d+)?\s?[x×](?![a-z0-9])|\b\d+[- ]?fold\b|\b(?:ten|hundred|thousand)[- ]?fold\b|\b(?:ten|a hundred|\d+) times (?:the|as much|as many|more|our|today|current)\b|\borders? of magnitude\b)/i;
const SCALE_SUBJECT =
  /(?:[$€£]|\b(?:costs?|price|spend|bill|budget|load|traffic|volume|users?|requests?|data|grow(?:s|th)?|scales?|scaled|scaling|capacity|tenants?|customers?|throughput|writes?|reads?|events?|messages?)\b)/i;

function ownerQuotes(document: AdrDocument): Quote[] {
  const owner = document.metadata.owner;
  return [...(owner ? [quoteField(owner)] : []), ...sectionQuotes(document, ['operations'])].slice(0, 2);
}

const forcesOf = new WeakMap<AdrDocument, ReturnType<typeof statedForces>>();

export const MODEL_QUESTIONS: readonly ModelQuestion[] = [
  ...FORCES.map(
    (force): ModelQuestion => ({
      id: `force-${force.id}`,
      topic: force.topic,
      question: force.question,
      covers: ['constraints-quantified'],
      answer(document) {
        let forces = forcesOf.get(document);
        if (!forces) {
          forces = statedForces(document);
          forcesOf.set(document, forces);
        }
        const sentence = forces.get(force.id);
        return sentence ? [quoteSentence(document, sentence)] : [];
      },
    }),
  ),
  {
    id: 'operations',
    topic: 'Operations owner',
    question: 'Who operates it, and who gets paged when it breaks at 3 a.m.?',
    covers: ['operations-owner'],
    wordedBy: 'operations-owner',
    answer: ownerQuotes,
  },
  {
    id: 'cost-at-10x',
    topic: 'Cost at 10×',
    question: 'What does it cost, and what breaks first, at ten times today’s load?',
    covers: [],
    answer(document) {
      const sentence = proseSentences(document).find(
        (s) => GROWTH_MULTIPLE.test(s.text) && SCALE_SUBJECT.test(s.text),
      );
      return sentence ? [quoteSentence(document, sentence)] : [];
    },
  },
  {
    id: 'evidence',
    topic: 'Evidence',
    question: 'What evidence backs it: a proof of concept, a benchmark, a prior incident?',
    covers: ['evidence-for-one-way'],
    wordedBy: 'evidence-for-one-way',
    answer: (document) => sectionQuotes(document, ['evidence'], 2),
  },
];

export interface ChecklistInput {
  document: AdrDocument;
  /** The review rules that ran for the checklist, in registry order. */
  rules: readonly Rule[];
  /** Their findings on this document, by rule id. */
  findingsByRule: ReadonlyMap<string, Finding[]>;
  /** Rules that did not read this record (it is not in English): their questions stay open. */
  skipped?: ReadonlySet<string>;
}

/** The checklist for one record: the review rules' questions, then the model's. */
export function buildChecklist({
  document,
  rules,
  findingsByRule,
  skipped = new Set(),
}: ChecklistInput): ChecklistItem[] {
  const covered = new Set(MODEL_QUESTIONS.flatMap((q) => q.covers));
  const items: ChecklistItem[] = [];
  for (const rule of rules) {
    const { meta } = rule;
    if (meta.category !== 'review' || covered.has(meta.id)) continue;
    const findings = findingsByRule.get(meta.id) ?? [];
    const locate = RULE_ANSWERS[meta.id];
    items.push({
      id: meta.id,
      topic: meta.review?.topic ?? meta.id,
      question: meta.review?.question ?? meta.description,
      status: findings.length > 0 || skipped.has(meta.id) ? 'open' : 'answered',
      quotes: locate ? locate(document) : sectionQuotes(document, meta.review?.answeredBy ?? []),
      findings,
    });
  }
  // A covering rule's findings open every question it covers but are listed once, under the first.
  const listed = new Set<string>();
  for (const question of MODEL_QUESTIONS) {
    const quotes = question.answer(document);
    const coveringFindings = question.covers.flatMap((id) => findingsByRule.get(id) ?? []);
    const findings = coveringFindings.filter((f) => !listed.has(f.ruleId));
    for (const finding of findings) listed.add(finding.ruleId);
    const wording = rules.find((r) => r.meta.id === question.wordedBy)?.meta.review;
    items.push({
      id: question.id,
      topic: wording?.topic ?? question.topic,
      question: wording?.question ?? question.question,
      status:
        quotes.length > 0 && coveringFindings.length === 0 && !question.covers.some((id) => skipped.has(id))
          ? 'answered'
          : 'open',
      quotes,
      findings,
    });
  }
  return items;
}
