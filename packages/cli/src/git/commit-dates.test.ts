import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { allRules, type Rule } from '@docket/core';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { commitAll, git } from '../testing/git.js';
import { gitCommitDates, parseGitLog } from './commit-dates.js';

const repo = useTempRepos();

describe('parseGitLog', () => {
  it('takes the newest commit as the last and the oldest as the first', () => {
    const log =
      '\u001e2024-05-02T10:00:00+02:00\n\ndocs/adr/0001-a.md\n\u001e2024-03-01T09:00:00Z\n\ndocs/adr/0001-a.md\ndocs/adr/0002-b.md\n';
    const dates = parseGitLog(log, '/repo');
    expect(dates.get('/repo/docs/adr/0001-a.md')).toEqual({ first: '2024-03-01', last: '2024-05-02' });
    expect(dates.get('/repo/docs/adr/0002-b.md')).toEqual({ first: '2024-03-01', last: '2024-03-01' });
  });
});

describe('gitCommitDates', () => {
  it('reads first and last commit dates of records, including names with non-ASCII letters', async () => {
    const root = await repo({
      'docs/adr/0001-a.md': '# A\n',
      'docs/adr/0002-größe.md': '# B\n',
      'README.md': '# R\n',
    });
    const git = simpleGit({ baseDir: root });
    await git.init().addConfig('user.name', 'Test').addConfig('user.email', 'test@example.org');
    // The author date is the one the site shows.
    const commit = (date: string) => git.raw(['commit', '-q', '-m', `at ${date}`, `--date=${date}`]);
    await git.add('.');
    await commit('2023-01-10T12:00:00Z');
    await writeFile(join(root, 'docs/adr/0001-a.md'), '# A, revised\n');
    await git.add('.');
    await commit('2024-06-30T12:00:00Z');
    const files = [join(root, 'docs/adr/0001-a.md'), join(root, 'docs/adr/0002-größe.md')];
    const { dates, note } = await gitCommitDates(root, [join(root, 'docs/adr')], files);
    expect(note).toBeUndefined();
    expect(dates.get(files[0] as string)).toEqual({ first: '2023-01-10', last: '2024-06-30' });
    expect(dates.get(files[1] as string)).toEqual({ first: '2023-01-10', last: '2023-01-10' });
  });

  it('is empty outside a repository', async () => {
    const root = await repo({ 'docs/adr/0001-a.md': '# A\n' });
    expect(
      (await gitCommitDates(root, [join(root, 'docs/adr')], [join(root, 'docs/adr/0001-a.md')])).dates.size,
    ).toBe(0);
  });

  it('gives no dates in a shallow clone, where every file seems added by the cut, and says why', async () => {
    const origin = await repo({ 'docs/adr/0001-a.md': '# A\n' });
    git(origin, 'init', '-q');
    commitAll(origin, 'first', '2021-03-04T10:00:00Z');
    await writeFile(join(origin, 'docs/adr/0002-b.md'), '# B\n');
    commitAll(origin, 'second', '2024-06-30T10:00:00Z');
    const parent = await repo({});
    git(parent, 'clone', '-q', '--depth', '1', `file://${origin}`, 'clone');
    const clone = join(parent, 'clone');
    const found = await gitCommitDates(clone, [join(clone, 'docs/adr')], [join(clone, 'docs/adr/0001-a.md')]);
    expect(found.dates.size).toBe(0);
    expect(found.note).toMatch(
      /shallow clone lacks \(actions\/checkout: fetch-depth: 0\); their dates are left blank$/,
    );
    // `docket list` shows the record undated rather than dated by the cut, and passes the note on.
    const listed = await run(['list', '-f', 'json'], clone);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { date: string | null }[]).map((row) => row.date)).toEqual([
      null,
      null,
    ]);
    expect(listed.stderr).toBe(`docket: note: ${found.note}\n`);
    await rm(parent, { recursive: true, force: true });
  });
});

describe('docket lint with first-commit dates', () => {
  const dateRules: Rule[] = allRules.filter((rule) =>
    ['revisit-overdue', 'date-valid'].includes(rule.meta.id),
  );
  const CONFIG = JSON.stringify({
    rules: { 'revisit-overdue': ['warn', { maxAgeMonths: 12 }], 'date-valid': ['error', { required: true }] },
  });
  /** An accepted MADR record with no date of its own, and one dated recently. */
  const RECORDS = {
    'docket.config.json': CONFIG,
    'docs/adr/0001-undated.md':
      '---\nstatus: accepted\n---\n# Use PostgreSQL for orders\n\n## Decision\n\nPostgreSQL.\n',
    'docs/adr/0002-dated.md':
      '---\nstatus: accepted\ndate: 2025-11-20\n---\n# Cache pages for an hour\n\n## Decision\n\nOne hour.\n',
  };
  const lint = (cwd: string, ...args: string[]) =>
    run(['lint', '-f', 'json', '--today', '2026-01-15', ...args], cwd, { rules: dateRules });
  /** rule id: message, per file name, for the files with findings. */
  const messages = (stdout: string) =>
    Object.fromEntries(
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[])
        .filter((file) => file.messages.length > 0)
        .map((file) => [basename(file.filePath), file.messages.map((m) => `${m.ruleId}: ${m.message}`)]),
    );

  it('ages an undated record from its first commit and suggests the date line to write', async () => {
    const root = await repo(RECORDS);
    git(root, 'init', '-q');
    commitAll(root, 'records', '2021-03-04T10:00:00Z');
    const { code, stdout, stderr } = await lint(root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(messages(stdout)).toEqual({
      '0001-undated.md': [
        'date-valid: The record has no date; add `date: 2021-03-04` to the frontmatter (the day it was first committed), or the day it was decided if that was earlier.',
        "revisit-overdue: This decision was first committed on 2021-03-04, 4 years 10 months ago, and names no `revisit-by` date (maxAgeMonths is 12); review it against today's constraints and add `revisit-by: YYYY-MM-DD`, or write a record that supersedes it.",
      ],
    });
  });

  it('in a shallow clone, uses written dates only and says which checks need fetch-depth: 0', async () => {
    const origin = await repo(RECORDS);
    git(origin, 'init', '-q');
    commitAll(origin, 'records', '2021-03-04T10:00:00Z');
    const parent = await repo({});
    git(parent, 'clone', '-q', '--depth', '1', `file://${origin}`, 'clone');
    const clone = join(parent, 'clone');
    const { code, stdout, stderr } = await lint(clone);
    expect(stderr).toBe(
      'docket: note: revisit-overdue and date-valid read the first commit of records that state no date, which needs the full history this shallow clone lacks (actions/checkout: fetch-depth: 0); using written dates only\n',
    );
    expect(code).toBe(1);
    expect(messages(stdout)).toEqual({
      '0001-undated.md': [
        'date-valid: The record has no date; add `date: YYYY-MM-DD` to the frontmatter or a "Date: YYYY-MM-DD" line under the title.',
      ],
    });
    // A run whose rules read no history does not look at git at all, so it has nothing to say.
    await writeFile(join(clone, 'docket.config.json'), '{}');
    const plain = await lint(clone);
    expect(plain.stderr).toBe('');
    await rm(parent, { recursive: true, force: true });
  });

  it('outside a repository and before the first commit, lints with written dates and no note', async () => {
    const root = await repo(RECORDS);
    const outside = await lint(root);
    expect(outside.stderr).toBe('');
    expect(messages(outside.stdout)['0001-undated.md']).toEqual([
      'date-valid: The record has no date; add `date: YYYY-MM-DD` to the frontmatter or a "Date: YYYY-MM-DD" line under the title.',
    ]);
    git(root, 'init', '-q');
    const unborn = await lint(root);
    expect(unborn).toEqual(outside);
  });

  it('never serves a cached result when the first-commit date appears or changes', async () => {
    const root = await repo(RECORDS);
    git(root, 'init', '-q');
    // Not committed yet: no date from git, so revisit-overdue is silent.
    const before = await lint(root, '--cache');
    expect(messages(before.stdout)['0001-undated.md']).toHaveLength(1);
    commitAll(root, 'records', '2021-03-04T10:00:00Z');
    const after = await lint(root, '--cache');
    expect(messages(after.stdout)['0001-undated.md']?.[1]).toContain('first committed on 2021-03-04');
    // The same texts in a history rewritten to a later day: the cached finding must not be reused.
    git(root, 'commit', '-q', '--amend', '--no-edit', '--date=2025-06-01T10:00:00Z');
    const rewritten = await lint(root, '--cache');
    expect(messages(rewritten.stdout)['0001-undated.md']).toEqual([
      'date-valid: The record has no date; add `date: 2025-06-01` to the frontmatter (the day it was first committed), or the day it was decided if that was earlier.',
    ]);
  });
});
