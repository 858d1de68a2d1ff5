import { parseAdr } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { UsageError } from './context.js';
import { looksLikePath, parseAdrNumber, resolveIds } from './ids.js';

const doc = (path: string) => parseAdr({ path, text: `# Title of ${path}\n` });
const documents = [
  doc('/repo/docs/adr/0001-first.md'),
  doc('/repo/docs/adr/0007-seventh.md'),
  doc('/repo/docs/adr/0009-a.md'),
  doc('/repo/docs/adr/0009-b.md'),
];

describe('parseAdrNumber', () => {
  it('reads the ways people write a record number', () => {
    for (const id of ['7', '0007', 'ADR-7', 'adr-0007', 'ADR7', 'adr_7', '#7'])
      expect(parseAdrNumber(id), id).toBe(7);
  });
  it('rejects anything else', () => {
    for (const id of ['seven', 'ADR-', '7a', '-7', '1.5', '']) expect(parseAdrNumber(id), id).toBeNull();
  });
});

describe('looksLikePath', () => {
  it('takes ids with a folder or a .md ending as paths', () => {
    expect(looksLikePath('docs/adr/0007-x.md')).toBe(true);
    expect(looksLikePath('0007-x.md')).toBe(true);
    expect(looksLikePath('0007')).toBe(false);
  });
});

describe('resolveIds', () => {
  it('finds records by number or path, in the order given, each once', () => {
    const found = resolveIds(['7', 'docs/adr/0001-first.md', 'ADR-0007'], documents, '/repo');
    expect(found.map((d) => d.path)).toEqual([
      '/repo/docs/adr/0007-seventh.md',
      '/repo/docs/adr/0001-first.md',
    ]);
  });

  it('names the id that matches nothing, is malformed or is ambiguous', () => {
    expect(() => resolveIds(['42'], documents, '/repo')).toThrow(
      new UsageError('no ADR numbered 42 (from "42"); the records are numbered 1 to 9'),
    );
    expect(() => resolveIds(['latest'], documents, '/repo')).toThrow(/"latest" is not an ADR id/);
    expect(() => resolveIds(['9'], documents, '/repo')).toThrow(
      'ADR number 9 is used by 2 records (docs/adr/0009-a.md, docs/adr/0009-b.md); give the path instead',
    );
    expect(() => resolveIds(['docs/adr/0002-x.md'], documents, '/repo')).toThrow(
      'no ADR file docs/adr/0002-x.md',
    );
  });
});
