import { describe, expect, it } from 'vitest';
import { applyFixes } from '../engine/fix.js';
import { parseAdr } from '../parser/parse.js';
import { missingSectionFix } from './sections.js';

const fixed = (text: string, kind: Parameters<typeof missingSectionFix>[1]) => {
  const fix = missingSectionFix(parseAdr({ path: '0001-a.md', text }), kind);
  return fix ? applyFixes(text, [fix]).text : null;
};

describe('missingSectionFix', () => {
  it('adds nothing when the record has the section under any of its names', () => {
    expect(fixed('# A\n\n## Risks\n\nThe queue fills up.\n', 'failure')).toBeNull();
    expect(fixed('# A\n\n## Rollback\n\nRevert the flag.\n', 'reversibility')).toBeNull();
  });

  it('goes before the first top-level section the review template puts later', () => {
    expect(fixed('# A\n\n## Decision\n\nUse X.\n\n## Evidence\n\nA benchmark.\n', 'reversibility')).toBe(
      '# A\n\n## Decision\n\nUse X.\n\n## Reversibility\n\n{How would this decision be undone, how long would that take and what would it cost?}\n\n## Evidence\n\nA benchmark.\n',
    );
  });

  it('goes at the end otherwise, after one blank line, whatever the text ends with', () => {
    const ending = '## Operations\n\n{Who operates this, and who gets paged when it breaks?}\n';
    expect(fixed('# A\n\n## Decision\n\nUse X.\n', 'operations')).toBe(
      `# A\n\n## Decision\n\nUse X.\n\n${ending}`,
    );
    expect(fixed('# A\n\n## Decision\n\nUse X.', 'operations')).toBe(
      `# A\n\n## Decision\n\nUse X.\n\n${ending}`,
    );
  });

  it('uses the level of the record’s top-level sections', () => {
    const text = '# A\n\n### Decision\n\nUse X.\n';
    expect(fixed(text, 'evidence')).toBe(
      `${text}\n### Evidence\n\n{The benchmarks, proof of concept or past incidents behind this decision.}\n`,
    );
  });
});
