import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.js';
import { unfilledRecord } from '../../test/unfilled-templates.js';
import { parseAdr } from './parse.js';

const parse = (text: string) => parseAdr({ path: '0004-cache-session-lookups.md', text });

describe('template prompts left in a record', () => {
  it.each(DIALECTS)('%s: an unfilled template weighs no options and makes no choice', (dialect) => {
    const doc = parse(unfilledRecord(dialect));
    expect(doc.options).toEqual([]);
    expect(doc.chosen).toBeNull();
    expect(doc.consequences.map((c) => c.text)).toEqual([]);
  });

  it.each(DIALECTS)('%s: a partly filled template keeps its real options, choice and costs', (dialect) => {
    const doc = parse(
      unfilledRecord(dialect, {
        options: ['Redis', 'Memcached'],
        chosen: 'Redis',
        cost: 'Redis is one more stateful service for the platform team to run.',
      }),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['Redis', 'Memcached']);
    expect(doc.chosen?.name).toBe('Redis');
    expect(doc.consequences.map((c) => c.text)).toEqual([
      'Redis is one more stateful service for the platform team to run.',
    ]);
  });

  it.each(DIALECTS)('%s: real text in brackets stays an option', (dialect) => {
    const doc = parse(
      unfilledRecord(dialect, {
        options: ['[WIP] Kafka Streams', 'Flink [1]', '[Pulsar Functions](https://pulsar.apache.org/)'],
        chosen: 'Flink [1]',
      }),
    );
    expect(doc.options).toHaveLength(3);
    expect(doc.chosen?.option).toBe(1);
  });
});
