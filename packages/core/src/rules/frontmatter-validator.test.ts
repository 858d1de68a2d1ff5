import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without type declarations
import { VALIDATOR_FILE, validatorSource } from '../../../../scripts/generate-frontmatter-validator.mjs';
import compiledValidator from './frontmatter-validator.generated.js';

describe('the precompiled frontmatter validator', () => {
  it('is what the generator writes from the schema today (run `pnpm build && pnpm schema` after changing it)', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(validatorSource());
  });

  it('accepts valid frontmatter and reports a bad value with its path', () => {
    const validate = compiledValidator as ((data: unknown) => boolean) & {
      errors?: { instancePath: string }[] | null;
    };
    expect(validate({ status: 'accepted', date: '2024-03-01' })).toBe(true);
    expect(validate({ status: 42 })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/status');
  });
});
