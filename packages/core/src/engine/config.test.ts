import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { allRules } from '../rules/index.js';
import { lifecycleOf, parseOptionsOf, resolveRuleOptions } from './config.js';

describe('resolveRuleOptions', () => {
  // A rule the config gives no options gets its defaults unchecked, so each rule's defaults must
  // be what validating them would give: valid, and with every default its schema names.
  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))(
    '%s: its defaults pass its own schema unchanged',
    (_, rule) => {
      const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
      const filled = structuredClone(rule.meta.defaultOptions);
      expect(ajv.validate(rule.meta.schema, filled), JSON.stringify(ajv.errors)).toBe(true);
      expect(filled).toEqual(rule.meta.defaultOptions);
    },
  );

  it('returns a copy of the defaults when no options are given, so a rule cannot change them for the next run', () => {
    const rule = allRules.find((r) => r.meta.id === 'failure-story');
    if (!rule) throw new Error('failure-story is registered');
    const options = resolveRuleOptions(rule, undefined);
    expect(options).toEqual(rule.meta.defaultOptions);
    expect(options).not.toBe(rule.meta.defaultOptions);
  });

  it('still validates options that are given, naming the bad one', () => {
    const rule = allRules.find((r) => r.meta.id === 'failure-story');
    if (!rule) throw new Error('failure-story is registered');
    expect(() => resolveRuleOptions(rule, { noSuchOption: 1 })).toThrow(/unknown option "noSuchOption"/);
  });
});

describe('parseOptionsOf', () => {
  it("reads a record's status with the project's aliases and its own lifecycle words", () => {
    const options = parseOptionsOf({
      lifecycle: ['Draft', 'Approved', 'Retired'],
      statusAliases: { 'Signed off': 'approved' },
      sectionAliases: { context: ['Background'] },
    });
    expect(options.statusAliases).toEqual({
      draft: 'draft',
      approved: 'approved',
      retired: 'retired',
      'signed off': 'approved',
    });
    const doc = parseAdr(
      { path: 'x.md', text: '# X\n\n* Status: Signed off\n\n## Background\n\nWhy.\n' },
      options,
    );
    expect(doc.status?.normalized).toBe('approved');
    expect(doc.sections.some((s) => s.kind === 'context')).toBe(true);
  });

  it('uses the default lifecycle when none is configured', () => {
    expect(lifecycleOf({})).toEqual([
      'draft',
      'proposed',
      'accepted',
      'rejected',
      'deprecated',
      'superseded',
    ]);
    expect(lifecycleOf({ lifecycle: ['In-Review'] })).toEqual(['in-review']);
  });
});
