import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { CATALOG_REPO } from '../testing/catalog-records.js';
import { run, useTempRepos } from '../testing/fixtures.js';

const makeRepo = useTempRepos();

/** Commits everything in `root` with the given author date. */
async function commitAll(root: string, date: string): Promise<void> {
  const git = simpleGit({ baseDir: root });
  await git.init().addConfig('user.name', 'Test').addConfig('user.email', 'test@example.org');
  await git.add('.');
  await git.raw(['commit', '-q', '-m', 'records', `--date=${date}`]);
}

describe('docket list', () => {
  it('prints a table of every record in number order', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout, stderr } = await run(['list'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'NUMBER  TITLE                        STATUS      DATE        PATH',
        '0001    Use MySQL                    superseded  2023-02-01  docs/adr/0001-use-mysql.md',
        '0002    Cache pages, "fast" | cheap  proposed    -           docs/adr/0002-cache-pages.md',
        '0003    Use Postgres                 accepted    2024-01-01  docs/adr/0003-use-postgres.md',
        '',
      ].join('\n'),
    );
  });

  it('dates a record that states no date by the commit that added it', async () => {
    const root = await makeRepo(CATALOG_REPO);
    await commitAll(root, '2022-05-05T10:00:00Z');
    const { code, stdout } = await run(['list', '--format', 'json'], root);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows[1]).toEqual({
      number: 2,
      title: 'Cache pages, "fast" | cheap',
      status: 'proposed',
      date: '2022-05-05',
      dateSource: 'git',
      path: 'docs/adr/0002-cache-pages.md',
    });
    // A date the record states wins over git's.
    expect(rows[0]).toMatchObject({ date: '2023-02-01', dateSource: 'record' });
  });

  it('leaves the date empty outside a git repository, without an error', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout, stderr } = await run(['list', '-f', 'json', '--status', 'proposed'], root);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ number: 2, date: null, dateSource: null }),
    ]);
  });

  it('filters by a comma list of statuses and writes RFC 4180 CSV', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout } = await run(['list', '--status', 'proposed,superseded', '--format', 'csv'], root);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'number,title,status,date,path\r\n' +
        '0001,Use MySQL,superseded,2023-02-01,docs/adr/0001-use-mysql.md\r\n' +
        '0002,"Cache pages, ""fast"" | cheap",proposed,,docs/adr/0002-cache-pages.md\r\n',
    );
  });

  it('checks --status against the configured lifecycle', async () => {
    const root = await makeRepo({
      ...CATALOG_REPO,
      'docket.config.json': JSON.stringify({ lifecycle: ['proposed', 'accepted', 'piloting', 'superseded'] }),
    });
    const piloting = await run(['list', '--status', 'piloting'], root);
    expect(piloting.code).toBe(0);
    const rejected = await run(['list', '--status', 'rejected'], root);
    expect(rejected.code).toBe(2);
    expect(rejected.stdout).toBe('');
    expect(rejected.stderr).toBe(
      'docket: --status: unknown status "rejected"; use "all" or a comma list of: proposed, accepted, piloting, superseded\n',
    );
  });

  it('refuses an unknown --format in one line', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout, stderr } = await run(['list', '--format', 'xml'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^docket: option '-f, --format <name>' argument 'xml' is invalid\. Allowed choices are table, json, csv\.\n$/,
    );
  });

  it('says how to start when there is no ADR folder', async () => {
    const root = await makeRepo({ 'README.md': '# Project\n' });
    const { code, stderr } = await run(['list'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^docket: no ADR folder found in .*; run docket init, or set adrFolders in docket\.config\.json\n$/,
    );
  });
});
