#!/usr/bin/env node
// Writes packages/cli/schema/docket.config.schema.json from the rules' metadata (run after
// `pnpm build`). A test fails when the committed file differs from what this would write.
import { fileURLToPath } from 'node:url';
import { buildConfigSchema, CONFIG_SCHEMA_FILE } from '../packages/cli/dist/config/schema.js';
import { writeFileAtomic } from '../packages/cli/dist/fs/safe-write.js';
import { allRules } from '../packages/core/dist/index.js';

const target = fileURLToPath(new URL(`../packages/cli/${CONFIG_SCHEMA_FILE}`, import.meta.url));
await writeFileAtomic(target, `${JSON.stringify(buildConfigSchema(allRules), null, 2)}\n`);
console.log(`wrote ${target}`);
