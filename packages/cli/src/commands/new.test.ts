import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Prompts } from '../context.js';
import * as safeWrite from '../fs/safe-write.js';
import { run, useTempRepos } from '../testing/fixtures.js';

const repo = useTempRepos();
const FIRST = 'docs/adr/0001-record-architecture-decisions.md';

async function initialised(extra: Record<string, string> = {}): Promise<string> {
  const root = await repo(extra);
  expect((await run(['init'], root)).code).toBe(0);
  return root;
}

const records = async (root: string, folder = 'docs/adr') => (await readdir(join(root, folder))).sort();

/** Prompts that answer from a script and record what was asked. */
function scripted(answers: string[]): Prompts & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const answer = queue.shift();
    if (answer === undefined) throw new Error(`unexpected question: ${message}`);
    return answer;
  };
  return {
    asked,
    input: async ({ message, validate }) => {
      const answer = next(message);
      const verdict = validate?.(answer);
      if (verdict !== undefined && verdict !== true) throw new Error(`rejected "${answer}": ${verdict}`);
      return answer;
    },
    select: async ({ message, choices }) => {
      const answer = next(message);
      const choice = choices.find((c) => c.value === answer);
      if (!choice) throw new Error(`"${answer}" is not a choice of: ${message}`);
      return choice.value;
    },
  };
}

describe('docket new', () => {
  it('writes the next number from the review template and prints the path', async () => {
    const root = await initialised();
    const { code, stdout, stderr } = await run(['new', 'Use PostgreSQL for orders'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('docs/adr/0002-use-postgresql-for-orders.md\n');
    const text = await readFile(join(root, 'docs/adr/0002-use-postgresql-for-orders.md'), 'utf8');
    expect(text).toMatch(/^---\nstatus: proposed\ndate: 2026-03-02\n/);
    expect(text).toContain('\n# Use PostgreSQL for orders\n');
    expect(text).toContain('## Failure Story');
    // The scaffold is unfinished on purpose: lint says so.
    const lint = await run(['lint', 'docs/adr/0002-use-postgresql-for-orders.md'], root);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('no-placeholders');
  });

  it('takes a title in several words, a status, an author, a date and a built-in template', async () => {
    const root = await initialised();
    const argv = ['new', 'Use', 'Redis', '--status', 'Draft', '--author', 'Ana', '--date', '2026-01-31'];
    const { stdout } = await run([...argv, '--template', 'nygard'], root);
    expect(stdout).toBe('docs/adr/0002-use-redis.md\n');
    expect(await readFile(join(root, 'docs/adr/0002-use-redis.md'), 'utf8')).toMatch(
      /^# 2\. Use Redis\n\nDate: 2026-01-31\n\n## Status\n\nDraft\n/,
    );
  });

  it.each([
    ['../../etc/passwd', 'docs/adr/0002-etc-passwd.md'],
    ['/tmp/evil', 'docs/adr/0002-tmp-evil.md'],
    ['$(rm -rf ~); `id` | tee x & echo', 'docs/adr/0002-rm-rf-id-tee-x-echo.md'],
    ['Line\nbreak\u0007 and\ttab', 'docs/adr/0002-line-break-and-tab.md'],
    ['Café déjà vu', 'docs/adr/0002-cafe-deja-vu.md'],
  ])('keeps the title %j from writing outside the ADR folder', async (title, expected) => {
    const root = await initialised();
    const { code, stdout } = await run(['new', title], root);
    expect(code).toBe(0);
    expect(stdout).toBe(`${expected}\n`);
    expect(await records(root)).toEqual([expected.slice('docs/adr/'.length), FIRST.slice(9)].sort());
    const heading = (await readFile(join(root, expected), 'utf8'))
      .split('\n')
      .find((l) => l.startsWith('# '));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none survive.
    expect(heading).not.toMatch(/[\u0000-\u001f]/);
  });

  it('cuts a long slug at a word boundary', async () => {
    const root = await initialised();
    const title = 'Move every nightly batch job of the billing platform onto the managed workflow service';
    const { stdout } = await run(['new', title], root);
    expect(stdout).toBe('docs/adr/0002-move-every-nightly-batch-job-of-the-billing-platform-onto.md\n');
  });

  it('writes the answers given as flags into the template', async () => {
    const root = await initialised();
    const { stdout } = await run(
      [
        'new',
        'Queue webhooks',
        '--option',
        'SQS queue',
        '--option',
        'Bigger thread pool',
        '--chosen',
        'sqs queue',
        '--because',
        'Because it takes delivery off the request path.',
        '--why-not',
        'Bigger thread pool=it only postpones the outage',
        '--tradeoff',
        'webhooks arrive 1 to 3 seconds later',
        '--failure',
        'If the workers stop, webhooks queue up; on-call is paged after 5 minutes.',
        '--reversibility',
        'hard',
        '--revisit-when',
        'If traffic passes 1,000 webhooks a second',
        '--revisit-by',
        '2027-03-01',
      ],
      root,
    );
    const text = await readFile(join(root, stdout.trim()), 'utf8');
    expect(text).toContain('reversibility: costly\nrevisit-by: 2027-03-01\n');
    expect(text).toContain('### SQS queue\n');
    expect(text).toContain('Chosen option: "SQS queue", because it takes delivery off the request path.\n');
    expect(text).toContain('* Bigger thread pool, because it only postpones the outage.\n');
    expect(text).toContain('* Bad, because webhooks arrive 1 to 3 seconds later\n');
    expect(text).toContain('## Failure Story\n\nIf the workers stop, webhooks queue up;');
    expect(text).toContain('* If traffic passes 1,000 webhooks a second\n');
  });

  it('follows the project template folder: template.md is the default, others by name', async () => {
    const root = await initialised({
      'docket.config.json': '{"templates": "docs/adr-templates"}\n',
      'docs/adr-templates/template.md': '# {{id}}: {{title}}\n\nStatus: {{status}}\n',
      'docs/adr-templates/short.md': '# {{title}}\n\n{{context}}{{^context}}{the problem}{{/context}}\n',
    });
    expect((await run(['new', 'Use Go'], root)).stdout).toBe('docs/adr/0002-use-go.md\n');
    expect(await readFile(join(root, 'docs/adr/0002-use-go.md'), 'utf8')).toBe(
      '# 0002: Use Go\n\nStatus: proposed\n',
    );
    await run(['new', 'Use Rust', '--template', 'short', '--context', 'We need speed.'], root);
    expect(await readFile(join(root, 'docs/adr/0003-use-rust.md'), 'utf8')).toBe(
      '# Use Rust\n\nWe need speed.\n',
    );
    const unknown = await run(['new', 'X', '--template', 'long'], root);
    expect(unknown.stderr).toBe(
      'docket: unknown template "long"; use one of review, madr, madr-minimal, nygard, short, template, or the path of a .md file\n',
    );
  });

  it('opens the record in $VISUAL or $EDITOR after writing it', async () => {
    const root = await initialised();
    const editor = `${process.execPath} -e "require('fs').appendFileSync(process.argv[1], 'edited\\n')"`;
    const { code, stdout } = await run(['new', 'Use Go', '--open'], root, {
      env: { PATH: process.env.PATH, EDITOR: editor },
    });
    expect(code).toBe(0);
    expect(await readFile(join(root, stdout.trim()), 'utf8')).toMatch(/edited\n$/);
  });
});

describe('docket new --interactive', () => {
  it('asks the review questions one by one and writes the answers', async () => {
    const root = await initialised();
    const prompts = scripted([
      'Managed PostgreSQL',
      'Self-hosted PostgreSQL',
      'DynamoDB',
      '',
      'Managed PostgreSQL',
      'it needs no DBA and fits the $800 budget',
      'nobody on the team can run it at night',
      'queries by customer and date would need a second index service',
      'about $300 a month more than a self-hosted instance',
      '',
      'During a failover writes fail for up to 2 minutes; users see a retry banner and on-call follows the failover runbook.',
      'costly',
      'A dump and restore to another host, about 2 days.',
      'If the database passes 2 TB',
      '2027-06-30',
    ]);
    const { code, stdout, stderr } = await run(['new', 'Store orders in PostgreSQL', '--interactive'], root, {
      stdinTTY: true,
      prompts,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompts.asked).toEqual([
      'Option 1, the one you lean towards:',
      'Option 2, an alternative (even doing nothing):',
      'Option 3 (leave empty when there are no more):',
      'Option 4 (leave empty when there are no more):',
      'Which option did you choose?',
      'Why "Managed PostgreSQL"? It won because...',
      'Why did "Self-hosted PostgreSQL" lose?',
      'Why did "DynamoDB" lose?',
      'What does "Managed PostgreSQL" cost you? Name a trade-off:',
      'Another trade-off (leave empty when done):',
      'How does it fail, and what do users and the on-call engineer then see?',
      'How reversible is this decision?',
      'How would you undo it, and what would that cost? (optional)',
      'What would make you revisit it? A threshold or an event, e.g. "more than 5,000 writes a second":',
      'Revisit by which date? (YYYY-MM-DD, optional)',
    ]);
    const text = await readFile(join(root, stdout.trim()), 'utf8');
    expect(text).toContain('reversibility: costly\nrevisit-by: 2027-06-30\n');
    expect(text).toContain('### Self-hosted PostgreSQL\n');
    expect(text).toContain(
      '* DynamoDB, because queries by customer and date would need a second index service.\n',
    );
    expect(text).toContain('* Bad, because about $300 a month more than a self-hosted instance\n');
    expect(text).toContain('## Reversibility\n\nA dump and restore to another host, about 2 days.\n');
  });

  it('skips the questions whose answers came as flags', async () => {
    const root = await initialised();
    const prompts = scripted([
      'it is slower',
      'it costs more to run',
      '',
      '',
      'If load doubles to 2,000 rps',
      '',
    ]);
    const argv = [
      'new',
      'Pick one',
      '-i',
      '--option',
      'A',
      '--option',
      'B',
      '--chosen',
      'A',
      '--because',
      'simpler',
    ];
    const flags = ['--failure', 'It fails loudly; on-call sees the alert.', '--reversibility', 'two-way'];
    const { code } = await run([...argv, ...flags], root, { stdinTTY: true, prompts });
    expect(code).toBe(0);
    expect(prompts.asked).toEqual([
      'Why did "B" lose?',
      'What does "A" cost you? Name a trade-off:',
      'Another trade-off (leave empty when done):',
      'How would you undo it, and what would that cost? (optional)',
      'What would make you revisit it? A threshold or an event, e.g. "more than 5,000 writes a second":',
      'Revisit by which date? (YYYY-MM-DD, optional)',
    ]);
  });

  it('needs a terminal, and says which flags to use instead', async () => {
    const root = await initialised();
    const { code, stdout, stderr } = await run(['new', 'X', '--interactive'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^docket: --interactive needs a terminal; give the answers as flags instead \(--option,/,
    );
    expect(await records(root)).toEqual(['0001-record-architecture-decisions.md']);
  });

  it('writes nothing when the author stops with Ctrl+C', async () => {
    const root = await initialised();
    const prompts: Prompts = {
      input: async () => {
        throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      },
      select: async () => {
        throw new Error('not reached');
      },
    };
    const { code, stderr } = await run(['new', 'X', '-i'], root, { stdinTTY: true, prompts });
    expect(code).toBe(2);
    expect(stderr).toBe('docket: stopped; nothing was written\n');
    expect(await records(root)).toEqual(['0001-record-architecture-decisions.md']);
  });
});

describe('docket new: failures write nothing', () => {
  it.each([
    [
      ['--status', 'approved-ish'],
      /^docket: --status: unknown status "approved-ish"; use one of draft, proposed/,
    ],
    [['--template', 'rfc'], /^docket: unknown template "rfc"; use one of review, madr/],
    [['--template', 'missing/t.md'], /^docket: template file not found: missing\/t\.md\n$/],
    [['--date', '2026-02-30'], /^docket: --date: "2026-02-30" is not a date; write it as YYYY-MM-DD\n$/],
    [['--revisit-by', 'soon'], /^docket: --revisit-by: "soon" is not a date/],
    [
      ['--reversibility', 'maybe'],
      /^docket: --reversibility: "maybe" is not a level; use two-way, costly, one-way\n$/,
    ],
    [['--option', 'A', '--chosen', 'B'], /^docket: --chosen: "B" is not one of the --option values \(A\)\n$/],
    [['--why-not', 'A because'], /^docket: --why-not: "A because" needs the form "option=reason"/],
    [
      ['--open'],
      /^docket: --open: set VISUAL or EDITOR to the editor to open the record with; nothing was written\n$/,
    ],
    [['--dir', 'nowhere'], /^docket: --dir: no such folder nowhere; create it or run docket init\n$/],
  ])('%j', async (flags, message) => {
    const root = await initialised();
    const { code, stdout, stderr } = await run(['new', 'Use Go', ...flags], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(await records(root)).toEqual(['0001-record-architecture-decisions.md']);
  });

  it('a title with no letters or digits', async () => {
    const root = await initialised();
    const { code, stderr } = await run(['new', '../..//'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'docket: the title "../..//" has no letters or digits to name the file with; reword it\n',
    );
  });

  it('no ADR folder', async () => {
    const root = await repo({ 'README.md': '# x\n' });
    const { code, stderr } = await run(['new', 'Use Go'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `docket: no ADR folder found in ${root} (looked for .adr-dir, .log4brains.yml, docs/adr, docs/decisions, doc/adr, adr); run docket init, or pass --dir <folder>\n`,
    );
  });

  it('answers for a template without places for them', async () => {
    const root = await initialised({ 'docs/adr/templates/template.md': '# NUMBER. TITLE\n' });
    const { code, stderr } = await run(['new', 'Use Go', '--failure', 'It breaks.'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'docket: template docs/adr/templates/template.md has no places for answers ({{variables}}); use --template review, madr, madr-minimal or nygard, or add the variables to it\n',
    );
  });

  it('a template with an unknown variable', async () => {
    const root = await initialised({ 'custom.md': '# {{titel}}\n' });
    const { code, stderr } = await run(['new', 'Use Go', '--template', 'custom.md'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^docket: template custom\.md: the template uses unknown variable \{\{titel\}\}; docket provides/,
    );
  });

  it('an unwritable folder', async () => {
    const root = await initialised();
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const spy = vi.spyOn(safeWrite, 'createExclusive').mockRejectedValue(denied);
    try {
      const { code, stderr } = await run(['new', 'Use Go'], root);
      expect(code).toBe(2);
      expect(stderr).toBe('docket: cannot write in docs/adr: permission denied; nothing was created\n');
    } finally {
      spy.mockRestore();
    }
    expect(await records(root)).toEqual(['0001-record-architecture-decisions.md']);
  });
});

describe('docket new: concurrent runs', () => {
  const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

  function spawnNew(
    cwd: string,
    title: string,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [bin, 'new', title], { cwd, env: { PATH: process.env.PATH } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    });
  }

  it('twenty at the same moment give twenty files with twenty distinct numbers', async () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run pnpm build first`);
    const root = await initialised();
    const titles = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 'Same title' : `Decision ${i}`));
    const results = await Promise.all(titles.map((title) => spawnNew(root, title)));
    expect(results.map((r) => r.stderr).filter(Boolean)).toEqual([]);
    expect(results.every((r) => r.code === 0)).toBe(true);
    const created = results.map((r) => r.stdout.trim());
    expect(new Set(created).size).toBe(20);
    const files = (await records(root)).filter((name) => name !== '0001-record-architecture-decisions.md');
    expect(files.sort()).toEqual(created.map((path) => path.slice('docs/adr/'.length)).sort());
    const numbers = files.map((name) => Number(name.slice(0, 4)));
    expect(new Set(numbers).size).toBe(20);
    expect(Math.min(...numbers)).toBe(2);
  }, 300_000);
});
