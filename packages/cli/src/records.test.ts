import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from './project.js';
import {
  byNumberThenPath,
  loadProjectRecords,
  numberText,
  readProjectRecords,
  relativeLink,
  titleOf,
} from './records.js';
import { useTempRepos } from './testing/fixtures.js';
import { EDIT_REPO, NYGARD_RECORD } from './testing/records.js';

const repo = useTempRepos();

describe('loadProjectRecords', () => {
  it('reads, parses and orders the records of the ADR folders, keeping the text byte for byte', async () => {
    const root = await repo({
      ...EDIT_REPO,
      'docs/adr/0010-tenth.md': '\uFEFF# 10. Tenth\r\n\r\n## Status\r\n\r\nProposed\r\n',
      'docs/adr/README.md': '# Decisions\n',
    });
    const records = await loadProjectRecords(await loadProject(root), root);
    expect(records.map((r) => r.path.slice(root.length + 1))).toEqual([
      'docs/adr/0001-use-mysql-for-orders.md',
      'docs/adr/0002-cache-product-pages-in-a-cdn.md',
      'docs/adr/0003-use-feature-flags-for-rollouts.md',
      'docs/adr/0010-tenth.md',
    ]);
    expect(records[0]?.text).toBe(NYGARD_RECORD);
    expect(records[3]?.text.startsWith('\uFEFF# 10. Tenth\r\n')).toBe(true);
    expect(records.every((r) => r.folder === join(root, 'docs/adr'))).toBe(true);
    expect(records.map((r) => r.document.status?.normalized)).toEqual([
      'accepted',
      'proposed',
      'proposed',
      'proposed',
    ]);
  });

  it("reads statuses with the project's aliases", async () => {
    const root = await repo({
      ...EDIT_REPO,
      'docket.config.json': JSON.stringify({ statusAliases: { 'in review': 'proposed' } }),
      'docs/adr/0004-x.md': '# X\n\n* Status: In review\n',
    });
    const records = await loadProjectRecords(await loadProject(root), root);
    expect(records[3]?.document.status?.normalized).toBe('proposed');
  });

  it('names a file given by path that is missing or not a file', async () => {
    const root = await repo(EDIT_REPO);
    const project = await loadProject(root);
    await expect(readProjectRecords(project, root, { extraFiles: [join(root, 'docs')] })).rejects.toThrow(
      'no such ADR file: docs',
    );
    await expect(
      readProjectRecords(project, root, { extraFiles: [join(root, 'notes/none.md')] }),
    ).rejects.toThrow('no such ADR file: notes/none.md');
  });
});

describe('record helpers', () => {
  it('writes numbers as the file name does, titles and links as markdown needs', async () => {
    const root = await repo({ ...EDIT_REPO, 'docs/adr/old/0004-old-one.md': '# Old one\n' });
    const records = await loadProjectRecords(await loadProject(root), root);
    const [first, , , old] = records;
    if (!first || !old) throw new Error('records missing');
    expect(numberText(first)).toBe('0001');
    expect(titleOf(first)).toBe('Use MySQL for orders');
    expect(relativeLink(first.path, old.path)).toBe('old/0004-old-one.md');
    expect(relativeLink(old.path, first.path)).toBe('../0001-use-mysql-for-orders.md');
    expect([old, first].sort(byNumberThenPath)).toEqual([first, old]);
  });
});
