import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBeside } from './known-paths.js';
import { useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

describe('filesBeside', () => {
  it('lists the files of each folder holding a path, once, without descending', async () => {
    const root = await repo({
      'adr/0001-a.md': '# A\n',
      'adr/0002-b.md': '# B\n',
      'adr/img/x.png': 'x',
      'other/c.md': '# C\n',
    });
    await mkdir(join(root, 'adr', 'empty'));
    const files = await filesBeside([join(root, 'adr/0001-a.md'), join(root, 'adr/0002-b.md')]);
    expect(files.sort()).toEqual([join(root, 'adr/0001-a.md'), join(root, 'adr/0002-b.md')]);
  });

  it('skips a folder it cannot read', async () => {
    expect(await filesBeside(['/nonexistent-docket-folder/0001-a.md'])).toEqual([]);
  });
});
