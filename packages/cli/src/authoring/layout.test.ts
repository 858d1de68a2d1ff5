import { writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAdr } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { createNextRecord } from '../commands/new.js';
import { useTempRepos } from '../testing/fixtures.js';
import { dialectOf, highestNumber, namingOf, numberOfName } from './layout.js';
import { recordFileName, slugify } from './naming.js';

const repo = useTempRepos();

describe('naming', () => {
  it.each([
    ['0007-use-postgres.md', 7],
    ['ADR-0012-use-kafka.md', 12],
    ['adr_3_x.md', 3],
    ['7-x.md', 7],
    ['20240131-use-log4brains.md', null],
    ['2024-01-31-use-x.md', null],
    ['README.md', null],
    ['template.md', null],
  ])('numberOfName(%j) is %j', (name, number) => {
    expect(numberOfName(name)).toBe(number);
  });

  it('reads the width from zero padding, the prefix from the majority, dates from log4brains names', () => {
    const fallback = { kind: 'number', width: 4, prefix: '' } as const;
    expect(namingOf(['0001-a.md', '0002-b.md', 'README.md'], fallback)).toEqual({
      kind: 'number',
      width: 4,
      prefix: '',
    });
    expect(namingOf(['001-a.md', '012-b.md'], fallback)).toEqual({ kind: 'number', width: 3, prefix: '' });
    expect(namingOf(['1-a.md', '12-b.md'], fallback)).toEqual({ kind: 'number', width: 1, prefix: '' });
    expect(namingOf(['ADR-0001-a.md', 'ADR-0002-b.md', '0003-c.md'], fallback)).toEqual({
      kind: 'number',
      width: 4,
      prefix: 'ADR-',
    });
    expect(namingOf(['20240101-a.md', '20240202-b.md', 'template.md'], fallback)).toEqual({ kind: 'date' });
    expect(namingOf(['README.md'], fallback)).toBe(fallback);
  });

  it('takes the highest number, ignoring dated and unnumbered names', () => {
    expect(highestNumber(['0002-a.md', '0010-b', '20991231-c.md', 'README.md'])).toBe(10);
    expect(highestNumber([])).toBe(0);
  });

  it('builds file names in the folder convention', () => {
    expect(recordFileName({ kind: 'number', width: 4, prefix: '' }, 7, '2026-03-02', 'use-go')).toBe(
      '0007-use-go.md',
    );
    expect(recordFileName({ kind: 'number', width: 4, prefix: 'ADR-' }, 7, '2026-03-02', 'x')).toBe(
      'ADR-0007-x.md',
    );
    expect(recordFileName({ kind: 'date' }, 7, '2026-03-02', 'use-go')).toBe('20260302-use-go.md');
  });

  it.each([
    ['Use PostgreSQL 16 for Orders!', 'use-postgresql-16-for-orders'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['Größe & Übersicht', 'große-ubersicht'],
    ['使用 Postgres', '使用-postgres'],
    ['—', ''],
  ])('slugify(%j) is %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('dialectOf', () => {
  const kind = (text: string) => dialectOf(parseAdr({ path: '0001-x.md', text }));

  it('tells docket, MADR and Nygard records apart', () => {
    expect(
      kind(
        '---\nstatus: accepted\n---\n# X\n\n## Failure Story\n\nIt breaks.\n\n## Reversibility\n\nEasy.\n',
      ),
    ).toBe('docket');
    expect(kind('---\nstatus: accepted\n---\n# X\n\n## Considered Options\n\n* A\n* B\n')).toBe('madr');
    expect(kind('# X\n\n* Status: accepted\n\n## Context\n\nWhy.\n')).toBe('madr');
    expect(kind('# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n')).toBe(
      'nygard',
    );
    expect(kind('# Notes\n\nJust text.\n')).toBeNull();
  });
});

describe('createNextRecord', () => {
  const naming = { kind: 'number', width: 4, prefix: '' } as const;

  it('moves on when another writer takes the same number between listing and creating', async () => {
    const root = await repo({ 'adr/0001-a.md': 'a' });
    const folder = join(root, 'adr');
    let rivalWritten = false;
    const path = await createNextRecord(folder, naming, '2026-03-02', 'ours', (number) => {
      if (!rivalWritten) {
        rivalWritten = true;
        // Another process creates its record with the number we are about to use.
        writeFileSync(join(folder, `${String(number).padStart(4, '0')}-theirs.md`), 'theirs');
      }
      return `ours ${number}`;
    });
    expect(path).toBe(join(folder, '0003-ours.md'));
    expect((await readdir(folder)).sort()).toEqual(['0001-a.md', '0002-theirs.md', '0003-ours.md']);
  });

  it('gives a dated name a suffix instead of overwriting', async () => {
    const root = await repo({ 'adr/20260302-use-go.md': 'first' });
    const folder = join(root, 'adr');
    const path = await createNextRecord(folder, { kind: 'date' }, '2026-03-02', 'use-go', () => 'second');
    expect(path).toBe(join(folder, '20260302-use-go-2.md'));
  });
});
