// `docket lint --cache` end to end: the flags, where the cache goes, and what the user sees.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adr, fakeRules, run, useTempRepos } from '../testing/fixtures.js';

const repo = useTempRepos();
const rules = fakeRules;
const files = {
  'docs/adr/0001-first.md': adr('1. First', 'Accepted', 'ERRMARK'),
  'docs/adr/0002-second.md': adr('2. Second', 'Accepted'),
};

describe('docket lint --cache', () => {
  it('writes .docket-cache/lint.json in the project root and reports the same findings from it', async () => {
    const root = await repo(files);
    const first = await run(['lint', '--cache'], root, { rules });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('Found ERRMARK on this line');
    const cache = JSON.parse(await readFile(join(root, '.docket-cache/lint.json'), 'utf8'));
    expect(Object.keys(cache.files).sort()).toEqual([
      join(root, 'docs/adr/0001-first.md'),
      join(root, 'docs/adr/0002-second.md'),
    ]);
    expect(await run(['lint', '--cache'], root, { rules })).toEqual(first);
  });

  it('picks up an edited record', async () => {
    const root = await repo(files);
    await run(['lint', '--cache'], root, { rules });
    await writeFile(join(root, 'docs/adr/0001-first.md'), adr('1. First', 'Accepted'));
    expect(await run(['lint', '--cache'], root, { rules })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('puts the cache where --cache-location says: a file, or lint.json in a folder', async () => {
    const root = await repo(files);
    await run(['lint', '--cache', '--cache-location', 'tmp/my-cache.json'], root, { rules });
    expect((await stat(join(root, 'tmp/my-cache.json'))).isFile()).toBe(true);
    await run(['lint', '--cache', '--cache-location', 'caches/'], root, { rules });
    expect((await stat(join(root, 'caches/lint.json'))).isFile()).toBe(true);
  });

  it('refuses --cache-location without --cache, writing nothing', async () => {
    const root = await repo(files);
    const result = await run(['lint', '--cache-location', 'c.json'], root, { rules });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'docket: --cache-location c.json needs --cache; add --cache to use a cache\n',
    });
    await expect(stat(join(root, 'c.json'))).rejects.toThrow();
  });

  it('notes a damaged cache and lints as if there were none', async () => {
    const root = await repo({ ...files, '.docket-cache/lint.json': 'garbage' });
    const result = await run(['lint', '--cache'], root, { rules });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `docket: note: the cache ${join(root, '.docket-cache/lint.json')} is damaged; ignoring it and writing a new one\n`,
    );
    expect(result.stdout).toContain('Found ERRMARK on this line');
    expect(JSON.parse(await readFile(join(root, '.docket-cache/lint.json'), 'utf8')).format).toBe(1);
  });
});
