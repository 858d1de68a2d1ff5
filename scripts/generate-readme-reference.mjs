#!/usr/bin/env node
// Rewrites the README's generated reference sections (commands from --help, configuration from
// the config schema) between their marker comments. Run after `pnpm build`; a test fails on drift.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../packages/cli/dist/config/schema.js';
import { writeFileAtomic } from '../packages/cli/dist/fs/safe-write.js';
import { updateReadme } from '../packages/cli/dist/reference.js';
import { allRules } from '../packages/core/dist/index.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const before = await readFile(readmePath, 'utf8');
const after = await updateReadme(before, buildConfigSchema(allRules));
if (after === before) console.log('README reference sections are up to date');
else {
  await writeFileAtomic(readmePath, after);
  console.log(`rewrote the reference sections of ${readmePath}`);
}
