import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheLocations, loadBundle, saveCache } from './compile-cache.js';
import { writeFileAtomic } from './fs/safe-write.js';
import { useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

interface Fake {
  total: (values: number[]) => number;
  where: string;
}

/** A small CommonJS bundle: a function to run (so it gets compiled) and where it thinks it is. */
const BUNDLE = `'use strict';
function total(values) { let sum = 0; for (const value of values) sum += value; return sum; }
module.exports = { total, where: __filename + ' ' + typeof require };
`;

let bundles = 0;

/**
 * Writes a bundle at `folder`/docket.cjs. Each source differs (a numbered comment), and V8 keeps
 * what it compiled per source and file name for the process, so each load here really compiles.
 */
async function bundleIn(folder: string, source = BUNDLE): Promise<string> {
  const bundle = join(folder, 'docket.cjs');
  await mkdir(folder, { recursive: true });
  await writeFile(bundle, `${source}// bundle ${++bundles}\n`);
  return bundle;
}

describe('cacheLocations', () => {
  it('puts the cache beside the bundle first, then in the user cache folder, named for the bundle and V8', () => {
    const [beside, user] = cacheLocations('/opt/docket/dist/docket.cjs', 'abc123', '/home/me/.cache/docket');
    const name = `docket-abc123-v8-${process.versions.v8}-${process.arch}.cache`;
    expect(beside).toBe(join('/opt/docket/dist', 'compile-cache', name));
    expect(user).toBe(join('/home/me/.cache/docket', 'compile-cache', name));
  });
});

describe('loadBundle and saveCache', () => {
  it('reads an ASCII bundle and one that is not with the same text as written', async () => {
    const root = await repo({ 'dist/.keep': '' });
    for (const text of ['plain \\u2013 escape', 'dash \u2013, quote \u2019, gravestone \u{1FAA6}']) {
      const bundle = await bundleIn(
        join(root, 'dist'),
        `module.exports = { text: ${JSON.stringify(text)} };\n`,
      );
      const loaded = loadBundle<{ text: string }>(
        bundle,
        cacheLocations(bundle, 'k0', join(root, 'user-cache')),
      );
      expect(loaded.exports.text).toBe(text);
    }
  });

  it('runs the bundle without a cache, saves one after the run and compiles with it next time', async () => {
    const root = await repo({ 'dist/.keep': '' });
    const bundle = await bundleIn(join(root, 'dist'));
    const locations = cacheLocations(bundle, 'k1', join(root, 'user-cache'));

    const first = loadBundle<Fake>(bundle, locations);
    expect(first.cacheUsed).toBeNull();
    expect(first.exports.total([1, 2, 3])).toBe(6);
    expect(first.exports.where).toBe(`${bundle} function`);
    expect(await saveCache(first.createCache(), locations, writeFileAtomic)).toBe(locations[0]);

    // The same bundle under another name, as V8 would otherwise reuse what this process compiled.
    const copy = join(root, 'copy.cjs');
    await copyFile(bundle, copy);
    const second = loadBundle<Fake>(copy, locations);
    expect(second.cacheUsed).toBe(locations[0]);
    expect(second.exports.total([4, 5])).toBe(9);
    expect(second.exports.where).toBe(`${copy} function`);
  });

  it('refuses a damaged cache or one made for another bundle, and still runs the bundle', async () => {
    const root = await repo({ 'dist/.keep': '' });
    const [beside] = cacheLocations(join(root, 'dist', 'docket.cjs'), 'k2', join(root, 'user-cache'));
    const locations = [beside as string];

    await saveCache(Buffer.from('not a V8 code cache'), locations, writeFileAtomic);
    const damaged = loadBundle<Fake>(await bundleIn(join(root, 'damaged')), locations);
    expect(damaged.cacheUsed).toBeNull();
    expect(damaged.exports.total([2, 2])).toBe(4);

    const other = loadBundle<Fake>(
      await bundleIn(join(root, 'other'), `${BUNDLE}module.exports.extra = 1;\n`),
      [],
    );
    other.exports.total([1]);
    await saveCache(other.createCache(), locations, writeFileAtomic);
    const mismatched = loadBundle<Fake>(await bundleIn(join(root, 'mismatched')), locations);
    expect(mismatched.cacheUsed).toBeNull();
    expect(mismatched.exports.total([3, 4])).toBe(7);
  });

  it('saves in the user cache folder when the bundle folder takes no files, and gives up quietly when nothing does', async () => {
    const root = await repo({ 'dist/.keep': '', blocked: 'a file, so nothing can be made under it' });
    const bundle = await bundleIn(join(root, 'dist'));
    const blocked = join(root, 'blocked');
    const user = join(root, 'user-cache');
    const data = loadBundle<Fake>(bundle, []).createCache();

    const [, inUserFolder] = cacheLocations(bundle, 'k3', user);
    const fallback = [join(blocked, 'compile-cache', 'x.cache'), inUserFolder as string];
    expect(await saveCache(data, fallback, writeFileAtomic)).toBe(inUserFolder);
    expect((await readFile(inUserFolder as string)).equals(data)).toBe(true);

    expect(
      await saveCache(data, [join(blocked, 'a.cache'), join(blocked, 'b', 'c.cache')], writeFileAtomic),
    ).toBeNull();
  });
});
