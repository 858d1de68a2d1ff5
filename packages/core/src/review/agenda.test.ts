import { describe, expect, it } from 'vitest';
import type { Reversibility } from '../rules/reversibility-stated.js';
import { apportion, planAgenda, timeBoxWeight } from './agenda.js';
import type { ChecklistItem } from './types.js';

function record(reversibility: Reversibility | null, open: number, total = 10) {
  const checklist = Array.from({ length: total }, (_, i) => ({ id: `q${i}` }) as ChecklistItem);
  return { reversibility, openCount: open, checklist };
}

describe('timeBoxWeight', () => {
  it('gives a one-way door more than any costly or two-way one, however many questions they leave open', () => {
    const quietOneWay = timeBoxWeight(record('one-way', 0));
    const busyCostly = timeBoxWeight(record('costly', 10));
    const busyTwoWay = timeBoxWeight(record('two-way', 10));
    const quietCostly = timeBoxWeight(record('costly', 0));
    expect(quietOneWay).toBeGreaterThan(busyCostly);
    expect(quietCostly).toBeGreaterThan(busyTwoWay);
  });

  it('grows with the open questions within a class and treats an unstated class as costly', () => {
    expect(timeBoxWeight(record('two-way', 5))).toBeGreaterThan(timeBoxWeight(record('two-way', 1)));
    expect(timeBoxWeight(record(null, 3))).toBe(timeBoxWeight(record('costly', 3)));
  });
});

describe('apportion', () => {
  it('splits the minutes exactly, in proportion, at least one each', () => {
    expect(apportion([1, 1, 2], 60)).toEqual([15, 15, 30]);
    const minutes = apportion([4, 1, 1, 1], 10);
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(10);
    expect(minutes[0]).toBeGreaterThan(minutes[1] as number);
    expect(apportion([100, 1], 2)).toEqual([1, 1]);
  });

  it('refuses fewer minutes than items', () => {
    expect(() => apportion([1, 1, 1], 2)).toThrow(RangeError);
  });
});

describe('planAgenda', () => {
  it('without a length gives each record its weight in five-minute units, back to back', () => {
    const { agenda, totalMinutes } = planAgenda([record('two-way', 0), record('one-way', 10)]);
    expect(agenda).toEqual([
      { adr: 0, start: 0, minutes: 5 },
      { adr: 1, start: 5, minutes: 35 },
    ]);
    expect(totalMinutes).toBe(40);
  });

  it('with a length fills the meeting exactly', () => {
    const { agenda, totalMinutes } = planAgenda(
      [record('two-way', 2), record('one-way', 2), record(null, 9)],
      45,
    );
    expect(totalMinutes).toBe(45);
    expect(agenda.map((a) => a.start)).toEqual([
      0,
      agenda[0]?.minutes,
      (agenda[0]?.minutes ?? 0) + (agenda[1]?.minutes ?? 0),
    ]);
    const [twoWay, oneWay, unstated] = agenda.map((a) => a.minutes);
    expect(oneWay).toBeGreaterThan(unstated as number);
    expect(unstated).toBeGreaterThan(twoWay as number);
  });
});
