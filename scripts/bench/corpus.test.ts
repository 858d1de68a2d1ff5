import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.mjs';

const folders: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docket-corpus-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeCorpus', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const read = (paths: string[]) => paths.map((p) => `${basename(p)}\n${readFileSync(p, 'utf8')}`);
    const first = read(writeCorpus(scratch(), 40));
    expect(read(writeCorpus(scratch(), 40))).toEqual(first);
    expect(read(writeCorpus(scratch(), 40, 8))).not.toEqual(first);
  });

  it('writes records of 3 to 8.5 KB with a title, options with pros and cons, and consequences', () => {
    const paths: string[] = writeCorpus(scratch(), 60);
    expect(new Set(paths).size).toBe(60);
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      expect(text.length).toBeGreaterThanOrEqual(3000);
      expect(text.length).toBeLessThanOrEqual(8700);
      expect(text).toMatch(/^# /m);
      expect(text).toMatch(/^## Considered Options$/m);
      expect(text).toMatch(/^\* Bad, because /m);
      expect(text).toMatch(/^### Consequences$/m);
    }
  });

  it('mixes dialects, tables, code blocks and flawed records', () => {
    const texts = (writeCorpus(scratch(), 200) as string[]).map((p) => readFileSync(p, 'utf8'));
    const share = (pattern: RegExp) => texts.filter((t) => pattern.test(t)).length / texts.length;
    expect(share(/^---\nstatus: /)).toBeGreaterThan(0.5);
    expect(share(/^## Status$/m)).toBeGreaterThan(0.15);
    expect(share(/^\|---\|/m)).toBe(1);
    expect(share(/^```yaml$/m)).toBeGreaterThan(0.4);
    expect(share(/^TODO: /m)).toBeGreaterThan(0.01);
    expect(share(/^## Failure Story$/m)).toBeLessThan(1);
  });
});
