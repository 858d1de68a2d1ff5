// Starting docket compiles megabytes of bundled JavaScript, and a lint then compiles most of the
// functions it calls: together more than half of a one-file lint. V8 can save that work as a code
// cache and take it back on the next start. Node 22's module.enableCompileCache() does this for
// modules, but Node 20 has no such thing, and v8-compile-cache (which hooks require) saves its
// cache straight after compiling, before anything runs, so it misses every function compiled
// lazily during a lint. So the command is bundled as one CommonJS script (dist/docket.cjs), run
// here through vm.Script, and the cache is taken after a run, when it holds all that run compiled.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import envPaths from 'env-paths';

export interface LoadedBundle<T> {
  exports: T;
  /** The cache the script was compiled with, or null when none was found or V8 refused it (another bundle or V8). */
  cacheUsed: string | null;
  /** V8's code cache for the script as it is now: every function compiled so far. */
  createCache(): Buffer;
}

/**
 * Where `bundle`'s code cache may be kept, best first: in a folder beside the bundle (cleared by
 * each build), else in the user's cache folder. The name holds the bundle's content key and the
 * V8 version and architecture, so another build or another Node never picks up this cache.
 */
export function cacheLocations(
  bundle: string,
  bundleKey: string,
  userCacheFolder: string = envPaths('docket', { suffix: '' }).cache,
): string[] {
  const name = `docket-${bundleKey}-v8-${process.versions.v8}-${process.arch}.cache`;
  return [join(dirname(bundle), 'compile-cache', name), join(userCacheFolder, 'compile-cache', name)];
}

function readFirst(locations: readonly string[]): { data: Buffer; location: string } | null {
  for (const location of locations) {
    try {
      return { data: readFileSync(location), location };
    } catch {
      // Not there (or unreadable): try the next place.
    }
  }
  return null;
}

/**
 * A script's text. The bundle is ASCII (scripts/bundle.mjs escapes the rest), and ASCII read as
 * Latin-1 reaches V8 as a one-byte string with no decoding: a few milliseconds sooner than UTF-8
 * for a 3 MB script. Anything else is read as UTF-8.
 */
function readScript(path: string): string {
  const bytes = readFileSync(path);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Compiles and runs the CommonJS `bundle` with the first code cache found at `locations`, and returns its exports. */
export function loadBundle<T>(bundle: string, locations: readonly string[]): LoadedBundle<T> {
  const source = readScript(bundle);
  const cache = readFirst(locations);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData: cache?.data,
    // Lets an import() left in the bundle load like one in any module (Node 20.12 and later).
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as T };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheUsed: cache && !script.cachedDataRejected ? cache.location : null,
    createCache: () => script.createCachedData(),
  };
}

/**
 * Saves `cache` at the first of `locations` that takes it, through `write` (an atomic replace), and
 * returns where, or null. A cache that cannot be saved only makes the next start slower, so no
 * failure here is reported.
 */
export async function saveCache(
  cache: Buffer,
  locations: readonly string[],
  write: (path: string, content: Buffer) => Promise<void>,
): Promise<string | null> {
  for (const location of locations) {
    try {
      await mkdir(dirname(location), { recursive: true, mode: 0o700 });
      await write(location, cache);
      return location;
    } catch {
      // Read-only install or no home folder: try the next place.
    }
  }
  return null;
}
