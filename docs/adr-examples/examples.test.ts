import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allRules,
  DEFAULT_REVIEW_STATUSES,
  type Finding,
  lintSources,
} from '../../packages/core/src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A fixed "today", so that date-aware rules (future dates, overdue revisits) answer the same on every run. */
const TODAY = '2026-11-21';

interface Expectation {
  /** The review rule this example exists to fail, or null for a good example that passes every rule. */
  fails: string | null;
  /** Any other rule the example is known to fail, with the reason it cannot be avoided. Keep this rare. */
  alsoFails?: Record<string, string>;
}

/** What each example must fail, and nothing more. */
const EXPECTED: Record<string, Expectation> = {
  '0001-keep-eu-tenant-data-in-a-separate-eu-database-cluster.md': { fails: null },
  '0002-use-redis-as-a-read-through-cache-for-the-product-catalogue.md': { fails: null },
  '0003-run-ci-jobs-on-autoscaled-self-hosted-runners.md': { fails: null },
  '0004-use-renovate-for-dependency-updates.md': { fails: 'options-min-two' },
  '0005-pool-postgresql-connections-with-pgbouncer-in-transaction-mode.md': { fails: 'tradeoffs-named' },
  '0006-use-keycloak-for-staff-single-sign-on.md': { fails: 'rejected-alternatives-reasoned' },
  '0007-send-transactional-email-through-amazon-ses.md': { fails: 'failure-story' },
  '0008-store-shopping-carts-in-dynamodb.md': { fails: 'reversibility-stated' },
  '0009-hash-passwords-with-argon2id.md': { fails: 'revisit-triggers' },
  '0010-serve-product-search-from-managed-opensearch.md': { fails: 'revisit-overdue' },
  '0011-put-an-api-gateway-in-front-of-the-public-apis.md': { fails: 'operations-owner' },
  '0012-make-event-ids-part-of-the-public-webhook-contract.md': { fails: 'evidence-for-one-way' },
  '0013-move-background-jobs-from-cron-to-a-job-queue.md': { fails: 'constraints-quantified' },
  '0014-publish-order-events-through-kafka.md': { fails: 'no-hype-claims' },
  '0015-run-database-migrations-as-a-separate-deploy-step.md': { fails: 'decision-justified' },
};

const files = readdirSync(HERE)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort();

// Linted together, as a repository: cross-file rules (unique numbers, links) see every example.
const run = lintSources(
  files.map((name) => ({ path: `docs/adr-examples/${name}`, text: readFileSync(join(HERE, name), 'utf8') })),
  { preset: 'recommended', today: TODAY },
  allRules,
);

function resultFor(name: string) {
  const index = files.indexOf(name);
  return { result: run.results[index], document: run.documents[index] };
}

function expectedRules(expectation: Expectation): string[] {
  const rules = [
    ...(expectation.fails ? [expectation.fails] : []),
    ...Object.keys(expectation.alsoFails ?? {}),
  ];
  return [...new Set(rules)].sort();
}

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => `${f.line}:${f.column} ${f.ruleId} (${f.messageId}): ${f.message}`).join('\n');
}

const reviewRuleIds = allRules.filter((rule) => rule.meta.category === 'review').map((rule) => rule.meta.id);
const ruleIds = new Set(allRules.map((rule) => rule.meta.id));

describe('docs/adr-examples', () => {
  it('has an expectation for every example and an example for every expectation', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s fails exactly the rules it is meant to fail', (name) => {
    const { result } = resultFor(name);
    const findings = result?.findings ?? [];
    const failed = [...new Set(findings.map((f) => f.ruleId))].sort();
    const expectation = EXPECTED[name] ?? { fails: null };
    expect(failed, describeFindings(findings)).toEqual(expectedRules(expectation));
  });

  it.each(files)('%s is under review, so the review rules apply to it', (name) => {
    const { document } = resultFor(name);
    expect(DEFAULT_REVIEW_STATUSES).toContain(document?.status?.normalized);
  });

  it('has a bad example for every review rule', () => {
    const covered = new Set(Object.values(EXPECTED).map((e) => e.fails));
    const missing = reviewRuleIds.filter((id) => !covered.has(id));
    expect(missing, 'review rules without a bad example in docs/adr-examples').toEqual([]);
  });

  it('the expectation table names only rules in the registry', () => {
    const named = Object.values(EXPECTED).flatMap((e) => expectedRules(e));
    expect(named.filter((id) => !ruleIds.has(id))).toEqual([]);
    const targets = Object.values(EXPECTED).flatMap((e) => (e.fails ? [e.fails] : []));
    expect(targets.filter((id) => !reviewRuleIds.includes(id))).toEqual([]);
  });

  it('lists every example in the README table, with the rule it fails', () => {
    const readme = readFileSync(join(HERE, 'README.md'), 'utf8');
    const rows = new Map<string, string | null>();
    for (const line of readme.split('\n')) {
      const cells = line.split('|').map((cell) => cell.trim());
      const file = /^\[([^\]]+\.md)\]\(\1\)$/.exec(cells[1] ?? '')?.[1];
      if (!file) continue;
      const fails = cells[cells.length - 2] ?? '';
      rows.set(file, fails === '—' ? null : fails.replace(/`/g, ''));
    }
    expect([...rows.keys()].sort()).toEqual(files);
    for (const name of files) expect(rows.get(name), name).toBe(EXPECTED[name]?.fails ?? null);
  });
});
