import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { allRules } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { readSources } from './sources.js';
import {
  adr,
  asUnprivileged,
  badOptionsRule,
  fakeRules,
  run,
  throwingRule,
  todayRule,
  useTempRepos,
} from './testing/fixtures.js';

const repo = useTempRepos();

interface JsonFile {
  filePath: string;
  messages: {
    ruleId: string;
    severity: number;
    messageId: string;
    message: string;
    line: number;
    column: number;
  }[];
  errorCount: number;
  warningCount: number;
}

const rules = fakeRules;
const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];
const ANSI = '\u001b[';

describe('docket lint: discovery', () => {
  it.each([
    ['docs/adr', {}],
    ['docs/decisions', {}],
    ['doc/adr', {}],
    ['adr', {}],
    ['architecture/records', { '.adr-dir': 'architecture/records\n' }],
    ['kb/adr', { '.log4brains.yml': 'project:\n  name: demo\n  adrFolder: ./kb/adr\n' }],
  ])('finds %s and skips README, index and template files', async (folder, extra) => {
    const root = await repo({
      ...extra,
      [`${folder}/0001-first.md`]: adr('1. First', 'Accepted'),
      [`${folder}/sub/0002-second.md`]: adr('2. Second', 'Accepted'),
      [`${folder}/README.md`]: adr('Decisions', 'Accepted'),
      [`${folder}/index.md`]: adr('Decisions', 'Accepted'),
      [`${folder}/template.md`]: adr('Title', 'Accepted'),
      [`${folder}/templates/0000-madr.md`]: adr('Title', 'Accepted'),
      'docs/guide.md': adr('Not an ADR', 'Accepted'),
    });
    const { code, stdout, stderr } = await run(['lint', '--format', 'json'], root, { rules });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json(stdout).map((r) => r.filePath)).toEqual([
      join(root, folder, '0001-first.md'),
      join(root, folder, 'sub/0002-second.md'),
    ]);
  });

  it('exits 2 with one line naming the directory when there is no ADR folder', async () => {
    const root = await repo({ 'docs/guide.md': '# Guide\n' });
    const { code, stdout, stderr } = await run(['lint'], root, { rules });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `docket: no ADR folder found in ${root} (looked for .adr-dir, .log4brains.yml, docs/adr, docs/decisions, doc/adr, adr); pass the files or folders to lint, or set adrFolders in docket.config.json\n`,
    );
  });

  it('lints explicit files, folders and globs relative to the working directory', async () => {
    const root = await repo({
      'records/0001-a.md': adr('A', 'Accepted'),
      'records/0002-b.md': adr('B', 'Accepted'),
      'records/README.md': adr('R', 'Accepted'),
      'other/0003-c.md': adr('C', 'Accepted'),
      'other/0004-d.md': adr('D', 'Accepted'),
    });
    const { code, stdout } = await run(
      ['lint', '-f', 'json', 'records', 'other/*-c.md', 'other/0004-d.md'],
      root,
      {
        rules,
      },
    );
    expect(code).toBe(0);
    expect(json(stdout).map((r) => r.filePath.slice(root.length + 1))).toEqual([
      'other/0003-c.md',
      'other/0004-d.md',
      'records/0001-a.md',
      'records/0002-b.md',
    ]);
  });
});

describe('docket lint: output', () => {
  async function markedRepo(): Promise<string> {
    return repo({
      'docs/adr/0001-a.md': adr('1. A', 'Accepted', 'We will ERRMARK here.\n\nAnd WARNMARK there.'),
      'docs/adr/0002-b.md': adr('2. B', 'Accepted'),
    });
  }

  it("prints ESLint's json shape with absolute paths for every file", async () => {
    const root = await markedRepo();
    const { code, stdout } = await run(['lint', '--format', 'json'], root, { rules });
    expect(code).toBe(1);
    const [first, second] = json(stdout);
    expect(first).toMatchObject({
      filePath: join(root, 'docs/adr/0001-a.md'),
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      messages: [
        {
          ruleId: 'marker-error',
          severity: 2,
          messageId: 'found',
          message: 'Found ERRMARK on this line.',
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 16,
        },
        { ruleId: 'marker-warn', severity: 1, messageId: 'found', line: 17, column: 5 },
      ],
    });
    expect(second).toMatchObject({ filePath: join(root, 'docs/adr/0002-b.md'), messages: [], errorCount: 0 });
  });

  it('prints stylish output with paths relative to the working directory and no colors off a terminal', async () => {
    const root = await markedRepo();
    const { code, stdout } = await run(['lint'], root, { rules });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '',
        'docs/adr/0001-a.md',
        '  15:9  error    Found ERRMARK on this line   marker-error',
        '  17:5  warning  Found WARNMARK on this line  marker-warn',
        '',
        '\u2716 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('shows the same finding in stylish and json', async () => {
    const root = await markedRepo();
    const stylish = (await run(['lint'], root, { rules })).stdout;
    const messages = json((await run(['lint', '-f', 'json'], root, { rules })).stdout).flatMap(
      (r) => r.messages,
    );
    for (const m of messages) {
      expect(stylish).toContain(`${m.line}:${m.column}`);
      expect(stylish).toContain(m.message.replace(/\.$/, ''));
      expect(stylish).toContain(m.ruleId);
    }
  });

  it('colors output on a terminal unless NO_COLOR or --no-color says otherwise', async () => {
    const root = await markedRepo();
    expect((await run(['lint'], root, { rules, tty: true })).stdout).toContain(ANSI);
    expect((await run(['lint'], root, { rules, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      ANSI,
    );
    expect((await run(['lint', '--no-color'], root, { rules, tty: true })).stdout).not.toContain(ANSI);
    expect((await run(['lint'], root, { rules, env: { FORCE_COLOR: '1' } })).stdout).toContain(ANSI);
    expect((await run(['lint', '--color'], root, { rules })).stdout).toContain(ANSI);
  });

  it('prints nothing for clean files', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted') });
    expect(await run(['lint'], root, { rules })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('docket lint: options', () => {
  const statusRepo = () =>
    repo({
      'adr/0001-accepted.md': adr('A', 'Accepted', 'REVIEWMARK'),
      'adr/0002-superseded.md': adr('B', 'Superseded', 'REVIEWMARK'),
      'adr/0003-draft.md': adr('C', 'Draft', 'REVIEWMARK'),
    });
  async function flagged(root: string, argv: string[]): Promise<string[]> {
    const { stdout } = await run(['lint', '-f', 'json', ...argv], root, { rules });
    return json(stdout)
      .filter((r) => r.messages.some((m) => m.ruleId === 'marker-review'))
      .map((r) => r.filePath.slice(root.length + 5));
  }

  it('applies review rules to proposed and accepted records by default', async () => {
    expect(await flagged(await statusRepo(), [])).toEqual(['0001-accepted.md']);
  });

  it('--strict adds draft records', async () => {
    expect(await flagged(await statusRepo(), ['--strict'])).toEqual(['0001-accepted.md', '0003-draft.md']);
  });

  it('--rule-statuses takes a comma list or all', async () => {
    const root = await statusRepo();
    expect(await flagged(root, ['--rule-statuses', 'superseded'])).toEqual(['0002-superseded.md']);
    expect(await flagged(root, ['--rule-statuses', 'Superseded, draft'])).toEqual([
      '0002-superseded.md',
      '0003-draft.md',
    ]);
    expect(await flagged(root, ['--rule-statuses', 'superseded', '--strict'])).toEqual([
      '0002-superseded.md',
      '0003-draft.md',
    ]);
    expect(await flagged(root, ['--rule-statuses', 'all'])).toEqual([
      '0001-accepted.md',
      '0002-superseded.md',
      '0003-draft.md',
    ]);
  });

  it('--preset legacy turns review rules off and strict makes every rule an error', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted', 'REVIEWMARK and WARNMARK') });
    expect(await flagged(root, ['--preset', 'legacy'])).toEqual([]);
    const { code: recommended } = await run(['lint', '--rule-statuses', 'superseded'], root, { rules });
    expect(recommended).toBe(0);
    const { code, stdout } = await run(['lint', '--preset', 'strict', '-f', 'json'], root, { rules });
    expect(code).toBe(1);
    expect(json(stdout)[0]?.messages.map((m) => m.severity)).toEqual([2, 2]);
  });

  it('--today sets the date rules see', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted', 'TODAYMARK') });
    const { stdout } = await run(['lint', '--today', '2031-12-31', '-f', 'json'], root, {
      rules: [todayRule],
    });
    expect(json(stdout)[0]?.messages[0]?.message).toBe('Today is 2031-12-31.');
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted', 'WARNMARK') });
    expect((await run(['lint'], root, { rules })).code).toBe(0);
    expect((await run(['lint', '--max-warnings', '1'], root, { rules })).code).toBe(0);
    const over = await run(['lint', '--max-warnings', '0'], root, { rules });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('docket: too many warnings (1); --max-warnings allows 0\n');
  });
});

describe('docket lint: exit code 2 with one line on stderr', () => {
  it.each([
    [['lint', '--bogus'], "docket: unknown option '--bogus'"],
    [
      ['lint', '--format', 'xml'],
      "docket: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, junit, markdown.",
    ],
    [
      ['lint', '--preset', 'lenient'],
      "argument 'lenient' is invalid. Allowed choices are recommended, strict, legacy.",
    ],
    [['lint', 'missing.md'], 'docket: no such file or directory: missing.md'],
    [['lint', 'adr/*.txt'], 'docket: no files match the pattern adr/*.txt'],
    [
      ['lint', '--today', '2024-02-30'],
      'docket: --today: "2024-02-30" is not a date; write it as YYYY-MM-DD',
    ],
    [['lint', '--today', 'tomorrow'], 'docket: --today: "tomorrow" is not a date'],
    [['lint', '--rule-statuses', 'acepted'], 'docket: --rule-statuses: unknown status "acepted"'],
    [['lint', '--rule-statuses', ','], 'docket: --rule-statuses needs "all" or a comma list'],
    [['lint', '--rule-statuses', 'all,accepted'], 'docket: --rule-statuses: unknown status "all"'],
    [['lint', '--max-warnings', 'ten'], 'docket: --max-warnings: "ten" is not a whole number'],
    [['frobnicate'], "docket: unknown command 'frobnicate'"],
  ])('%j', async (argv, message) => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted', 'ERRMARK') });
    const { code, stdout, stderr } = await run(argv, root, { rules });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.startsWith('docket: ')).toBe(true);
  });

  it('prints help and exits 2 when no command is given', async () => {
    const { code, stderr } = await run([], '/');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: docket');
  });

  it('exits 0 for --help and --version', async () => {
    const help = await run(['lint', '--help'], '/');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: docket lint');
    const version = await run(['--version'], '/');
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('reports a configuration error without a stack trace', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted') });
    const { code, stderr } = await run(['lint'], root, { rules: [badOptionsRule] });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^docket: Invalid options for rule "bad-options": \/limit must be number/);
    expect(stderr).not.toContain('    at ');
  });

  it('reports an internal error in one line, with the stack only under DOCKET_DEBUG', async () => {
    const root = await repo({ 'adr/0001-a.md': adr('A', 'Accepted') });
    const quiet = await run(['lint'], root, { rules: [throwingRule] });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe('docket: internal error: boom (set DOCKET_DEBUG=1 for the stack trace)\n');
    const debug = await run(['lint'], root, { rules: [throwingRule], env: { DOCKET_DEBUG: '1' } });
    expect(debug.stderr).toContain('    at ');
  });

  it('reports an unreadable file and still lints the others (as nobody when the tests run as root)', async () => {
    const root = await repo({
      'adr/0001-a.md': adr('A', 'Accepted', 'ERRMARK'),
      'adr/0002-b.md': adr('B', 'Accepted'),
    });
    await chmod(join(root, 'adr/0002-b.md'), 0o000);
    const { code, stdout, stderr } = await asUnprivileged(root, () => run(['lint'], root, { rules }));
    expect(code).toBe(2);
    expect(stderr).toBe('docket: cannot read adr/0002-b.md: permission denied\n');
    expect(stdout).toContain('adr/0001-a.md');
  });
});

describe('readSources', () => {
  it('reads UTF-8 and reports a path it cannot read instead of throwing', async () => {
    const root = await repo({ '0001-a.md': '# Caf\u00e9 \u2705\n' });
    await mkdir(join(root, 'folder.md'));
    const { sources, failures } = await readSources([join(root, '0001-a.md'), join(root, 'folder.md')]);
    expect(sources).toEqual([{ path: join(root, '0001-a.md'), text: '# Caf\u00e9 \u2705\n' }]);
    expect(failures).toEqual([{ path: join(root, 'folder.md'), reason: 'it is a directory' }]);
  });
});

describe('docket lint with the shipped rules', () => {
  it('reports a record with no options as an error of options-min-two, unless its status is not reviewed', async () => {
    const root = await repo({ 'docs/adr/0001-use-postgres.md': adr('1. Use Postgres', 'Accepted') });
    expect(allRules.some((r) => r.meta.id === 'options-min-two')).toBe(true);
    const reviewed = await run(['lint', '-f', 'json'], root);
    expect(reviewed.code).toBe(1);
    const found = json(reviewed.stdout)[0]?.messages.find((m) => m.ruleId === 'options-min-two');
    expect(found).toMatchObject({ severity: 2 });
    const skipped = await run(['lint', '-f', 'json', '--rule-statuses', 'rejected'], root);
    expect(json(skipped.stdout)[0]?.messages.some((m) => m.ruleId === 'options-min-two')).toBe(false);
  });

  it('--today decides whether revisit-overdue reports an accepted record, as a warning', async () => {
    const text = '---\nstatus: accepted\nrevisit-by: 2025-06-30\n---\n# Use Postgres\n';
    const root = await repo({ 'docs/adr/0001-use-postgres.md': text });
    const overdue = (stdout: string) =>
      json(stdout)[0]?.messages.filter((m) => m.ruleId === 'revisit-overdue') ?? [];
    expect(overdue((await run(['lint', '-f', 'json', '--today', '2025-06-30'], root)).stdout)).toEqual([]);
    const late = overdue((await run(['lint', '-f', 'json', '--today', '2025-07-02'], root)).stdout);
    expect(late).toMatchObject([{ severity: 1, line: 3, messageId: 'overdue' }]);
    expect(late[0]?.message).toContain('2 day(s) ago');
  });
});
