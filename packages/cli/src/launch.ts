#!/usr/bin/env node
// The installed `docket` command (bundled as dist/docket.mjs): runs the bundled command,
// dist/docket.cjs, through V8's code cache (see compile-cache.ts). After a `docket lint` that ran
// without a usable cache it saves one, so the next start skips most compiling; other commands
// only read it, as a cache saved after `docket --version` would hold little of what lint needs.
import { fileURLToPath } from 'node:url';
import type * as Bundle from './bundle-entry.js';
import { cacheLocations, loadBundle, saveCache } from './compile-cache.js';
import { setLaunchFlags } from './v8-flags.js';

/** Set by scripts/bundle.mjs: a hash of dist/docket.cjs, so a cache is only ever used with the bundle it came from. */
declare const DOCKET_BUNDLE_KEY: string;

// Before anything compiles, so the code cache is always made and read under the same flags.
setLaunchFlags();

const bundle = fileURLToPath(new URL('./docket.cjs', import.meta.url));
const locations = cacheLocations(bundle, DOCKET_BUNDLE_KEY);
const { exports: docket, cacheUsed, createCache } = loadBundle<typeof Bundle>(bundle, locations);
const args = process.argv.slice(2);
const code = await docket.main(args);
process.exitCode = code;
// A lint that ran to the end (no findings, or findings) has compiled everything a lint needs.
const linted = args[0] === 'lint' && (code === docket.EXIT_OK || code === docket.EXIT_FINDINGS);
if (cacheUsed === null && linted) {
  // A long run turned the optimising compiler back on; V8 would refuse a cache made under other flags.
  setLaunchFlags();
  await saveCache(createCache(), locations, docket.writeFileAtomic);
}
