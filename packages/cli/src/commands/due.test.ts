import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';

const makeRepo = useTempRepos();

function record(title: string, status: string, frontmatter: string[] = [], body: string[] = []): string {
  return ['---', `status: ${status}`, ...frontmatter, '---', '', `# ${title}`, '', ...body, ''].join('\n');
}

function repo() {
  return makeRepo({
    'docs/adr/0001-overdue.md': record('Use Postgres', 'accepted', ['revisit-by: 2026-05-31']),
    'docs/adr/0002-soon.md': record(
      'Cache in Redis',
      'accepted',
      ['revisit-by: 2026-07-15'],
      ['## Revisit Triggers', '', '* When reads exceed 20,000/s.'],
    ),
    'docs/adr/0003-later.md': record('Queue e-mails', 'accepted', ['revisit-by: 2027-01-31']),
    'docs/adr/0004-proposed.md': record('Try GraphQL', 'proposed', ['revisit-by: 2020-01-01']),
  });
}

describe('docket due', () => {
  it('lists overdue and soon-due accepted records, then every accepted record’s conditions', async () => {
    const root = await repo();
    const { code, stdout, stderr } = await run(['due', '--today', '2026-07-01'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Revisit dates as of 2026-07-01, looking 30 days ahead:',
        '',
        'Overdue (1):',
        '  ADR-1 Use Postgres',
        '    revisit-by 2026-05-31: 31 days overdue (docs/adr/0001-overdue.md:3)',
        '',
        'Due within 30 days (1):',
        '  ADR-2 Cache in Redis',
        '    revisit-by 2026-07-15: due in 14 days (docs/adr/0002-soon.md:3)',
        '',
        'Revisit conditions of the accepted records (3):',
        '  ADR-1 Use Postgres (docs/adr/0001-overdue.md)',
        '    - none written: add revisit triggers to this record',
        '  ADR-2 Cache in Redis (docs/adr/0002-soon.md)',
        '    - When reads exceed 20,000/s. (line 10)',
        '  ADR-3 Queue e-mails (docs/adr/0003-later.md)',
        '    - none written: add revisit triggers to this record',
        '',
      ].join('\n'),
    );
  });

  it('--fail-on-overdue exits 1 only when something is overdue', async () => {
    const root = await repo();
    expect((await run(['due', '--today', '2026-07-01', '--fail-on-overdue'], root)).code).toBe(1);
    expect((await run(['due', '--today', '2026-05-01', '--fail-on-overdue'], root)).code).toBe(0);
    expect((await run(['due', '--today', '2026-07-01'], root)).code).toBe(0);
  });

  it('--within takes days or weeks', async () => {
    const root = await repo();
    const { stdout } = await run(['due', '--today', '2026-07-01', '--within', '35w', '-f', 'json'], root);
    const report = JSON.parse(stdout) as { withinDays: number; upcoming: { path: string; days: number }[] };
    expect(report.withinDays).toBe(245);
    expect(report.upcoming.map((e) => [e.path, e.days])).toEqual([
      ['docs/adr/0002-soon.md', 14],
      ['docs/adr/0003-later.md', 214],
    ]);
  });

  it('prints JSON for scripts', async () => {
    const root = await repo();
    const { stdout } = await run(
      ['due', '--today', '2026-07-01', '--format', 'json', 'docs/adr/0001-overdue.md'],
      root,
    );
    expect(JSON.parse(stdout)).toEqual({
      today: '2026-07-01',
      withinDays: 30,
      overdue: [
        {
          path: 'docs/adr/0001-overdue.md',
          number: 1,
          title: 'Use Postgres',
          revisitBy: '2026-05-31',
          dueDate: '2026-05-31',
          days: -31,
          line: 3,
        },
      ],
      upcoming: [],
      invalid: [],
      conditions: [{ path: 'docs/adr/0001-overdue.md', number: 1, title: 'Use Postgres', conditions: [] }],
    });
  });

  it('says when nothing is due, and shows a revisit-by that is not a date', async () => {
    const root = await makeRepo({
      'docs/adr/0001-x.md': record('X', 'accepted', ['revisit-by: next spring']),
    });
    const { code, stdout } = await run(['due', '--today', '2026-07-01'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('  Nothing is overdue or due within 30 days.');
    expect(stdout).toContain(
      'revisit-by is not a date (1); write it as YYYY-MM-DD:\n  ADR-1 X\n    revisit-by "next spring" (docs/adr/0001-x.md:3)',
    );
  });

  describe('bad input: one line, exit 2', () => {
    const cases: [string, string[], string][] = [
      [
        'bad --within',
        ['due', '--within', 'a month'],
        'docket: --within: "a month" is not a period; write days or weeks, e.g. 30d or 6w\n',
      ],
      [
        'bad --today',
        ['due', '--today', '2026-02-30'],
        'docket: --today: "2026-02-30" is not a date; write it as YYYY-MM-DD\n',
      ],
      [
        'missing path',
        ['due', 'docs/adr/0099-x.md'],
        'docket: no such file or directory: docs/adr/0099-x.md\n',
      ],
    ];
    for (const [name, argv, message] of cases) {
      it(name, async () => {
        const root = await repo();
        const { code, stdout, stderr } = await run(argv, root);
        expect(code).toBe(2);
        expect(stderr).toBe(message);
        expect(stdout).toBe('');
      });
    }
  });
});
