import { describe, expect, it } from 'vitest';
import { GERMAN_NYGARD } from '../../test/other-languages.js';
import { ANSWERED, BARE } from '../../test/review-fixtures.js';
import type { DocumentRule, Rule } from '../engine/types.js';
import { parseAdr } from '../parser/parse.js';
import { allRules } from '../rules/index.js';
import { buildReviewPack } from './pack.js';
import type { ChecklistItem, ReviewedAdr } from './types.js';

const sources = [
  { path: 'docs/adr/0001-move-search.md', text: ANSWERED },
  { path: 'docs/adr/0002-use-kafka.md', text: BARE },
];

function item(adr: ReviewedAdr | undefined, id: string): ChecklistItem {
  const found = adr?.checklist.find((i) => i.id === id);
  if (!found) throw new Error(`no checklist item ${id}; have ${adr?.checklist.map((i) => i.id).join(', ')}`);
  return found;
}

describe('buildReviewPack', () => {
  const pack = buildReviewPack(sources, { today: '2026-07-01' }, allRules);
  const [answered, bare] = pack.adrs;

  it('describes each record: title, number, status, decision-makers, reversibility', () => {
    expect(answered).toMatchObject({
      path: 'docs/adr/0001-move-search.md',
      number: 1,
      title: 'Move product search to OpenSearch',
      status: 'proposed',
      decisionMakers: ['Ana Lima', 'Bo Chen'],
      reversibility: 'one-way',
      chosen: 'OpenSearch',
    });
    expect(bare).toMatchObject({ number: 2, status: 'Proposed', decisionMakers: [], reversibility: null });
    expect(pack.today).toBe('2026-07-01');
  });

  it('answers every question of a complete record, quoting the text and its line', () => {
    expect(answered?.checklist.filter((i) => i.status === 'open')).toEqual([]);
    expect(answered?.openCount).toBe(0);
    expect(item(answered, 'options-min-two').quotes.map((q) => [q.text, q.line])).toEqual([
      ['OpenSearch', 19],
      ['PostgreSQL full-text search', 20],
      ['Algolia', 21],
    ]);
    expect(item(answered, 'tradeoffs-named').quotes[0]).toMatchObject({
      text: 'Bad, because we run a three-node cluster ourselves.',
      line: 32,
    });
    expect(item(answered, 'rejected-alternatives-reasoned').quotes.map((q) => q.line)).toEqual([36, 40]);
    expect(item(answered, 'failure-story').quotes[0]?.line).toBe(49);
    expect(item(answered, 'reversibility-stated').quotes.map((q) => [q.text, q.line])).toEqual([
      ['reversibility: one-way', 5],
      ['One-way: the ranking model is trained on OpenSearch scores.', 53],
    ]);
    expect(item(answered, 'revisit-triggers').quotes.map((q) => q.line)).toEqual([6, 57]);
    expect(item(answered, 'force-money').quotes[0]).toMatchObject({
      text: 'The budget is €4,000 a month.',
      line: 15,
    });
    expect(item(answered, 'force-time').quotes[0]?.text).toBe(
      'We must ship by 2026-11-01, before the holiday sale.',
    );
    expect(item(answered, 'force-traffic').quotes[0]?.line).toBe(13);
    expect(item(answered, 'force-team').quotes[0]?.text).toBe(
      'The team is 3 engineers who know Elasticsearch.',
    );
    expect(item(answered, 'operations').quotes[0]).toMatchObject({ line: 4 });
    expect(item(answered, 'cost-at-10x').quotes[0]?.line).toBe(45);
    expect(item(answered, 'evidence').quotes[0]?.line).toBe(61);
  });

  it('leaves the questions of a bare record open, with the question to ask and the findings that say why', () => {
    const options = item(bare, 'options-min-two');
    expect(options.status).toBe('open');
    expect(options.question).toBe(
      allRules.find((r) => r.meta.id === 'options-min-two')?.meta.review?.question,
    );
    expect(options.findings.map((f) => f.messageId)).toEqual(['onlyOne']);
    for (const id of [
      'failure-story',
      'reversibility-stated',
      'revisit-triggers',
      'operations',
      'evidence',
    ]) {
      expect(item(bare, id).status, id).toBe('open');
      expect(item(bare, id).quotes, id).toEqual([]);
    }
    expect(bare?.openCount).toBe(bare?.checklist.filter((i) => i.status === 'open').length);
    expect(bare?.findings.map((f) => f.ruleId)).toContain('failure-story');
  });

  it('lists the options with pros and cons and marks the chosen one', () => {
    expect(answered?.options.map((o) => [o.name, o.chosen, o.pros.length, o.cons.length])).toEqual([
      ['OpenSearch', true, 1, 1],
      ['PostgreSQL full-text search', false, 0, 1],
      ['Algolia', false, 0, 1],
    ]);
    expect(answered?.options[2]?.cons[0]).toMatchObject({ line: 40 });
  });

  it('gives the one-way record more time than the bare one, back to back', () => {
    expect(pack.agenda.map((a) => a.adr)).toEqual([0, 1]);
    expect(pack.agenda[0]?.minutes).toBeGreaterThan(pack.agenda[1]?.minutes as number);
    expect(pack.agenda[1]?.start).toBe(pack.agenda[0]?.minutes);
    expect(pack.totalMinutes).toBe((pack.agenda[0]?.minutes ?? 0) + (pack.agenda[1]?.minutes ?? 0));
  });

  it('reviews the requested records in the requested order and fits a given meeting length', () => {
    const two = buildReviewPack(sources, {}, allRules, {
      select: (documents) => [...documents].reverse(),
      totalMinutes: 30,
    });
    expect(two.adrs.map((a) => a.number)).toEqual([2, 1]);
    expect(two.totalMinutes).toBe(30);
    expect(() =>
      buildReviewPack(sources, {}, allRules, {
        select: () => [parseAdr({ path: 'elsewhere.md', text: BARE })],
      }),
    ).toThrow(/elsewhere\.md/);
  });

  it('reviews a record whatever its status: a record brought to review gets the review questions', () => {
    const accepted = BARE.replace('Proposed', 'Superseded');
    const one = buildReviewPack([{ path: '0002-x.md', text: accepted }], {}, allRules);
    expect(item(one.adrs[0], 'failure-story').status).toBe('open');
  });
});

/** A review rule in the style of the ones other helpers add: it flags records containing MARK. */
function markRule(id: string, review?: DocumentRule['meta']['review'], recommended = true): DocumentRule {
  const base = allRules.find((r) => r.meta.id === 'options-min-two') as DocumentRule;
  return {
    meta: { ...base.meta, id, recommended, review, messages: { mark: `MARK found by ${id}.` } },
    check({ document, report }) {
      if (document.text.includes('MARK')) report({ messageId: 'mark' });
    },
  };
}

describe('rules slot into the checklist from their metadata', () => {
  const text = `${ANSWERED}\nMARK\n`;

  it('a new review rule becomes a question worded by its meta.review', () => {
    const registry: Rule[] = [
      ...allRules,
      markRule('example-worded-rule', { topic: 'Hype', question: 'Which claim here can be checked?' }),
    ];
    const [record] = buildReviewPack([{ path: '0001-x.md', text }], {}, registry).adrs;
    expect(item(record, 'example-worded-rule')).toMatchObject({
      topic: 'Hype',
      question: 'Which claim here can be checked?',
      status: 'open',
    });
    expect(item(record, 'example-worded-rule').findings[0]?.message).toBe(
      'MARK found by example-worded-rule.',
    );
  });

  it('a rule without meta.review is asked by its description', () => {
    const [record] = buildReviewPack([{ path: '0001-x.md', text }], {}, [
      ...allRules,
      markRule('example-unworded-rule'),
    ]).adrs;
    const description = allRules.find((r) => r.meta.id === 'options-min-two')?.meta.description;
    expect(item(record, 'example-unworded-rule')).toMatchObject({
      topic: 'example-unworded-rule',
      question: description,
    });
  });

  it('a rule the model questions already ask (operations-owner) adds no item, words the question and can open it', () => {
    const registry = [
      ...allRules.filter((r) => r.meta.id !== 'operations-owner'),
      markRule('operations-owner', { topic: 'Who runs it', question: 'Who is on call?' }),
    ];
    const [record] = buildReviewPack([{ path: '0001-x.md', text }], {}, registry).adrs;
    expect(record?.checklist.filter((i) => i.id === 'operations-owner')).toEqual([]);
    expect(item(record, 'operations')).toMatchObject({
      status: 'open',
      topic: 'Who runs it',
      question: 'Who is on call?',
    });
    expect(item(record, 'operations').quotes).not.toEqual([]);
  });

  it('a rule that covers several questions opens them all and is listed once', () => {
    const registry = [
      ...allRules.filter((r) => r.meta.id !== 'constraints-quantified'),
      markRule('constraints-quantified'),
    ];
    const [record] = buildReviewPack([{ path: '0001-x.md', text }], {}, registry).adrs;
    const forces = ['force-money', 'force-time', 'force-traffic', 'force-team'].map((id) => item(record, id));
    expect(forces.map((f) => f.status)).toEqual(['open', 'open', 'open', 'open']);
    expect(forces.map((f) => f.findings.length)).toEqual([1, 0, 0, 0]);
  });

  it('a review rule the preset leaves off still gets its question, but not a lint finding', () => {
    const [record] = buildReviewPack([{ path: '0001-x.md', text }], {}, [
      ...allRules,
      markRule('example-off-rule', undefined, false),
    ]).adrs;
    expect(item(record, 'example-off-rule').status).toBe('open');
    expect(record?.findings.map((f) => f.ruleId)).not.toContain('example-off-rule');
  });

  it('a rule the team switched off by name is not asked', () => {
    const [record] = buildReviewPack(
      [{ path: '0001-x.md', text: BARE }],
      { rules: { 'failure-story': 'off' } },
      allRules,
    ).adrs;
    expect(record?.checklist.map((i) => i.id)).not.toContain('failure-story');
    expect(record?.findings.map((f) => f.ruleId)).not.toContain('failure-story');
  });
});

describe('a record not written in English', () => {
  it('leaves the questions of the rules that skipped it open, not answered', () => {
    const [record] = buildReviewPack([{ path: '0004-kafka.md', text: GERMAN_NYGARD }], {}, allRules).adrs;
    for (const id of ['options-min-two', 'tradeoffs-named', 'rejected-alternatives-reasoned']) {
      expect({ id, status: item(record, id).status }).toEqual({ id, status: 'open' });
    }
    const ruleIds = record?.findings.map((f) => f.ruleId);
    expect(ruleIds).toContain('prose-language');
    expect(ruleIds).not.toContain('options-min-two');
  });
});

describe('every review rule docket ships', () => {
  it('says how the review pack asks its question', () => {
    for (const rule of allRules.filter((r) => r.meta.category === 'review')) {
      expect(rule.meta.review?.question, rule.meta.id).toMatch(/\?/);
      expect(rule.meta.review?.topic, rule.meta.id).toBeTruthy();
    }
  });
});
