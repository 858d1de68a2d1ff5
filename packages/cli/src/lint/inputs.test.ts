import { describe, expect, it } from 'vitest';
import { adr, fakeRules, run, useTempRepos } from '../testing/fixtures.js';

const repo = useTempRepos();
const rules = fakeRules;
const text = adr('7. Piped', 'Accepted', 'ERRMARK');

describe('docket lint: standard input', () => {
  it('--stdin lints the text under --stdin-filename, relative to the working directory', async () => {
    const root = await repo({ 'docs/adr/0001-on-disk.md': adr('1. On disk', 'Accepted', 'ERRMARK') });
    const { code, stdout } = await run(
      ['lint', '--stdin', '--stdin-filename', 'docs/adr/0007-piped.md', '-f', 'json'],
      root,
      { rules, stdin: text },
    );
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { line: number }[] }[];
    expect(results.map((r) => r.filePath)).toEqual([`${root}/docs/adr/0007-piped.md`]);
    expect(results[0]?.messages.map((m) => m.line)).toEqual([15]);
  });

  it('reads standard input for the path -, and names it <stdin> without a file name', async () => {
    const root = await repo({});
    const { stdout } = await run(['lint', '-'], root, { rules, stdin: text });
    expect(stdout).toContain('\n<stdin>\n  15:1  error');
  });

  it('skips standard input silently when the file name is ignored by the config', async () => {
    const root = await repo({ 'docket.config.json': '{"ignore": ["docs/adr/archive"]}' });
    const result = await run(['lint', '--stdin-filename', 'docs/adr/archive/0001-x.md', '-'], root, {
      rules,
      stdin: text,
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    [
      ['lint', '--stdin', 'docs/adr'],
      'docket: standard input is linted alone; drop the other paths or the --stdin / - argument\n',
    ],
    [
      ['lint', '--stdin-filename', 'a.md'],
      'docket: --stdin-filename names the text read with --stdin (or -); add --stdin\n',
    ],
  ])('%j exits 2', async (argv, message) => {
    const root = await repo({ 'docs/adr/0001-a.md': text });
    expect(await run(argv, root, { rules, stdin: text })).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
