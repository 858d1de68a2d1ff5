// Whatever a repository holds, `docket lint` gives a finding with file and line, or one
// `docket: ...` line and exit 2: never a crash, a hang or an out-of-memory. One case per kind
// of bad input, each with its exact outcome.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asUnprivileged, run, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

interface JsonMessage {
  ruleId: string;
  messageId: string;
  line: number;
  message: string;
}

/** The findings of one file, as [rule, message id, line]. */
function findings(stdout: string, rules?: string[]): [string, string, number][] {
  const [file] = JSON.parse(stdout) as { messages: JsonMessage[] }[];
  return (file?.messages ?? [])
    .filter((m) => !rules || rules.includes(m.ruleId))
    .map((m) => [m.ruleId, m.messageId, m.line]);
}

const record = '# 1. Use Redis\n\nDate: 2024-01-15\n\n## Status\n\nAccepted\n\n## Decision\n\nUse Redis.\n';
const lint = (root: string, ...args: string[]) =>
  run(['lint', '--no-config', '--preset', 'legacy', '-f', 'json', ...args], root);

describe('docket lint on bad input', () => {
  it('invalid UTF-8: one line naming the file, line and column of the bad byte; exit 2', async () => {
    const root = await repo({});
    await mkdir(join(root, 'adr'));
    await writeFile(
      join(root, 'adr/0001-use-redis.md'),
      Buffer.from('# 1. Use Redis\n\nCaf\xe9 ol\xe9\n', 'latin1'),
    );
    const { code, stderr } = await lint(root, 'adr');
    expect(stderr).toBe(
      'docket: cannot read adr/0001-use-redis.md: not valid UTF-8 (byte 0xe9 at line 3, column 4); save the file as UTF-8\n',
    );
    expect(code).toBe(2);
  });

  it('a binary file named .md: a frontmatter-valid finding at line 1', async () => {
    const root = await repo({});
    await mkdir(join(root, 'adr'));
    await writeFile(
      join(root, 'adr/0001-logo.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const { code, stdout, stderr } = await lint(root, 'adr');
    expect(stderr).toBe('');
    expect(findings(stdout)).toEqual([['frontmatter-valid', 'binary', 1]]);
    expect(code).toBe(1);
  });

  it('an empty file: no title and no status, at line 1', async () => {
    const root = await repo({ 'adr/0001-empty.md': '' });
    const { code, stdout } = await lint(root, 'adr');
    expect(findings(stdout)).toEqual([
      ['status-valid', 'missing', 1],
      ['title-present', 'missing', 1],
    ]);
    expect(code).toBe(1);
  });

  it('a 50 MB file: a too-large finding, without reading the file', async () => {
    const root = await repo({ 'adr/0001-huge.md': record });
    await writeFile(join(root, 'adr/0001-huge.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const { code, stdout, stderr } = await lint(root, 'adr');
    expect(stderr).toBe('');
    const [file] = JSON.parse(stdout) as { messages: JsonMessage[] }[];
    expect(file?.messages.map((m) => [m.ruleId, m.messageId, m.line, m.message])).toEqual([
      [
        'frontmatter-valid',
        'tooLarge',
        1,
        'The file is too large to read (51200 KB, above the 2048 KB limit set by maxFileSize); split the record, or move attachments out of the ADR directory.',
      ],
    ]);
    expect(code).toBe(1);
  });

  it('the size limit comes from maxFileSize in the config', async () => {
    const root = await repo({
      'adr/0001-use-redis.md': record,
      'docket.config.json': '{ "maxFileSize": 50 }',
    });
    const { stdout } = await run(['lint', '--preset', 'legacy', '-f', 'json', 'adr'], root);
    expect(findings(stdout)).toEqual([['frontmatter-valid', 'tooLarge', 1]]);
    const bad = await repo({
      'adr/0001-use-redis.md': record,
      'docket.config.json': '{ "maxFileSize": "big" }',
    });
    const refused = await run(['lint', 'adr'], bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'docket: docket.config.json:1:18: maxFileSize is "big"; expected an integer\n',
    );
  });

  it('CRLF line endings and a byte-order mark: read like any record', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': `\uFEFF${record.replaceAll('\n', '\r\n')}` });
    const { code, stdout, stderr } = await lint(root, 'adr');
    expect(stderr).toBe('');
    expect(findings(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  it('a YAML syntax error: a finding at the line of the error', async () => {
    const root = await repo({
      'adr/0001-use-redis.md': `---\nstatus: accepted\ndate: [2024-01-15\n---\n${record}`,
    });
    const { code, stdout } = await lint(root, 'adr');
    expect(findings(stdout, ['frontmatter-valid'])).toEqual([['frontmatter-valid', 'yamlSyntax', 3]]);
    expect(code).toBe(1);
  });

  it('a YAML alias bomb (billion laughs): refused quickly with a finding', async () => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const root = await repo({ 'adr/0001-use-redis.md': `---\n${levels.join('\n')}\n---\n${record}` });
    const started = performance.now();
    const { code, stdout } = await lint(root, 'adr');
    expect(findings(stdout, ['frontmatter-valid'])).toEqual([['frontmatter-valid', 'yamlAliasLimit', 1]]);
    expect(code).toBe(1);
    // Expanded, the document would hold 9^10 strings; refused, it takes no longer than any record.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('frontmatter values of unknown types: a finding per value, at its line', async () => {
    const front = '---\nstatus: 42\ndeciders: !!binary aGVsbG8=\ntags: {a: 1}\n---\n';
    const root = await repo({ 'adr/0001-use-redis.md': front + record });
    const { code, stdout } = await lint(root, 'adr');
    expect(findings(stdout, ['frontmatter-valid'])).toEqual([
      ['frontmatter-valid', 'invalidValue', 2],
      ['frontmatter-valid', 'invalidValue', 3],
      ['frontmatter-valid', 'invalidValue', 4],
    ]);
    expect(code).toBe(1);
  });

  it('a directory named x.md: skipped inside a folder, refused when named', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': record });
    await mkdir(join(root, 'adr/0002-folder.md'));
    const folder = await lint(root, 'adr');
    expect(folder.code).toBe(0);
    expect((JSON.parse(folder.stdout) as unknown[]).length).toBe(1);
    const named = await lint(root, 'adr/0002-folder.md');
    expect(named.stderr).toBe('docket: no markdown files found in adr/0002-folder.md\n');
    expect(named.code).toBe(2);
  });

  it('a loop of symbolic links: skipped inside a folder (as git and the glob library do), refused when named', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': record });
    await symlink('0003-loop.md', join(root, 'adr/0002-loop.md'));
    await symlink('0002-loop.md', join(root, 'adr/0003-loop.md'));
    const folder = await lint(root, 'adr');
    expect(folder.stderr).toBe('');
    expect((JSON.parse(folder.stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual([
      join(root, 'adr/0001-use-redis.md'),
    ]);
    expect(folder.code).toBe(0);
    const named = await lint(root, 'adr/0002-loop.md');
    expect(named.stderr).toBe(
      'docket: adr/0002-loop.md is a loop of symbolic links; point the link at a real file\n',
    );
    expect(named.code).toBe(2);
  });

  it('a named pipe called .md: refused at once instead of waiting for a writer', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': record });
    execFileSync('mkfifo', [join(root, 'adr/0002-pipe.md')]);
    const { code, stderr } = await lint(root, 'adr/0002-pipe.md');
    expect(stderr).toBe(
      'docket: cannot read adr/0002-pipe.md: a named pipe, not a file; remove it from the ADR folder\n',
    );
    expect(code).toBe(2);
  });

  it('an unreadable file (also as root: the read runs as nobody): one line, exit 2', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': record, 'adr/0002-secret.md': record });
    await chmod(join(root, 'adr/0002-secret.md'), 0o000);
    const { code, stderr } = await asUnprivileged(root, () => lint(root, 'adr'));
    expect(stderr).toBe('docket: cannot read adr/0002-secret.md: permission denied\n');
    expect(code).toBe(2);
  });

  it('a path that does not exist, or runs through a file: one line, exit 2', async () => {
    const root = await repo({ 'adr/0001-use-redis.md': record });
    const missing = await lint(root, 'adr/0009-missing.md');
    expect(missing.stderr).toBe('docket: no such file or directory: adr/0009-missing.md\n');
    expect(missing.code).toBe(2);
    const underFile = await lint(root, 'adr/0001-use-redis.md/0002-x.md');
    expect(underFile.stderr).toBe('docket: no such file or directory: adr/0001-use-redis.md/0002-x.md\n');
    expect(underFile.code).toBe(2);
  });

  it('a config file that is not JSON: one line with the file, line and column; exit 2', async () => {
    const root = await repo({
      'adr/0001-use-redis.md': record,
      'docket.config.json': '{\n  "preset": strict\n}\n',
    });
    const { code, stdout, stderr } = await run(['lint', 'adr'], root);
    expect(stdout).toBe('');
    expect(stderr).toBe('docket: docket.config.json:2:13: not valid JSON: invalid symbol\n');
    expect(code).toBe(2);
  });
});
