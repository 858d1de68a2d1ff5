import { describe, expect, it } from 'vitest';
import { applyFixes } from '../engine/fix.js';
import { parseAdr } from '../parser/parse.js';
import { addLinkFix } from './links.js';

const target = { href: '0009-use-postgresql.md', number: '0009', title: 'Use PostgreSQL' };

function fixed(text: string): string | null {
  const fix = addLinkFix(parseAdr({ path: 'docs/adr/0002-use-mysql.md', text }), 'superseded by', target);
  return fix ? applyFixes(text, [fix]).text : null;
}

describe('addLinkFix', () => {
  it.each([
    ['frontmatter', '---\nstatus: superseded\n---\n# Use MySQL\n', 'superseded-by'],
    [
      'MADR 2 bullets',
      '# Use MySQL\n\n* Status: superseded\n* Date: 2020-01-01\n\n## Context\n\nText.\n',
      'uperseded by',
    ],
    [
      'Nygard',
      '# 2. Use MySQL\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded\n\n## Context\n\nText.\n',
      'Superseded by',
    ],
  ])(
    'writes the missing end of a supersede link in the record’s dialect (%s), keeping every line',
    (_d, text, written) => {
      const after = fixed(text);
      expect(after).toContain(written);
      expect(after).toContain('0009-use-postgresql.md');
      for (const line of text
        .split('\n')
        .filter((l) => l.trim() !== '' && !/^\W*status\W/i.test(l) && l !== 'Superseded')) {
        expect(after?.split('\n')).toContain(line);
      }
      // Idempotent: once written, there is nothing left to add.
      expect(fixed(after ?? '')).toBeNull();
    },
  );

  it('offers nothing for a record whose frontmatter does not parse', () => {
    expect(fixed('---\nstatus: [broken\n---\n# Use MySQL\n')).toBeNull();
  });
});
