import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeRules, run, useTempRepos } from '../testing/fixtures.js';
import { EDIT_REPO, MADR2_RECORD, MADR3_RECORD, readRepo } from '../testing/records.js';
import { parseNames } from './decide.js';

const repo = useTempRepos();
const rules = fakeRules;
const MADR3 = 'docs/adr/0002-cache-product-pages-in-a-cdn.md';
const MADR2 = 'docs/adr/0003-use-feature-flags-for-rollouts.md';
/** Record 3 with text the stand-in review rule flags. */
const FAILING = { ...EDIT_REPO, [MADR2]: `${MADR2_RECORD}\nREVIEWMARK: no failure story yet.\n` };

describe('docket decide', () => {
  it('records status, date and decision-makers in frontmatter', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(
      ['decide', '2', 'accept', '--by', 'Ann Lee, Bo Chen', '--today', '2024-05-02'],
      root,
      {
        rules,
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${MADR3}: proposed -> accepted (2024-05-02) by Ann Lee, Bo Chen\n`);
    expect(await readFile(join(root, MADR3), 'utf8')).toBe(
      MADR3_RECORD.replace('status: proposed', 'status: accepted')
        .replace('date: 2024-03-04', 'date: 2024-05-02')
        .replace('deciders: Ann Lee', 'deciders: Ann Lee, Bo Chen'),
    );
  });

  it('records a rejection with a note as MADR 2 bullets and a Decision log line', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(
      ['decide', 'ADR-3', 'reject', '--by', 'Cy', '--note', 'Too costly for Q3.', '--today', '2024-05-02'],
      root,
      { rules },
    );
    expect(result.code).toBe(0);
    expect(await readFile(join(root, MADR2), 'utf8')).toBe(
      `${MADR2_RECORD.replace('* Status: proposed', '* Status: rejected\n* Deciders: Cy').replace(
        '2024-04-10',
        '2024-05-02',
      )}\n## Decision log\n\n* 2024-05-02: rejected by Cy. Too costly for Q3.\n`,
    );
  });

  it('refuses to accept a record that fails a review rule, listing the findings', async () => {
    const root = await repo(FAILING);
    const result = await run(['decide', '3', 'accept', '--today', '2024-05-02'], root, { rules });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `  ${MADR2}:10:1  Found REVIEWMARK on this line.  marker-review\n` +
        `docket: not accepted: ${MADR2} still fails marker-review; answer the findings above, or pass --force "<reason>" to accept it anyway\n`,
    );
    expect(await readRepo(root)).toEqual(FAILING);
  });

  it('rejects a failing record without asking for --force', async () => {
    const root = await repo(FAILING);
    const result = await run(['decide', '3', 'reject', '--today', '2024-05-02'], root, { rules });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(root, MADR2), 'utf8')).toContain('* Status: rejected\n');
  });

  it('accepts with --force and writes the reason and the open rules down', async () => {
    const root = await repo(FAILING);
    const result = await run(
      [
        'decide',
        '3',
        'accept',
        '--force',
        'pilot ends in June; failure story follows',
        '--today',
        '2024-05-02',
      ],
      root,
      { rules },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'docket: accepted despite 1 open review finding(s); the reason is in its Decision log\n',
    );
    const text = await readFile(join(root, MADR2), 'utf8');
    expect(text).toContain('* Status: accepted\n');
    expect(text).toMatch(
      /\n## Decision log\n\n\* 2024-05-02: accepted\. Accepted with open review findings \(marker-review\): pilot ends in June; failure story follows\n$/,
    );
  });

  it('needs no --force for a record that passes, and records no reason then', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(
      ['decide', '3', 'accept', '--force', 'just in case', '--today', '2024-05-02'],
      root,
      {
        rules,
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(root, MADR2), 'utf8')).not.toContain('Decision log');
  });

  it('uses the real review rules by default', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(['decide', '2', 'accept'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/still fails .*options-min-two/);
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });

  it.each([
    [['decide', '3', 'approve'], /^docket: unknown outcome "approve"; use accept or reject\n$/],
    [['decide', '3', 'accept', '--by', ' , '], /^docket: --by: " , " names nobody/],
    [['decide', '3', 'accept', '--force', ' '], /^docket: --force needs the reason/],
    [['decide', '3', 'reject', '--force', 'x'], /^docket: --force only applies to accept/],
    [
      ['decide', '8', 'accept'],
      /^docket: no ADR numbered 8 \(from "8"\); the records are numbered 1 to 3\n$/,
    ],
  ])('fails with one line and writes nothing: %j', async (argv, message) => {
    const root = await repo(FAILING);
    const result = await run(argv, root, { rules });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readRepo(root)).toEqual(FAILING);
  });
});

describe('parseNames', () => {
  it('splits on commas and semicolons and tidies spaces', () => {
    expect(parseNames(' Ann  Lee, Bo Chen;Cy ')).toEqual(['Ann Lee', 'Bo Chen', 'Cy']);
  });
});
