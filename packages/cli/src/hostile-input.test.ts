// Hostile titles never write outside the ADR folder, never run anything, and never inject
// markdown or frontmatter into the record: `docket new` names files by a slug of letters,
// digits and hyphens, and writes the title on one line with control characters removed.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

const HOSTILE_TITLES: [string, string][] = [
  ['parent folders', '../../../outside/evil'],
  ['an absolute path', '/etc/cron.d/evil'],
  ['a Windows path', 'C:\\Windows\\System32\\evil'],
  ['frontmatter injection', 'Use X\n---\nstatus: accepted\n---\n# Injected'],
  ['terminal escapes and control characters', 'Bell\u0007 escape\u001b[31m red\u0000 nul\r return'],
  ['shell metacharacters', '$(touch pwned); `touch pwned2` | rm -rf ~ && echo > /tmp/x'],
  ['a right-to-left override', 'invoice\u202Egpj.md'],
  ['a leading dash', '--dir=/tmp'],
];

async function allFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('docket new with hostile titles', () => {
  it.each(HOSTILE_TITLES)(
    '%s: one record inside the ADR folder, title on one clean line',
    async (_, title) => {
      // The repository sits one folder down, so a write into its parent would show up too.
      const outer = await repo({ 'project/README.md': '# Project\n' });
      const root = join(outer, 'project');
      expect((await run(['init'], root)).code).toBe(0);
      const before = await allFiles(outer);
      const { code, stdout, stderr } = await run(['new', '--', title], root);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const written = stdout.trim();
      expect(written).toMatch(/^docs\/adr\/0002-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
      const after = await allFiles(outer);
      expect(after.filter((file) => !before.includes(file))).toEqual([join(root, written)]);
      expect(dirname(join(root, written))).toBe(join(root, 'docs/adr'));
      const text = await readFile(join(root, written), 'utf8');
      // Exactly one frontmatter block (status: proposed) and one title heading.
      expect(text.match(/^---$/gm)?.length).toBe(2);
      expect(text).toMatch(/^status: proposed$/m);
      expect(text).not.toMatch(/^status: accepted$/m);
      const headings = text.match(/^# .*$/gm) ?? [];
      expect(headings).toHaveLength(1);
      expect([...(headings[0] ?? '')].filter((c) => c < ' ' || c === '\u007f')).toEqual([]);
      for (const folder of [outer, root, process.cwd()]) {
        expect(existsSync(join(folder, 'pwned'))).toBe(false);
        expect(existsSync(join(folder, 'pwned2'))).toBe(false);
      }
    },
  );

  it('a title with nothing to name the file by is refused, and nothing is written', async () => {
    const root = await repo({});
    expect((await run(['init'], root)).code).toBe(0);
    const before = await allFiles(root);
    const { code, stderr } = await run(['new', '--', '../..'], root);
    expect(stderr).toBe(
      'docket: the title "../.." has no letters or digits to name the file with; reword it\n',
    );
    expect(code).toBe(2);
    expect(await allFiles(root)).toEqual(before);
  });
});
