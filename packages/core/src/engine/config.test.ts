import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { lifecycleOf, parseOptionsOf } from './config.js';

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
