// The editing commands end to end on one record per dialect (Nygard, MADR 2, log4brains, MADR 3,
// MADR 4): the edited record must equal core's golden file byte for byte, so every line the edit
// did not have to change is identical, and the record at the other end of the link gets exactly
// one added line.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from './testing/fixtures.js';

const golden = (name: string) =>
  readFileSync(new URL(`../../core/src/edit/fixtures/${name}`, import.meta.url), 'utf8');

const repo = useTempRepos();

/** A Nygard record at the other end of the links, as adr-tools writes one. */
const other = (number: number, title: string) =>
  `# ${number}. ${title}\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n`;

const OTHERS = {
  'docs/adr/0001-first-attempt.md': other(1, 'First attempt'),
  'docs/adr/0003-shared-conventions.md': other(3, 'Shared conventions'),
  'docs/adr/0007-move-to-dynamodb.md': other(7, 'Move to DynamoDB'),
};

/** Each dialect's fixture and its title. */
const DIALECTS: [string, string][] = [
  ['nygard', 'Keep orders in PostgreSQL'],
  ['madr2', 'Use feature flags for staged rollouts'],
  ['log4brains', 'Publish the architecture log with log4brains'],
  ['madr3', 'Cache product pages in a CDN'],
  ['madr4', 'Sign release artifacts with Sigstore'],
];

/** `# 7. ...` with `line` added at the end of its Status section, and nothing else changed. */
const withStatusLine = (text: string, line: string) =>
  text.replace('\nAccepted\n', `\nAccepted\n\n${line}\n`);

describe.each(DIALECTS)('%s record', (dialect, title) => {
  const file = `docs/adr/0002-${dialect}.md`;
  const setup = () => repo({ ...OTHERS, [file]: golden(`${dialect}.md`) });
  const read = (root: string, path: string) => readFile(join(root, path), 'utf8');
  const run0 = async (argv: string[], root: string) => {
    const result = await run(argv, root, { rules: [] });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  };

  it('supersede: the old record matches the golden file; the new one gains one line', async () => {
    const root = await setup();
    await run0(['supersede', '2', '7', '--today', '2024-05-02'], root);
    expect(await read(root, file)).toBe(golden(`${dialect}.superseded.md`));
    expect(await read(root, 'docs/adr/0007-move-to-dynamodb.md')).toBe(
      withStatusLine(
        OTHERS['docs/adr/0007-move-to-dynamodb.md'],
        `Supersedes [2. ${title}](0002-${dialect}.md)`,
      ),
    );
  });

  it('supersede and link: the new record matches the golden file', async () => {
    const root = await setup();
    await run0(['supersede', '1', '2', '--today', '2024-05-02'], root);
    await run0(['link', file, 'amends', 'ADR-3'], root);
    expect(await read(root, file)).toBe(golden(`${dialect}.linked.md`));
    expect(await read(root, 'docs/adr/0003-shared-conventions.md')).toBe(
      withStatusLine(
        OTHERS['docs/adr/0003-shared-conventions.md'],
        `Amended by [2. ${title}](0002-${dialect}.md)`,
      ),
    );
  });

  it('decide: status, date, decision-makers and the note match the golden file', async () => {
    const root = await setup();
    await run0(
      [
        'decide',
        '0002',
        'accept',
        '--by',
        'Ann Lee; Cy Diaz',
        '--note',
        'Reviewed at the May board.',
        '--today',
        '2024-05-02',
      ],
      root,
    );
    expect(await read(root, file)).toBe(golden(`${dialect}.decided.md`));
  });
});
