import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as safeWrite from '../fs/safe-write.js';
import { CATALOG_REPO } from '../testing/catalog-records.js';
import { run, useTempRepos } from '../testing/fixtures.js';

const makeRepo = useTempRepos();

const START = '<!-- docket:index:start -->';
const END = '<!-- docket:index:end -->';
const TABLE = [
  '| Number | Title | Status | Date |',
  '| --- | --- | --- | --- |',
  '| 0001 | [Use MySQL](0001-use-mysql.md) | superseded | 2023-02-01 |',
  '| 0002 | [Cache pages, "fast" \\| cheap](0002-cache-pages.md) | proposed |  |',
  '| 0003 | [Use Postgres](0003-use-postgres.md) | accepted | 2024-01-01 |',
];

const readme = (root: string) => readFile(join(root, 'docs/adr/README.md'), 'utf8');

describe('docket index', () => {
  it('creates the README with the index when the folder has none', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout } = await run(['index'], root);
    expect(code).toBe(0);
    expect(stdout).toBe('Created docs/adr/README.md (3 records).\n');
    expect(await readme(root)).toBe(
      ['# Architecture decision records', '', START, ...TABLE, END, ''].join('\n'),
    );
  });

  it('replaces only the table between the markers, and reports a current index as such', async () => {
    const before = `# Decisions\r\n\r\nRead these first.\r\n\r\n${START}\r\nstale\r\n${END}\r\n\r\n## Process\r\n\r\nAsk in #arch.`;
    const root = await makeRepo({ ...CATALOG_REPO, 'docs/adr/README.md': before });
    expect((await run(['index'], root)).stdout).toBe('Updated docs/adr/README.md (3 records).\n');
    expect(await readme(root)).toBe(
      `# Decisions\r\n\r\nRead these first.\r\n\r\n${START}\r\n${TABLE.join('\r\n')}\r\n${END}\r\n\r\n## Process\r\n\r\nAsk in #arch.`,
    );
    const again = await run(['index'], root);
    expect(again.stdout).toBe('docs/adr/README.md is up to date (3 records).\n');
  });

  it('appends the index to a README without markers', async () => {
    const root = await makeRepo({ ...CATALOG_REPO, 'docs/adr/README.md': '# ADRs\n\nOur decisions.\n' });
    await run(['index'], root);
    expect(await readme(root)).toBe(
      ['# ADRs', '', 'Our decisions.', '', START, ...TABLE, END, ''].join('\n'),
    );
  });

  it('--check exits 1 on a stale index and writes nothing, 0 once it is current', async () => {
    const stale = `# ADRs\n\n${START}\nold\n${END}\n`;
    const root = await makeRepo({ ...CATALOG_REPO, 'docs/adr/README.md': stale });
    const checked = await run(['index', '--check'], root);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toBe('docs/adr/README.md: the index is out of date; run docket index\n');
    expect(await readme(root)).toBe(stale);
    await run(['index'], root);
    const current = await run(['index', '--check'], root);
    expect(current.code).toBe(0);
    expect(current.stdout).toBe('The index is up to date (3 records).\n');
  });

  it('a new record makes the index stale', async () => {
    const root = await makeRepo(CATALOG_REPO);
    await run(['index'], root);
    await writeFile(join(root, 'docs/adr/0004-queue-emails.md'), '# 4. Queue e-mails\n\nDate: 2024-02-02\n');
    expect((await run(['index', '--check'], root)).code).toBe(1);
    await run(['index'], root);
    expect(await readme(root)).toContain('| 0004 | [Queue e-mails](0004-queue-emails.md) |  | 2024-02-02 |');
  });

  it.each([
    [
      'a start marker alone',
      `# ADRs\n\n${START}\n| old |\n`,
      /README\.md:3: <!-- docket:index:start --> has no <!-- docket:index:end --> after it/,
    ],
    [
      'markers out of order',
      `# ADRs\n${END}\n\n${START}\n`,
      /README\.md:2: <!-- docket:index:end --> comes before <!-- docket:index:start --> \(line 4\)/,
    ],
  ])('refuses %s with the file and line, writing nothing', async (_, text, message) => {
    const root = await makeRepo({ ...CATALOG_REPO, 'docs/adr/README.md': text });
    const { code, stderr } = await run(['index'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^docket: docs/adr/${message.source}.*; nothing written\\n$`));
    expect(await readme(root)).toBe(text);
  });

  it('refuses a README it may not write before writing any README', async () => {
    const text = `# ADRs\n\n${START}\nold\n${END}\n`;
    const root = await makeRepo({
      ...CATALOG_REPO,
      'docs/adr/README.md': text,
      'docs/other/0001-a.md': '# 1. A\n',
      'docket.config.json': JSON.stringify({ adrFolders: ['docs/other', 'docs/adr'] }),
    });
    // Tests may run as root, whom file modes do not stop; the check's answer is stood in for.
    const blocked = join(root, 'docs/adr/README.md');
    const spy = vi
      .spyOn(safeWrite, 'writeBlocker')
      .mockImplementation(async (path) => (path === blocked ? 'the file is not writable' : null));
    try {
      const { code, stderr } = await run(['index'], root);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'docket: cannot write docs/adr/README.md: the file is not writable; nothing written\n',
      );
    } finally {
      spy.mockRestore();
    }
    expect(await readme(root)).toBe(text);
    await expect(readFile(join(root, 'docs/other/README.md'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
