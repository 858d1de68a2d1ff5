import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { record } from '../testing/review-records.js';

const makeRepo = useTempRepos();

function repo() {
  return makeRepo({
    'docs/adr/0001-use-postgres.md': record('Use Postgres for orders', 'proposed', [
      'reversibility: one-way',
    ]),
    'docs/adr/0002-cache-sessions.md': record('Cache sessions in Redis', 'accepted'),
    'docs/adr/0003-queue-emails.md': record('Queue e-mails', 'proposed', ['reversibility: two-way']),
  });
}

describe('docket review', () => {
  it('with no ids reviews the proposed records, in number order, as Markdown on stdout', async () => {
    const root = await repo();
    const { code, stdout, stderr } = await run(['review', '--today', '2026-07-01'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Review pack, 2026-07-01\n/);
    expect(stdout).toContain('## ADR-1: Use Postgres for orders');
    expect(stdout).toContain('## ADR-3: Queue e-mails');
    expect(stdout).not.toContain('ADR-2');
    expect(stdout.indexOf('## ADR-1')).toBeLessThan(stdout.indexOf('## ADR-3'));
    expect(stdout).toContain('[0001-use-postgres.md:14](<docs/adr/0001-use-postgres.md#L14>)');
  });

  it('reviews the records named, in the order named, whatever their status', async () => {
    const root = await repo();
    const { code, stdout } = await run(['review', 'ADR-2', 'docs/adr/0001-use-postgres.md'], root);
    expect(code).toBe(0);
    expect(stdout.indexOf('## ADR-2')).toBeGreaterThan(0);
    expect(stdout.indexOf('## ADR-2')).toBeLessThan(stdout.indexOf('## ADR-1'));
    expect(stdout).not.toContain('ADR-3');
  });

  it('filters by --status, and fits --minutes', async () => {
    const root = await repo();
    const { stdout } = await run(['review', '--status', 'accepted,proposed', '--minutes', '45'], root);
    expect(stdout).toContain('3 records, 45 minutes');
    const accepted = await run(['review', '--status', 'accepted'], root);
    expect(accepted.stdout).toContain('## ADR-2');
    expect(accepted.stdout).not.toContain('## ADR-1');
  });

  it('writes HTML to -o, creating its folder, with links relative to the output file', async () => {
    const root = await repo();
    const { code, stdout } = await run(['review', '-o', 'out/pack.html', '--today', '2026-07-01'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote the review pack to out\/pack\.html: 2 records, \d+ minutes, \d+ open questions\.\n$/,
    );
    const html = await readFile(join(root, 'out/pack.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('href="../docs/adr/0001-use-postgres.md#L14"');
  });

  it('--format overrides the output file name', async () => {
    const root = await repo();
    await run(['review', '-o', 'pack.html', '--format', 'markdown'], root);
    expect(await readFile(join(root, 'pack.html'), 'utf8')).toMatch(/^# Review pack/);
  });

  describe('bad input: one line, exit 2, nothing written', () => {
    const cases: [string, string[], RegExp][] = [
      [
        'unknown id',
        ['review', '42', '-o', 'pack.md'],
        /^docket: no ADR numbered 42 \(from "42"\); the records are numbered 1 to 3\n$/,
      ],
      ['malformed id', ['review', 'newest', '-o', 'pack.md'], /^docket: "newest" is not an ADR id; /],
      [
        'missing file',
        ['review', 'docs/adr/0009-x.md', '-o', 'pack.md'],
        /^docket: no such ADR file: docs\/adr\/0009-x\.md\n$/,
      ],
      [
        'bad --status',
        ['review', '--status', 'maybe', '-o', 'pack.md'],
        /^docket: --status: unknown status "maybe"; /,
      ],
      [
        'bad --minutes',
        ['review', '--minutes', '0', '-o', 'pack.md'],
        /^docket: --minutes: "0" is not a positive whole number/,
      ],
      [
        'too few --minutes',
        ['review', '--minutes', '1', '-o', 'pack.md'],
        /^docket: --minutes 1 cannot give 2 records a minute each\n$/,
      ],
      [
        'bad --today',
        ['review', '--today', '2026-13-01', '-o', 'pack.md'],
        /^docket: --today: "2026-13-01" is not a date/,
      ],
      [
        'bad --format',
        ['review', '--format', 'pdf', '-o', 'pack.md'],
        /^docket: option '-f, --format <name>' argument 'pdf' is invalid/,
      ],
      [
        'output under a file',
        ['review', '-o', 'docs/adr/0001-use-postgres.md/pack.md'],
        /^docket: cannot write docs\/adr\/0001-use-postgres\.md\/pack\.md: docs\/adr\/0001-use-postgres\.md is a file, not a folder\n$/,
      ],
    ];
    for (const [name, argv, message] of cases) {
      it(name, async () => {
        const root = await repo();
        const { code, stdout, stderr } = await run(argv, root);
        expect(code).toBe(2);
        expect(stderr).toMatch(message);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(stdout).toBe('');
        expect(await stat(join(root, 'pack.md')).catch(() => null)).toBeNull();
      });
    }

    it('an output that is a folder', async () => {
      const root = await repo();
      const { code, stderr } = await run(['review', '-o', 'docs'], root);
      expect(code).toBe(2);
      expect(stderr).toBe('docket: -o docs is a folder; give a file name such as review.html\n');
    });

    it('an ambiguous number', async () => {
      const root = await repo();
      await writeFile(join(root, 'docs/adr/0001-again.md'), record('Again', 'proposed'));
      const { code, stderr } = await run(['review', '1'], root);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'docket: ADR number 1 is used by 2 records (docs/adr/0001-again.md, docs/adr/0001-use-postgres.md); give the path instead\n',
      );
    });

    it('keeps an existing output file as it was', async () => {
      const root = await repo();
      await writeFile(join(root, 'pack.md'), 'last week’s pack\n');
      const { code } = await run(['review', '42', '-o', 'pack.md'], root);
      expect(code).toBe(2);
      expect(await readFile(join(root, 'pack.md'), 'utf8')).toBe('last week’s pack\n');
    });
  });
});
