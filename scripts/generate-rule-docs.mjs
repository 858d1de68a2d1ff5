#!/usr/bin/env node
// Writes docs/rules/<rule-id>.md and docs/rules/README.md from the rules' metadata (run after
// `pnpm build`) and removes pages of rules that no longer exist. A test fails when the committed
// pages differ from what this would write.
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../packages/cli/dist/fs/safe-write.js';
import { allRules, ruleDocPages } from '../packages/core/dist/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const pages = ruleDocPages(allRules);
for (const page of pages) await writeFileAtomic(`${root}${page.path}`, page.text);

const written = new Set(pages.map((page) => page.path));
for (const name of await readdir(`${root}docs/rules`)) {
  const path = `docs/rules/${name}`;
  if (name.endsWith('.md') && !written.has(path)) {
    await rm(`${root}${path}`);
    console.log(`removed ${path} (no such rule)`);
  }
}
console.log(`wrote ${pages.length} pages to docs/rules`);
