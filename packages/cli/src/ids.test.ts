import { join } from 'node:path';
import { parseAdr } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { UsageError } from './context.js';
import { idPaths, looksLikePath, parseAdrNumber, resolveId, resolveIds } from './ids.js';
import { loadProject } from './project.js';
import { loadProjectRecords } from './records.js';
import { useTempRepos } from './testing/fixtures.js';
import { EDIT_REPO, MADR3_RECORD } from './testing/records.js';

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

describe('resolveId on loaded records', () => {
  const repo = useTempRepos();

  it.each(['2', '0002', 'ADR-2', 'adr-0002', 'ADR 2', 'docs/adr/0002-cache-product-pages-in-a-cdn.md'])(
    'finds record 2 from "%s" and returns the whole record',
    async (id) => {
      const root = await repo(EDIT_REPO);
      const records = await loadProjectRecords(await loadProject(root), root);
      const found = resolveId(id, records, root);
      expect(found.path).toBe(join(root, 'docs/adr/0002-cache-product-pages-in-a-cdn.md'));
      expect(found.text).toBe(MADR3_RECORD);
    },
  );

  it('finds a markdown file outside the ADR folders when the command read it', async () => {
    const root = await repo({ ...EDIT_REPO, 'notes/draft.md': '# Draft\n\n* Status: draft\n' });
    const ids = ['notes/draft.md', join(root, 'notes/draft.md')];
    const records = await loadProjectRecords(await loadProject(root), root, {
      extraFiles: idPaths(ids, root),
    });
    const [relativeId, absoluteId] = ids.map((id) => resolveId(id, records, root));
    expect(relativeId?.document.status?.normalized).toBe('draft');
    expect(relativeId?.folder).toBe(join(root, 'notes'));
    expect(absoluteId).toBe(relativeId);
  });
});
