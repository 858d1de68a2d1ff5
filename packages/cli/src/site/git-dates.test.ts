import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { useTempRepos } from '../testing/fixtures.js';
import { gitCommitDates, parseGitLog } from './git-dates.js';

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
    const dates = await gitCommitDates(root, [join(root, 'docs/adr')], files);
    expect(dates.get(files[0] as string)).toEqual({ first: '2023-01-10', last: '2024-06-30' });
    expect(dates.get(files[1] as string)).toEqual({ first: '2023-01-10', last: '2023-01-10' });
  });

  it('is empty outside a repository', async () => {
    const root = await repo({ 'docs/adr/0001-a.md': '# A\n' });
    expect(
      (await gitCommitDates(root, [join(root, 'docs/adr')], [join(root, 'docs/adr/0001-a.md')])).size,
    ).toBe(0);
  });
});
