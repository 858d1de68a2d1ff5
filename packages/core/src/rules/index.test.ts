import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('rule registry', () => {
  it('registers each rule once', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))(
    '%s lives in a file named after its id, with its tests beside it',
    (id, rule) => {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(existsSync(`${here}${id}.ts`)).toBe(true);
      expect(existsSync(`${here}${id}.test.ts`)).toBe(true);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const [name, schema] of Object.entries(
        (rule.meta.schema.properties ?? {}) as Record<string, { description?: string }>,
      )) {
        expect(schema.description, `option ${name} of ${id} has no description`).toBeTruthy();
      }
    },
  );
});
