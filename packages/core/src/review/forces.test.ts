import { describe, expect, it } from 'vitest';
import { adr } from '../../test/rule-tester.js';
import { parseAdr } from '../parser/parse.js';
import { FORCES, statedForces } from './forces.js';

function forces(...lines: string[]) {
  const found = statedForces(parseAdr({ path: '0001-x.md', text: adr(...lines) }));
  return Object.fromEntries([...found].map(([id, s]) => [id, s?.text ?? null]));
}

const force = (id: string) => FORCES.find((f) => f.id === id);

describe('statedForces', () => {
  it('finds each force with its number in the context and prefers a stated budget', () => {
    expect(
      forces(
        '# Use a queue',
        '',
        '## Context',
        '',
        'The contract is worth €1.8M a year to us. Finance approved up to €900 a month for this.',
        'We must be live by 2026-09-01. The API takes 3,000 requests/s at peak.',
        'The team is 4 engineers, none of whom has run Kafka.',
      ),
    ).toEqual({
      money: 'Finance approved up to €900 a month for this.',
      time: 'We must be live by 2026-09-01.',
      traffic: 'The API takes 3,000 requests/s at peak.',
      team: 'The team is 4 engineers, none of whom has run Kafka.',
    });
  });

  it('reads constraints and drivers too, but not numbers in the options or the outcome', () => {
    const found = forces(
      '# Use a queue',
      '',
      '## Decision Drivers',
      '',
      '* Handle 500 orders a minute.',
      '',
      '## Considered Options',
      '',
      '* Kafka, which costs $2,000 a month',
      '',
      '## Decision',
      '',
      'A team of 3 will run it from 2026-01-01.',
    );
    expect(found).toEqual({ money: null, time: null, traffic: 'Handle 500 orders a minute.', team: null });
  });

  it('does not take a past date or a latency for a deadline or a load', () => {
    const time = force('time');
    const traffic = force('traffic');
    expect(time?.patterns.some((p) => p('The outage in March 2024 lasted a day.'))).toBe(false);
    expect(time?.patterns.some((p) => p('Launch in 6 weeks, before the trade fair.'))).toBe(true);
    expect(traffic?.patterns.some((p) => p('p95 latency is 310 ms.'))).toBe(false);
    expect(traffic?.patterns.some((p) => p('We store 2.1 TB today.'))).toBe(true);
  });

  it('counts people in words and teams of a size', () => {
    const team = force('team');
    expect(team?.patterns.some((p) => p('Two engineers spend a day a week on it.'))).toBe(true);
    expect(team?.patterns.some((p) => p('It is a team of five.'))).toBe(true);
    expect(team?.patterns.some((p) => p('The team knows Go well.'))).toBe(false);
  });
});
