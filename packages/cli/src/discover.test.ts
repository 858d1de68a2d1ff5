import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectAdrFiles,
  discover,
  displayPath,
  findAdrFolders,
  globBase,
  isAdrFile,
  parseAdrDir,
  parseLog4brainsFolders,
} from './discover.js';
import { useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

describe('isAdrFile', () => {
  it.each([
    ['0001-use-postgres.md', true],
    ['ADR-007-queues.md', true],
    ['2021_02_05_unified_api_prefix.md', true],
    ['0010-django-templates.md', true],
    ['0012-remove-template-engine.md', true],
    ['2022-02-07-tracing/README.md', true],
    ['0001-notes.txt', false],
    ['README.md', false],
    ['readme.md', false],
    ['_readme.md', false],
    ['index.md', false],
    ['template.md', false],
    ['adr-template.md', false],
    ['_template.md', false],
    ['0000-template.md', false],
    ['adr-template-minimal.md', false],
    ['templates/0001-example.md', false],
    ['sub/template/decision.md', false],
    ['archive/index-of-things.md', true],
  ])('%s -> %s', (path, expected) => {
    expect(isAdrFile(path)).toBe(expected);
  });
});

describe('config files naming the ADR folder', () => {
  it('reads the first non-empty line of .adr-dir', () => {
    expect(parseAdrDir('\n  architecture/decisions  \nignored\n')).toBe('architecture/decisions');
    expect(parseAdrDir('\n\n')).toBeNull();
  });

  it('reads every adrFolder of .log4brains.yml, unquoted and without comments', () => {
    const yml = [
      '---',
      'project:',
      '  name: demo',
      '  adrFolder: ./docs/adr # the records',
      '  packages:',
      '    - name: backend',
      '      adrFolder: "./packages/backend/adr"',
      "    - adrFolder: './packages/web/adr'",
    ].join('\n');
    expect(parseLog4brainsFolders(yml)).toEqual([
      './docs/adr',
      './packages/backend/adr',
      './packages/web/adr',
    ]);
    expect(parseLog4brainsFolders('project:\n  name: x\n')).toEqual([]);
  });
});

describe('findAdrFolders', () => {
  it.each(['docs/adr', 'docs/decisions', 'doc/adr', 'adr'])(
    'finds the conventional folder %s',
    async (folder) => {
      const root = await repo({ [`${folder}/0001-a.md`]: '# A\n' });
      const found = await findAdrFolders(root);
      expect(found.map((f) => f.path)).toEqual([join(root, folder)]);
    },
  );

  it('finds the folder named in .adr-dir', async () => {
    const root = await repo({
      '.adr-dir': 'architecture/records\n',
      'architecture/records/0001-a.md': '# A\n',
    });
    expect(await findAdrFolders(root)).toEqual([
      { path: join(root, 'architecture/records'), source: '.adr-dir' },
    ]);
  });

  it('finds the adrFolder of .log4brains.yml', async () => {
    const root = await repo({
      '.log4brains.yml': 'project:\n  name: x\n  adrFolder: ./kb/decisions\n',
      'kb/decisions/20200101-a.md': '# A\n',
    });
    expect(await findAdrFolders(root)).toEqual([
      { path: join(root, 'kb/decisions'), source: '.log4brains.yml' },
    ]);
  });

  it('ignores a declared folder that does not exist and falls back to conventional names', async () => {
    const root = await repo({ '.adr-dir': 'missing\n', 'adr/0001-a.md': '# A\n' });
    expect((await findAdrFolders(root)).map((f) => f.path)).toEqual([join(root, 'adr')]);
  });

  it('lists a folder once when declared and conventional, and drops folders inside found ones', async () => {
    const root = await repo({
      '.adr-dir': 'docs/adr',
      'docs/adr/0001-a.md': '# A\n',
      'docs/adr/adr/0002-b.md': '# B\n',
    });
    const found = await findAdrFolders(root);
    expect(found).toEqual([{ path: join(root, 'docs/adr'), source: '.adr-dir' }]);
  });

  it('returns nothing when no folder exists', async () => {
    const root = await repo({ 'docs/guide.md': '# Guide\n' });
    expect(await findAdrFolders(root)).toEqual([]);
  });
});

describe('collectAdrFiles', () => {
  it('collects markdown recursively, skipping index, template, node_modules and non-markdown files', async () => {
    const root = await repo({
      'README.md': '# Index\n',
      'index.md': '# Index\n',
      'template.md': '# Template\n',
      'adr-template.md': '# Template\n',
      'templates/0000-short.md': '# Template\n',
      'node_modules/pkg/0001-x.md': '# X\n',
      'diagram.png': 'png',
      '0001-first.md': '# First\n',
      'archive/0002-second.md': '# Second\n',
      '2022-02-07-tracing/README.md': '# Tracing\n',
    });
    const files = (await collectAdrFiles(root)).map((f) => f.slice(root.length + 1)).sort();
    expect(files).toEqual(['0001-first.md', '2022-02-07-tracing/README.md', 'archive/0002-second.md']);
  });
});

describe('globBase', () => {
  it.each([
    ['docs/adr/*.md', 'docs/adr'],
    ['docs/**/README.md', 'docs'],
    ['*.md', ''],
    ['adr/0001-a.md', 'adr'],
  ])('%s -> %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });
});

describe('discover', () => {
  it('uses the discovered folders when no paths are given', async () => {
    const root = await repo({ 'docs/decisions/0001-a.md': '# A\n', 'docs/decisions/README.md': '# R\n' });
    const result = await discover([], root);
    expect(result.files).toEqual([join(root, 'docs/decisions/0001-a.md')]);
    expect(result.folders.map((f) => f.source)).toEqual(['docs/decisions']);
  });

  it('fails with a usage error naming the folder when no ADR folder exists', async () => {
    const root = await repo({ 'notes.md': '# N\n' });
    await expect(discover([], root)).rejects.toThrow(/no ADR folder found in .*docs\/adr/);
  });

  it('lints a file given by name even when it is called README.md', async () => {
    const root = await repo({ 'adr/README.md': '# R\n' });
    expect((await discover(['adr/README.md'], root)).files).toEqual([join(root, 'adr/README.md')]);
  });

  it('expands globs, skipping index files at the glob base', async () => {
    const root = await repo({ 'adr/0001-a.md': '# A\n', 'adr/README.md': '# R\n', 'adr/0002-b.md': '# B\n' });
    expect((await discover(['adr/*.md'], root)).files).toEqual([
      join(root, 'adr/0001-a.md'),
      join(root, 'adr/0002-b.md'),
    ]);
  });

  it('merges duplicate paths and sorts them', async () => {
    const root = await repo({ 'adr/0002-b.md': '# B\n', 'adr/0001-a.md': '# A\n' });
    const files = (await discover(['adr/0002-b.md', 'adr', 'adr/*.md'], root)).files;
    expect(files).toEqual([join(root, 'adr/0001-a.md'), join(root, 'adr/0002-b.md')]);
  });

  it('rejects a path that does not exist, a glob that matches nothing and a folder without markdown', async () => {
    const root = await repo({ 'adr/notes.txt': 'x' });
    await expect(discover(['missing.md'], root)).rejects.toThrow('no such file or directory: missing.md');
    await expect(discover(['adr/*.md'], root)).rejects.toThrow('no files match the pattern adr/*.md');
    await expect(discover(['adr'], root)).rejects.toThrow('no markdown files found in adr');
  });

  it('treats a dangling symbolic link as missing', async () => {
    const root = await repo({ 'adr/0001-a.md': '# A\n' });
    await symlink(join(root, 'nowhere.md'), join(root, 'adr/0002-link.md'));
    await expect(discover(['adr/0002-link.md'], root)).rejects.toThrow('no such file or directory');
  });

  it('searches a directory named like a markdown file as a directory', async () => {
    const root = await repo({ 'odd.md/0001-a.md': '# A\n' });
    await mkdir(join(root, 'odd.md/empty.md'));
    expect((await discover(['odd.md'], root)).files).toEqual([join(root, 'odd.md/0001-a.md')]);
  });
});

describe('displayPath', () => {
  it('is relative inside the working directory and absolute outside it', () => {
    expect(displayPath('/repo/docs/adr/0001-a.md', '/repo')).toBe('docs/adr/0001-a.md');
    expect(displayPath('/elsewhere/0001-a.md', '/repo')).toBe('/elsewhere/0001-a.md');
  });
});
