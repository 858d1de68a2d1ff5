import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { EDIT_REPO, MADR2_RECORD, readRepo } from '../testing/records.js';

const repo = useTempRepos();
const MADR2 = 'docs/adr/0003-use-feature-flags-for-rollouts.md';

describe('docket status', () => {
  it("sets the status in the record's own dialect and stamps the date", async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['status', 'ADR-3', 'accepted', '--today', '2024-05-02'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${MADR2}: proposed -> accepted (2024-05-02)\n`);
    expect(await readFile(join(root, MADR2), 'utf8')).toBe(
      MADR2_RECORD.replace('* Status: proposed', '* Status: accepted').replace('2024-04-10', '2024-05-02'),
    );
  });

  it('accepts the status in any case and leaves an unchanged record alone', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['status', '1', 'ACCEPTED'], root);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'docs/adr/0001-use-mysql-for-orders.md: already accepted\n',
    });
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });

  it("stamps today's local date by default", async () => {
    const root = await repo(EDIT_REPO);
    const lateEvening = () => new Date(2026, 2, 2, 23, 55);
    expect((await run(['status', '3', 'rejected'], root, { now: lateEvening })).code).toBe(0);
    expect(await readFile(join(root, MADR2), 'utf8')).toContain('* Date: 2026-03-02\n');
  });

  it.each([
    [['status', '3', 'acepted'], /^docket: unknown status "acepted"; use one of: draft, proposed/],
    [
      ['status', '42', 'accepted'],
      /^docket: no ADR numbered 42 \(from "42"\); the records are numbered 1 to 3\n$/,
    ],
    [['status', 'foo', 'accepted'], /^docket: "foo" is not an ADR id/],
    [['status', '3', 'accepted', '--today', '2024-13-01'], /^docket: --today: "2024-13-01" is not a date/],
    [['status', '3'], /^docket: missing required argument 'status'/],
  ])('fails with one line and writes nothing: %j', async (argv, message) => {
    const root = await repo(EDIT_REPO);
    const result = await run(argv, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });

  it('refuses a record whose frontmatter is broken', async () => {
    const root = await repo({
      ...EDIT_REPO,
      'docs/adr/0004-broken.md': '---\nstatus: [proposed\n---\n# Broken\n',
    });
    const result = await run(['status', '4', 'accepted'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^docket: cannot edit docs\/adr\/0004-broken.md: its frontmatter is not valid YAML/,
    );
    expect(await readFile(join(root, 'docs/adr/0004-broken.md'), 'utf8')).toBe(
      '---\nstatus: [proposed\n---\n# Broken\n',
    );
  });

  it('fails with one line outside a project', async () => {
    const root = await repo({ 'README.md': '# x\n' });
    const result = await run(['status', '1', 'accepted'], root);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toMatch(
      /^docket: no ADR folder found in .*; run docket init first, or give the record's path\n$/,
    );
  });
});
