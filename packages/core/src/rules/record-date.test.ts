import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { recordDate, writtenIsoDate } from './record-date.js';

const nygard = (dateLine: string) =>
  parseAdr({ path: '0007-redis.md', text: `# 7. Use Redis\n\n${dateLine}\n\n## Status\n\nAccepted\n` });

describe('recordDate', () => {
  it('prefers the written date, and falls back to the first commit when it is missing or not ISO', () => {
    const written = { ...nygard('Date: 2023-01-10 (back dated)'), firstCommitted: '2021-03-04' };
    expect(recordDate(written)).toEqual({ date: '2023-01-10', source: 'written' });
    const slashed = { ...nygard('Date: 10/01/2023'), firstCommitted: '2021-03-04' };
    expect(recordDate(slashed)).toEqual({ date: '2021-03-04', source: 'git' });
    const noSuchDay = { ...nygard('Date: 2023-02-30'), firstCommitted: '2021-03-04' };
    expect(recordDate(noSuchDay)).toEqual({ date: '2021-03-04', source: 'git' });
    expect(recordDate(nygard(''))).toBeNull();
  });

  it('reads ISO dates with a time or a note, and refuses days that do not exist', () => {
    expect(writtenIsoDate(' 2024-05-22T10:15:00Z ')).toBe('2024-05-22');
    expect(writtenIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(writtenIsoDate('2023-02-29')).toBeNull();
    expect(writtenIsoDate('May 2024')).toBeNull();
  });
});
