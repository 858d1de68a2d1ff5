import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { allRules } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { lintWithFixes } from './fix.js';
import { adr, run, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();

/** A record with a misspelled status that answers none of the questions with a skeleton. */
const unfinished = adr(
  '7. Use Kafka',
  'Acepted',
  'We will use Kafka rather than RabbitMQ, because it keeps the log.\n\n## Consequences\n\n* Bad, because we run a cluster.',
);

describe('docket lint --fix', () => {
  it('writes the fixes, reports what is left, and a second run changes nothing', async () => {
    const root = await repo({
      'docs/adr/0007-use-kafka.md': unfinished,
      'docs/adr/0008-history.md': adr('8. History', 'Rejected'),
    });
    const file = join(root, 'docs/adr/0007-use-kafka.md');
    const untouched = join(root, 'docs/adr/0008-history.md');
    const untouchedBefore = await stat(untouched);

    const first = await run(['lint', '--fix', '-f', 'json'], root, { rules: allRules });
    expect(first.stderr).toBe('');
    const fixed = await readFile(file, 'utf8');
    expect(fixed).toContain('## Status\n\nAccepted\n');
    for (const heading of ['## Failure Story', '## Reversibility', '## Revisit Triggers']) {
      expect(fixed).toMatch(new RegExp(`\n${heading}\n\n(\\* )?\\{`));
    }
    // The prompts are placeholders: the record still fails until someone answers them.
    expect(first.code).toBe(1);
    const messages = (
      JSON.parse(first.stdout) as { messages: { ruleId: string; messageId: string }[] }[]
    ).flatMap((result) => result.messages);
    expect(messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
    expect(messages.some((m) => m.messageId === 'missing' || m.messageId === 'misspelled')).toBe(false);

    const second = await run(['lint', '--fix'], root, { rules: allRules });
    expect(second.code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(fixed);
    expect((await stat(untouched)).mtimeMs).toBe(untouchedBefore.mtimeMs);
  });

  it('only reports without --fix, writing nothing', async () => {
    const root = await repo({ 'docs/adr/0007-use-kafka.md': unfinished });
    const { code, stdout } = await run(['lint'], root, { rules: allRules });
    expect(code).toBe(1);
    expect(stdout).toContain('Status word "Acepted" is misspelled; write "Accepted"');
    expect(await readFile(join(root, 'docs/adr/0007-use-kafka.md'), 'utf8')).toBe(unfinished);
  });

  it('refuses to fix standard input', async () => {
    const root = await repo({});
    const { code, stderr } = await run(['lint', '--fix', '--stdin'], root, { rules: allRules });
    expect([code, stderr]).toEqual([
      2,
      'docket: --fix rewrites files and cannot fix standard input; pass the file to fix instead\n',
    ]);
  });

  it('leaves a file that changed on disk during the run as it is, and says so', async () => {
    const root = await repo({ 'docs/adr/0007-use-kafka.md': 'changed by someone else\n' });
    const path = join(root, 'docs/adr/0007-use-kafka.md');
    const outcome = await lintWithFixes([{ path, text: unfinished }], {}, allRules, {}, true, root);
    expect(outcome.written).toEqual([]);
    expect(outcome.notes).toEqual([
      'docs/adr/0007-use-kafka.md changed on disk while docket was fixing it; left as it was, run docket lint --fix again',
    ]);
    expect(await readFile(path, 'utf8')).toBe('changed by someone else\n');
  });
});
