import { chmod, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusive, writeBlocker, writeFileAtomic } from './safe-write.js';

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'docket-write-'));
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temp file behind', async () => {
    const dir = await scratch();
    const file = join(dir, '0001-a.md');
    await writeFile(file, 'old\n');
    await chmod(file, 0o640);
    await writeFileAtomic(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['0001-a.md']);
  });
});

describe('createExclusive', () => {
  it('creates a missing file and refuses to overwrite an existing one', async () => {
    const dir = await scratch();
    const file = join(dir, '0002-b.md');
    expect(await createExclusive(file, 'first\n')).toBe(true);
    expect(await createExclusive(file, 'second\n')).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('first\n');
  });

  it('passes on errors other than a clash', async () => {
    const dir = await scratch();
    await expect(createExclusive(join(dir, 'missing', 'x.md'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('writeBlocker', () => {
  it('finds nothing in the way of an existing or a new file in a writable folder', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'README.md'), '# R\n');
    expect(await writeBlocker(join(dir, 'README.md'))).toBeNull();
    expect(await writeBlocker(join(dir, 'NEW.md'))).toBeNull();
  });

  it('names the folder when the temporary file could not be made there', async () => {
    const dir = await scratch();
    expect(await writeBlocker(join(dir, 'missing', 'README.md'))).toBe('its folder is not writable');
  });
});
