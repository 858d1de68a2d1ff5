// `docket new --supersedes` and `--link`, end to end through main(): the new record links out, the
// others get the reverse in their own dialect, and any problem leaves every file as it was.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../context.js';
import * as safeWrite from '../fs/safe-write.js';
import { run, useTempRepos } from '../testing/fixtures.js';
import { EDIT_REPO, MADR2_RECORD, NYGARD_RECORD, readRepo } from '../testing/records.js';
import { parseLinkOption } from './new-links.js';

const repo = useTempRepos();
const NYGARD = 'docs/adr/0001-use-mysql-for-orders.md';
const MADR3 = 'docs/adr/0002-cache-product-pages-in-a-cdn.md';
const MADR2 = 'docs/adr/0003-use-feature-flags-for-rollouts.md';
const NEW = 'docs/adr/0004-move-orders-to-postgresql.md';

const files = async (root: string) => (await readdir(join(root, 'docs/adr'))).sort();

describe('docket new --supersedes', () => {
  it('links the new record to the old one and marks the old one superseded in its own dialect', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(
      [
        'new',
        'Move orders to PostgreSQL',
        '--template',
        'nygard',
        '--supersedes',
        '1',
        '--date',
        '2026-03-02',
      ],
      root,
    );
    expect(result).toMatchObject({
      code: 0,
      stdout: `${NEW}\n`,
      stderr: `updated ${NYGARD}: superseded by 0004-move-orders-to-postgresql.md\n`,
    });
    expect(await readFile(join(root, NYGARD), 'utf8')).toBe(
      NYGARD_RECORD.replace('Date: 2023-02-01', 'Date: 2026-03-02').replace(
        '\nAccepted\n',
        '\nSuperseded by [4. Move orders to PostgreSQL](0004-move-orders-to-postgresql.md)\n',
      ),
    );
    const created = await readFile(join(root, NEW), 'utf8');
    expect(created).toContain('Supersedes [1. Use MySQL for orders](0001-use-mysql-for-orders.md)');
    // The other records are untouched.
    const after = await readRepo(root);
    expect(after[MADR3]).toBe(EDIT_REPO[MADR3]);
    expect(after[MADR2]).toBe(EDIT_REPO[MADR2]);
  });
});

describe('docket new --link', () => {
  it('writes the relation on the new record and its reverse on the other, as MADR 2 bullets there', async () => {
    const root = await repo(EDIT_REPO);
    const result = await run(
      [
        'new',
        'Move orders to PostgreSQL',
        '--template',
        'madr',
        '--link',
        'ADR-3:amends',
        '--link',
        '2:relates to',
      ],
      root,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `updated ${MADR2}: amended by 0004-move-orders-to-postgresql.md\nupdated ${MADR3}: relates to 0004-move-orders-to-postgresql.md\n`,
    );
    expect(await readFile(join(root, MADR2), 'utf8')).toBe(
      `${MADR2_RECORD}\n## Links\n\n* Amended by [ADR-0004](0004-move-orders-to-postgresql.md)\n`,
    );
    const created = await readFile(join(root, NEW), 'utf8');
    expect(created).toMatch(/\namends: 0003-use-feature-flags-for-rollouts\.md\n/);
    expect(created).toMatch(/\nrelates-to: 0002-cache-product-pages-in-a-cdn\.md\n/);
  });

  it.each([
    [
      ['--supersedes', '9'],
      /^docket: --supersedes: no ADR numbered 9 \(from "9"\); the records are numbered 1 to 3\n$/,
    ],
    [['--link', '3'], /^docket: --link: "3" needs the form <id>:<relation>, e.g. --link 7:amends\n$/],
    [['--link', '3:builds on'], /^docket: --link: docket does not know the reverse of "builds on"/],
    [['--link', '3:[x]'], /^docket: --link: "\[x\]" is not a relation/],
    [['--link', 'latest:amends'], /^docket: --link: "latest" is not an ADR id/],
  ])('fails with one line and creates nothing: %j', async (flags, message) => {
    const root = await repo(EDIT_REPO);
    const result = await run(['new', 'Move orders to PostgreSQL', ...flags], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(await files(root)).toEqual(Object.keys(EDIT_REPO).map((p) => p.slice('docs/adr/'.length)));
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });

  it('refuses a record that cannot take the link before creating anything', async () => {
    const broken = 'docs/adr/0004-broken.md';
    const root = await repo({ ...EDIT_REPO, [broken]: '---\nstatus: [proposed\n---\n# Broken\n' });
    const result = await run(['new', 'Move orders to PostgreSQL', '--supersedes', '4'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^docket: cannot edit docs\/adr\/0004-broken.md: its frontmatter is not valid YAML/,
    );
    expect(await files(root)).toHaveLength(4);
  });

  it('removes the new record again when the other record cannot be written', async () => {
    const root = await repo(EDIT_REPO);
    const write = vi
      .spyOn(safeWrite, 'writeFileAtomic')
      .mockRejectedValue(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }));
    try {
      const result = await run(['new', 'Move orders to PostgreSQL', '--supersedes', '1'], root);
      expect(result).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `docket: cannot write ${NYGARD}: read-only file system; no record was changed; the new record was not kept\n`,
      });
    } finally {
      write.mockRestore();
    }
    expect(await files(root)).toHaveLength(3);
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });
});

describe('parseLinkOption', () => {
  it('splits at the last colon, so paths and relations of several words work', () => {
    expect(parseLinkOption('7:amends')).toEqual({ id: '7', relation: 'amends' });
    expect(parseLinkOption('C:/adr/0007-x.md:relates to')).toEqual({
      id: 'C:/adr/0007-x.md',
      relation: 'relates to',
    });
    expect(() => parseLinkOption(':amends')).toThrow(UsageError);
    expect(() => parseLinkOption('7:')).toThrow(UsageError);
  });
});
