import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepositoryDocument } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { cacheFileOption, cacheFilePath, contentHash, hashOf, LintCache } from './cache.js';
import { UsageError } from './context.js';
import { useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

const view = (path: string): RepositoryDocument => ({
  path,
  number: null,
  title: null,
  status: null,
  metadata: {},
  links: [],
  problems: [],
  comments: [],
});
const entry = (path: string, hash: string) => ({ hash, findings: [], view: view(path) });

describe('hashes', () => {
  it('tell a record with no base, a new record and a changed one apart', () => {
    const hashes = [contentHash('# A\n'), contentHash('# A\n', null), contentHash('# A\n', '# Old\n')];
    expect(new Set(hashes).size).toBe(3);
    expect(contentHash('# A\n', '# Old\n')).toBe(hashes[2]);
  });

  it('hash configurations by content, whatever the order of their keys', () => {
    expect(hashOf({ a: 1, b: { c: [1, 2] } })).toBe(hashOf({ b: { c: [1, 2] }, a: 1 }));
    expect(hashOf({ a: 1 })).not.toBe(hashOf({ a: 2 }));
  });
});

describe('cache location', () => {
  it('defaults to .docket-cache/lint.json in the project root', () => {
    expect(cacheFilePath(undefined, '/repo', '/repo/docs')).toBe('/repo/.docket-cache/lint.json');
  });

  it('takes a file, or a folder (existing, or written with a trailing slash) to hold lint.json', async () => {
    const root = await repo({ 'caches/keep': '' });
    expect(cacheFilePath('my-cache.json', '/elsewhere', root)).toBe(join(root, 'my-cache.json'));
    expect(cacheFilePath('caches', '/elsewhere', root)).toBe(join(root, 'caches/lint.json'));
    expect(cacheFilePath('new-folder/', '/elsewhere', root)).toBe(join(root, 'new-folder/lint.json'));
  });

  it('refuses --cache-location without --cache, and uses no cache without --cache', () => {
    expect(() => cacheFileOption({ cacheLocation: 'x.json' }, '/r', '/r')).toThrow(UsageError);
    expect(() => cacheFileOption({ cacheLocation: 'x.json' }, '/r', '/r')).toThrow(
      '--cache-location x.json needs --cache; add --cache to use a cache',
    );
    expect(cacheFileOption({}, '/r', '/r')).toBeUndefined();
    expect(cacheFileOption({ cache: true }, '/r', '/r')).toBe('/r/.docket-cache/lint.json');
  });
});

describe('LintCache', () => {
  it('hits for the same content and configuration, misses otherwise', async () => {
    const root = await repo({ 'a.md': 'a' });
    const path = join(root, 'cache/lint.json');
    const { cache } = await LintCache.load(path, 'key-1');
    cache.store(join(root, 'a.md'), entry(join(root, 'a.md'), 'h1'));
    cache.storeRepositoryFindings('set-1', { [join(root, 'a.md')]: [] });
    await cache.save();

    const again = (await LintCache.load(path, 'key-1')).cache;
    expect(again.lookup(join(root, 'a.md'), 'h1')?.view.path).toBe(join(root, 'a.md'));
    expect(again.lookup(join(root, 'a.md'), 'h2')).toBeUndefined();
    expect(again.repositoryFindings('set-1')).toEqual({ [join(root, 'a.md')]: [] });
    expect(again.repositoryFindings('set-2')).toBeUndefined();

    const otherConfig = await LintCache.load(path, 'key-2');
    expect(otherConfig.note).toBeUndefined();
    expect(otherConfig.cache.lookup(join(root, 'a.md'), 'h1')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"format": 1, "files": {'],
    ['JSON of another shape', '[1, 2, 3]'],
  ])('ignores a damaged file (%s) with a note instead of failing', async (_what, text) => {
    const root = await repo({ 'lint.json': text });
    const { cache, note } = await LintCache.load(join(root, 'lint.json'), 'k');
    expect(note).toBe(`the cache ${join(root, 'lint.json')} is damaged; ignoring it and writing a new one`);
    expect(cache.lookup('/x.md', 'h')).toBeUndefined();
  });

  it('skips an entry of the right hash but the wrong shape', async () => {
    const root = await repo({});
    const path = join(root, 'lint.json');
    await writeFile(
      path,
      JSON.stringify({ format: 1, key: 'k', files: { '/x.md': { hash: 'h' } }, repository: [] }),
    );
    expect((await LintCache.load(path, 'k')).cache.lookup('/x.md', 'h')).toBeUndefined();
  });

  it('keeps entries of records outside the run while their files exist, and drops the rest', async () => {
    const root = await repo({ 'kept.md': 'k', 'gone.md': 'g' });
    const path = join(root, 'lint.json');
    const first = (await LintCache.load(path, 'k')).cache;
    for (const name of ['kept.md', 'gone.md']) first.store(join(root, name), entry(join(root, name), 'h'));
    await first.save();
    const { rm } = await import('node:fs/promises');
    await rm(join(root, 'gone.md'));

    const second = (await LintCache.load(path, 'k')).cache;
    second.store(join(root, 'new.md'), entry(join(root, 'new.md'), 'h'));
    await second.save();
    const saved = JSON.parse(await readFile(path, 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(saved.files).sort()).toEqual([join(root, 'kept.md'), join(root, 'new.md')]);
  });

  it('keeps the repository findings of the last four sets of records', async () => {
    const { cache } = await LintCache.load(join(await repo({}), 'lint.json'), 'k');
    for (const key of ['1', '2', '3', '4', '5']) cache.storeRepositoryFindings(key, {});
    expect(['1', '2', '3', '4', '5'].map((key) => cache.repositoryFindings(key) !== undefined)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it('writes nothing when nothing changed, and leaves no temporary files behind', async () => {
    const root = await repo({});
    const path = join(root, 'lint.json');
    const { cache } = await LintCache.load(path, 'k');
    await cache.save();
    expect(await readdir(root)).toEqual([]);
    cache.store('/x.md', entry('/x.md', 'h'));
    await cache.save();
    expect(await readdir(root)).toEqual(['lint.json']);
  });
});
