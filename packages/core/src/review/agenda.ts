// Time boxes for a review meeting: deliberation in proportion to how hard a decision is to undo
// and how much of its homework is still open. A one-way door never gets less time than a costly
// or two-way one, however many questions the others leave open.
import type { Reversibility } from '../rules/reversibility-stated.js';
import type { AgendaItem, ReviewedAdr } from './types.js';

/**
 * Weight per reversibility class. Each class weighs twice the one below and open questions add
 * at most OPEN_SHARE of a weight, so a class's busiest record stays below the next class's
 * quietest. An unstated class counts as costly until the room has heard otherwise.
 */
const CLASS_WEIGHT: Record<Reversibility, number> = { 'two-way': 1, costly: 2, 'one-way': 4 };
const UNSTATED_WEIGHT = CLASS_WEIGHT.costly;
const OPEN_SHARE = 0.75;

/** Minutes per unit of weight when no meeting length is given: 5 to 9 for a two-way door, 20 to 35 for a one-way one. */
export const MINUTES_PER_WEIGHT = 5;

export function timeBoxWeight(adr: Pick<ReviewedAdr, 'reversibility' | 'openCount' | 'checklist'>): number {
  const base = adr.reversibility ? CLASS_WEIGHT[adr.reversibility] : UNSTATED_WEIGHT;
  const total = adr.checklist.length;
  return base * (1 + (total === 0 ? 0 : (OPEN_SHARE * adr.openCount) / total));
}

/**
 * Splits `total` whole minutes in proportion to `weights`, each at least one minute, keeping the
 * sum exact (largest remainder first).
 */
export function apportion(weights: readonly number[], total: number): number[] {
  if (weights.length === 0) return [];
  if (total < weights.length)
    throw new RangeError(`${total} minutes cannot give ${weights.length} items a minute each`);
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? spare / weights.length : (spare * w) / sum));
  const minutes = exact.map((e) => 1 + Math.floor(e));
  let left = total - minutes.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, remainder: e - Math.floor(e), weight: weights[i] as number }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    minutes[i] = (minutes[i] as number) + 1;
    left--;
  }
  return minutes;
}

/**
 * The agenda in the records' order. With `totalMinutes` the meeting's length is split by weight;
 * without it each record gets its weight in five-minute units, rounded to a whole minute.
 */
export function planAgenda(
  adrs: readonly Pick<ReviewedAdr, 'reversibility' | 'openCount' | 'checklist'>[],
  totalMinutes?: number,
): { agenda: AgendaItem[]; totalMinutes: number } {
  const weights = adrs.map(timeBoxWeight);
  const minutes =
    totalMinutes === undefined
      ? weights.map((w) => Math.round(w * MINUTES_PER_WEIGHT))
      : apportion(weights, totalMinutes);
  let start = 0;
  const agenda = minutes.map((m, adr) => {
    const item = { adr, start, minutes: m };
    start += m;
    return item;
  });
  return { agenda, totalMinutes: start };
}
