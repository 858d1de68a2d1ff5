// The rule pages in docs/rules come from each rule's meta: every rule must carry its docs, its
// examples must behave as the page says, and the committed pages must match the rules.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDocsPath, ruleDocsUrl } from '../engine/docs.js';
import { lintSources } from '../engine/lint.js';
import { ruleDocPages } from '../engine/rule-docs.js';
import type { Rule, RuleExample } from '../engine/types.js';
import { allRules } from './index.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const rulesDir = fileURLToPath(new URL('.', import.meta.url));
const byId = allRules.map((rule) => [rule.meta.id, rule] as const);

/** The rule's findings on an example, with every rule on (strict) so directives see real findings. */
function findingsOf(rule: Rule, example: RuleExample): string[] {
  const sources =
    typeof example === 'string' ? [{ path: 'docs/adr/0007-example.md', text: example }] : example;
  const run = lintSources(
    sources,
    { preset: 'strict', reviewStatuses: 'all', today: '2026-01-15' },
    allRules,
  );
  return run.results.flatMap((result) =>
    result.findings
      .filter((finding) => finding.ruleId === rule.meta.id)
      .map((finding) => `${result.filePath}:${finding.line} ${finding.messageId}: ${finding.message}`),
  );
}

describe('rule docs', () => {
  it.each(byId)('%s has docs in its meta', (_id, rule) => {
    expect(rule.meta.docs, `add meta.docs to ${rule.meta.id}`).toBeDefined();
    for (const text of [rule.meta.docs?.howToFix, rule.meta.docs?.whenNotToUse]) {
      expect(text?.trim().length).toBeGreaterThan(20);
    }
  });

  it.each(byId)('%s: the incorrect example is reported, the correct one is not', (_id, rule) => {
    const docs = rule.meta.docs;
    if (!docs) throw new Error(`${rule.meta.id} has no meta.docs`);
    expect(findingsOf(rule, docs.incorrect).length, 'incorrect example gives no finding').toBeGreaterThan(0);
    expect(findingsOf(rule, docs.correct)).toEqual([]);
  });

  it.each(byId)('%s: file name, rule id and docs page agree', (id) => {
    expect(readdirSync(rulesDir)).toContain(`${id}.ts`);
    expect(ruleDocsPath(id)).toBe(`docs/rules/${id}.md`);
    expect(ruleDocsUrl(id).endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });

  it('committed docs/rules match the rules (run `pnpm build && pnpm docs:rules`)', () => {
    const pages = ruleDocPages(allRules);
    const committed = readdirSync(`${repositoryRoot}docs/rules`).filter((name) => name.endsWith('.md'));
    expect(committed.sort()).toEqual(pages.map((page) => page.path.replace('docs/rules/', '')).sort());
    for (const page of pages) {
      expect(readFileSync(`${repositoryRoot}${page.path}`, 'utf8'), page.path).toBe(page.text);
    }
  });

  it('a rule with a review question shows it on its page, as the review pack asks it', () => {
    const pages = ruleDocPages(allRules);
    const asked = allRules.filter((rule) => rule.meta.review);
    expect(asked.length).toBeGreaterThan(5);
    for (const rule of asked) {
      const page = pages.find((candidate) => candidate.path === ruleDocsPath(rule.meta.id));
      expect(page?.text, rule.meta.id).toContain(`*${rule.meta.review?.question}*`);
    }
  });

  it('the index links every rule page', () => {
    const index = ruleDocPages(allRules).find((page) => page.path === 'docs/rules/README.md');
    for (const [id] of byId) expect(index?.text).toContain(`](${id}.md)`);
  });
});
