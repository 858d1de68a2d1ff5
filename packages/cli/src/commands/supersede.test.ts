import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { EDIT_REPO, MADR3_RECORD, NYGARD_RECORD, readRepo } from '../testing/records.js';

const repo = useTempRepos();
const NYGARD = 'docs/adr/0001-use-mysql-for-orders.md';
const MADR3 = 'docs/adr/0002-cache-product-pages-in-a-cdn.md';

describe('docket supersede', () => {
  it('marks the old record superseded and links both ways, each in its own dialect', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['supersede', '1', '0002', '--today', '2024-05-02'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `${NYGARD}: superseded by 0002-cache-product-pages-in-a-cdn.md (2024-05-02)\n${MADR3}: supersedes 0001-use-mysql-for-orders.md\n`,
    );
    expect(await readFile(join(root, NYGARD), 'utf8')).toBe(
      NYGARD_RECORD.replace('2023-02-01', '2024-05-02').replace(
        '\nAccepted\n',
        '\nSuperseded by [2. Cache product pages in a CDN](0002-cache-product-pages-in-a-cdn.md)\n',
      ),
    );
    expect(await readFile(join(root, MADR3), 'utf8')).toBe(
      MADR3_RECORD.replace(
        'deciders: Ann Lee\n',
        'deciders: Ann Lee\nsupersedes: 0001-use-mysql-for-orders.md\n',
      ),
    );
  });

  it('is idempotent', async () => {
    const root = await repo(EDIT_REPO);
    await run(['supersede', '1', '2', '--today', '2024-05-02'], root);
    const once = await readRepo(root);
    const again = await run(['supersede', '1', '2', '--today', '2024-05-02'], root);
    expect(again.stdout).toBe(`${NYGARD}: already superseded by 0002-cache-product-pages-in-a-cdn.md\n`);
    expect(await readRepo(root)).toEqual(once);
  });

  it.each([
    [['supersede', '1', '1'], /^docket: docs\/adr\/0001-use-mysql-for-orders.md cannot supersede itself/],
    [['supersede', '1', '7'], /^docket: no ADR numbered 7 \(from "7"\); the records are numbered 1 to 3\n$/],
    [['supersede', 'x', '2'], /^docket: "x" is not an ADR id/],
  ])('fails with one line and writes nothing: %j', async (argv, message) => {
    const root = await repo(EDIT_REPO);
    const result = await run(argv, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });
});
