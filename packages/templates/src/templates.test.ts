// The built-in templates against docket's own rules: a scaffold is caught for every prompt left in
// it, and a scaffold filled in with a real decision passes review.
import { allRules, type DocketConfig, type Finding, lintSources, parseAdr } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { builtInTemplate, builtInTemplates, DEFAULT_TEMPLATE } from './catalog.js';
import type { RecordContent, RecordFacts } from './content.js';
import { FIRST_DECISION_TITLE, firstDecision } from './first-decision.js';
import { renderTemplate } from './render.js';

const TODAY = '2026-03-02';
const facts: RecordFacts = {
  number: 12,
  width: 4,
  title: 'Queue outbound webhooks in SQS',
  date: TODAY,
  status: 'proposed',
  authors: [],
};

/** A second real decision, unlike ADR 1 a technical one with a one-way door and evidence. */
const webhookDecision: RecordContent = {
  context:
    'Our API sends webhooks to 2,300 customer endpoints straight from the request that caused them. ' +
    'When a customer endpoint is slow, our request threads wait on it: last month three slow ' +
    'endpoints held 40% of the worker pool for 25 minutes and our own API timed out.',
  constraints: [
    'Traffic: 180 webhooks a second at peak, 9 million a day, growing about 8% a month.',
    'Money: at most $600 a month of extra infrastructure.',
    'Time: the fix must ship before the 2026-05 holiday peak.',
    'Team: 4 backend engineers, all of whom already run SQS consumers for billing.',
  ],
  drivers: [
    'A slow customer endpoint never holds an API request thread.',
    'Every webhook is attempted at least once, with retries for 24 hours.',
  ],
  options: [
    {
      name: 'SQS queue with a delivery worker',
      description:
        'The API writes each webhook to an SQS queue; a separate worker pool delivers and retries.',
      pros: ['delivery is fully decoupled from API requests', 'SQS keeps messages for up to 14 days'],
      cons: ['deliveries arrive 1 to 3 seconds later than today'],
    },
    {
      name: 'Bigger thread pool',
      description: 'Raise the worker pool from 64 to 256 threads.',
      pros: ['no new component'],
      cons: ['a few slow endpoints still take the whole pool, only later'],
      whyNot: 'it postpones the outage instead of removing its cause',
    },
    {
      name: 'Kafka topic',
      description: 'Publish webhooks to a Kafka topic consumed by a delivery service.',
      pros: ['ordered delivery per customer'],
      cons: ['nobody on the team runs Kafka'],
      whyNot: 'a managed cluster costs about $1,400 a month, over twice the budget',
    },
  ],
  chosen: 'SQS queue with a delivery worker',
  because: 'it is the only option that takes delivery off the request path within the $600 budget',
  good: ['API latency no longer depends on customer endpoints: p99 stays under 250 ms in the load test'],
  bad: [
    'customers receive webhooks 1 to 3 seconds later, and ordering per customer is no longer guaranteed',
    'we operate one more worker pool and one more queue, which costs about $350 a month',
  ],
  failure:
    'If the delivery workers stop, webhooks pile up in the queue and customers stop receiving them, ' +
    'while the API keeps answering normally. The on-call engineer is paged when the oldest message is ' +
    'more than 5 minutes old, and the runbook runbooks/webhooks.md says to restart the workers; messages ' +
    'stay in the queue for 14 days, so nothing is lost.',
  reversibility: 'costly',
  reversal:
    'Going back means removing the queue from 31 call sites and redeploying the API, about 2 ' +
    'engineer-weeks, and customers would see the old timeouts again.',
  revisitBy: '2027-03-01',
  revisitWhen: [
    'If peak traffic passes 1,000 webhooks a second.',
    'When customers ask for ordered delivery.',
  ],
  evidence:
    'Load test on 2026-02-20: 500 webhooks a second for 1 hour with 5% of endpoints answering after 30 s; ' +
    'API p99 stayed at 240 ms and no message was lost.',
  owner: 'Integrations team (pager rotation "integrations")',
};

const decisions: [string, string, RecordContent][] = [
  ['ADR 1 (Record architecture decisions)', FIRST_DECISION_TITLE, firstDecision(TODAY)],
  ['a webhook queue decision', facts.title, webhookDecision],
];

const placeholderRule = allRules.filter((rule) => rule.meta.id === 'no-placeholders');

function lint(text: string, config: DocketConfig = {}, rules = allRules): Finding[] {
  // Named as `docket new` would name it, so filename-convention sees a slug that matches the title.
  const title = /^#\s+(.+)$/m.exec(text)?.[1] ?? 'record';
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const source = { path: `docs/adr/${String(facts.number).padStart(4, '0')}-${slug}.md`, text };
  const { results } = lintSources([source], { today: TODAY, ...config }, rules);
  return results.flatMap((result) => result.findings);
}

/** Where each `{prompt}` starts in the text (1-based), skipping any `{{` left over. */
function promptPositions(text: string): { line: number; column: number; prompt: string }[] {
  const positions: { line: number; column: number; prompt: string }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?<!\{)\{(?!\{)[^{}]+\}/g)) {
      positions.push({ line: index + 1, column: match.index + 1, prompt: match[0] });
    }
  });
  return positions;
}

const headings = (text: string) =>
  parseAdr({ path: 'x.md', text })
    .sections.filter((section) => section.level <= 2)
    .map((section) => section.title);

describe.each(builtInTemplates().map((t) => [t.manifest.name, t] as const))(
  'template %s',
  (_name, template) => {
    const scaffold = renderTemplate(template.text, facts);

    it('as scaffolded, fails no-placeholders on every prompt left in it', () => {
      const prompts = promptPositions(scaffold);
      expect(prompts.length).toBeGreaterThanOrEqual(6);
      const found = lint(scaffold).filter((f) => f.ruleId === 'no-placeholders');
      const missed = prompts.filter((p) => !found.some((f) => f.line === p.line && f.column === p.column));
      expect(missed).toEqual([]);
    });

    it('still fails no-placeholders when only one prompt is left', () => {
      // Fill the record, then put each prompt of the scaffold back into it on its own.
      const filled = renderTemplate(template.text, facts, webhookDecision);
      for (const { prompt } of promptPositions(scaffold)) {
        const text = filled.replace(/^(## .*\n\n)/m, `$1${prompt}\n\n`);
        expect(lint(text, {}, placeholderRule).map((f) => f.ruleId)).toContain('no-placeholders');
      }
    });

    it.each(decisions)('filled in with %s, passes the recommended preset', (_label, title, content) => {
      const text = renderTemplate(
        template.text,
        { ...facts, title, status: 'accepted', authors: ['Dana Kim', 'Luis Ortega'] },
        content,
      );
      expect(lint(text)).toEqual([]);
      expect(headings(text).slice(0, 1)).toEqual(headings(scaffold).slice(0, 1));
      expect(headings(text).filter((h) => !/option|alternative/i.test(h))).toEqual(
        headings(scaffold).filter((h) => !/option|alternative/i.test(h)),
      );
    });

    it('has a manifest with a name, a description and a dialect', () => {
      expect(template.manifest.description.length).toBeGreaterThan(20);
      expect(['docket', 'madr', 'nygard']).toContain(template.manifest.dialect);
    });
  },
);

describe('the review template', () => {
  const review = builtInTemplate(DEFAULT_TEMPLATE);

  it('is the default and asks every review question', () => {
    expect(review?.manifest.name).toBe('review');
    const scaffold = renderTemplate(review?.text ?? '', facts);
    const kinds = parseAdr({ path: 'x.md', text: scaffold }).sections.map((s) => s.kind);
    for (const kind of [
      'context',
      'constraints',
      'drivers',
      'options',
      'outcome',
      'rejected',
      'consequences',
      'failure',
      'reversibility',
      'revisit',
      'evidence',
    ] as const) {
      expect(kinds).toContain(kind);
    }
    expect(scaffold).toMatch(/^reversibility: .*two-way \| costly \| one-way/m);
    expect(scaffold).toMatch(/^revisit-by: /m);
    for (const force of ['Money', 'Time', 'Traffic', 'Team']) expect(scaffold).toContain(`* ${force}: {`);
  });

  it.each(decisions)(
    'filled in with %s, passes every rule, the six review rules included',
    (_l, title, content) => {
      const text = renderTemplate(
        review?.text ?? '',
        { ...facts, title, status: 'accepted', authors: ['Dana Kim', 'Luis Ortega'] },
        content,
      );
      expect(lint(text, { preset: 'strict' })).toEqual([]);
      const reviewRules = allRules.filter((rule) => rule.meta.category === 'review').map((r) => r.meta.id);
      expect(reviewRules).toEqual(
        expect.arrayContaining([
          'options-min-two',
          'tradeoffs-named',
          'rejected-alternatives-reasoned',
          'failure-story',
          'reversibility-stated',
          'revisit-triggers',
        ]),
      );
    },
  );
});
