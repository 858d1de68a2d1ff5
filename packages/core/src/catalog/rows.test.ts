import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { compareRows, recordRow } from './rows.js';

const nygard = parseAdr({
  path: '/repo/docs/adr/0007-use-postgres.md',
  text: '# 7. Use Postgres\n\nDate: 2023-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nOrders.\n',
});
const undated = parseAdr({
  path: '/repo/docs/adr/0012-cache-pages.md',
  text: '---\nstatus: in review\n---\n# Cache pages\n\nText.\n',
});
const bare = parseAdr({ path: '/repo/docs/adr/notes-on-queues.md', text: 'Just prose.\n' });

describe('recordRow', () => {
  it('reads number as the file writes it, title, lifecycle status and the written date', () => {
    expect(recordRow(nygard, { path: 'docs/adr/0007-use-postgres.md', fallbackDate: '2020-01-01' })).toEqual({
      number: 7,
      numberText: '0007',
      title: 'Use Postgres',
      status: 'accepted',
      date: '2023-02-01',
      dateSource: 'record',
      path: 'docs/adr/0007-use-postgres.md',
    });
  });

  it('falls back to the given date only when the record states none, and says so', () => {
    const row = recordRow(undated, { fallbackDate: '2024-05-06' });
    expect(row).toMatchObject({ status: 'proposed', date: '2024-05-06', dateSource: 'git' });
    expect(recordRow(undated)).toMatchObject({ date: null, dateSource: null });
  });

  it('names a record without a title or number by its file', () => {
    expect(recordRow(bare)).toMatchObject({
      number: null,
      numberText: null,
      title: 'notes-on-queues',
      status: null,
    });
  });

  it('keeps a date it cannot read as written', () => {
    const doc = parseAdr({ path: '/r/0001-a.md', text: '# A\n\nDate: March 2021\n' });
    expect(recordRow(doc).date).toBe('March 2021');
  });
});

describe('compareRows', () => {
  it('orders by number, unnumbered last, then by path', () => {
    const rows = [recordRow(bare), recordRow(undated), recordRow(nygard)];
    expect(rows.sort(compareRows).map((r) => r.number)).toEqual([7, 12, null]);
  });
});
