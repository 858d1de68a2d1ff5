import { readFileSync } from 'node:fs';
import { allRules } from '@docket/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, CONFIG_SCHEMA_FILE } from './schema.js';

const committedPath = new URL(`../../${CONFIG_SCHEMA_FILE}`, import.meta.url);
const generated = buildConfigSchema(allRules);

describe('the shipped config schema', () => {
  it('is what the rules generate (run `pnpm build && pnpm schema` after changing a rule)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(`${JSON.stringify(generated, null, 2)}\n`);
  });

  it('is a valid draft-07 schema that ajv compiles strictly except for tuple items', () => {
    const ajv = new Ajv({ strictTuples: false });
    expect(ajv.validateSchema(generated)).toBe(true);
    expect(() => ajv.compile(generated)).not.toThrow();
  });

  it('holds every rule, each with its own options schema and a description', () => {
    const rules = (generated.properties as Record<string, { properties: Record<string, unknown> }>).rules
      .properties;
    expect(Object.keys(rules)).toEqual(allRules.map((rule) => rule.meta.id));
    for (const rule of allRules) {
      const setting = rules[rule.meta.id] as { description: string; anyOf: { items?: unknown[] }[] };
      expect(setting.description).toContain(rule.meta.description);
      expect(setting.anyOf[1]?.items?.[1]).toEqual(rule.meta.schema);
    }
  });

  it('accepts a full example and rejects an unknown key', () => {
    const validate = new Ajv({ strict: false }).compile(generated);
    const example = {
      $schema: './node_modules/@docket/cli/schema/docket.config.schema.json',
      extends: ['recommended', './team.json'],
      adrFolders: ['docs/adr', 'services/*/docs/adr'],
      ignore: ['docs/adr/archive/**'],
      templates: 'docs/adr/templates',
      rules: { 'options-min-two': 'warn', 'tradeoffs-named': ['error', { perOption: true }] },
      sectionAliases: { failure: ['Blast radius'] },
      lifecycle: ['draft', 'proposed', 'accepted', 'superseded'],
      statusAliases: { ratified: 'accepted' },
      reviewStatuses: 'all',
      requireDisableReason: true,
    };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, adrFolder: ['x'] })).toBe(false);
  });
});
