// What dist/docket.cjs (the bundled command, see scripts/bundle.mjs) exports to its launcher.
export { writeFileAtomic } from './fs/safe-write.js';
export { EXIT_FINDINGS, EXIT_OK, main } from './main.js';
