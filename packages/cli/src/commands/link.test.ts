import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { EDIT_REPO, MADR2_RECORD, MADR3_RECORD, NYGARD_RECORD, readRepo } from '../testing/records.js';

const repo = useTempRepos();
const NYGARD = 'docs/adr/0001-use-mysql-for-orders.md';
const MADR3 = 'docs/adr/0002-cache-product-pages-in-a-cdn.md';
const MADR2 = 'docs/adr/0003-use-feature-flags-for-rollouts.md';

describe('docket link', () => {
  it('writes the relation on the first record and its reverse on the second', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['link', '3', 'amends', '1'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `${MADR2}: amends 0001-use-mysql-for-orders.md\n${NYGARD}: amended by 0003-use-feature-flags-for-rollouts.md\n`,
    );
    expect(await readFile(join(root, MADR2), 'utf8')).toBe(
      `${MADR2_RECORD}\n## Links\n\n* Amends [ADR-0001](0001-use-mysql-for-orders.md)\n`,
    );
    expect(await readFile(join(root, NYGARD), 'utf8')).toBe(
      NYGARD_RECORD.replace(
        '\nAccepted\n',
        '\nAccepted\n\nAmended by [3. Use feature flags for rollouts](0003-use-feature-flags-for-rollouts.md)\n',
      ),
    );
  });

  it('takes a relation docket does not know when --reverse names the other side', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['link', '2', 'Builds on', '3', '--reverse', 'foundation of'], root);
    expect(result.code).toBe(0);
    expect(await readFile(join(root, MADR3), 'utf8')).toBe(
      MADR3_RECORD.replace(
        'deciders: Ann Lee\n',
        'deciders: Ann Lee\nbuilds-on: 0003-use-feature-flags-for-rollouts.md\n',
      ),
    );
    expect(await readFile(join(root, MADR2), 'utf8')).toContain(
      '## Links\n\n* Foundation of [ADR-0002](0002-cache-product-pages-in-a-cdn.md)\n',
    );
  });

  it.each([
    [
      ['link', '2', 'builds on', '3'],
      /^docket: docket does not know the reverse of "builds on"; name it with --reverse/,
    ],
    [['link', '2', '[x](y)', '3'], /^docket: "\[x\]\(y\)" is not a relation; use words/],
    [['link', '2', 'amends', '3', '--reverse', '!'], /^docket: --reverse: "!" is not a relation/],
    [
      ['link', '2', 'amends', '2'],
      /^docket: docs\/adr\/0002-cache-product-pages-in-a-cdn.md cannot be linked to itself\n$/,
    ],
    [
      ['link', '2', 'amends', '12'],
      /^docket: no ADR numbered 12 \(from "12"\); the records are numbered 1 to 3\n$/,
    ],
  ])('fails with one line and writes nothing: %j', async (argv, message) => {
    const root = await repo(EDIT_REPO);
    const result = await run(argv, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });
});
