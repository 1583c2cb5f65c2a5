// Rules 2–3 for one event: its multiplier, points and fines. Shared with the custom functions
// (QS.POINTS, QS.FINE) so a formula and the summary compute the same way.

import type { Level, Params } from '../types';
import { roundPoints, roundYuan } from '../round';
import { isIncident } from '../rules';

/** An incident deducts points; only incidents can be open (rule 5) or be complaints. */
export { isIncident };

/** Commendations (a level with a bonus) never count as repeats: occurrence 0, multiplier 1. */
export function isCommendation(level: Level): boolean {
  return level.bonus > 0;
}

/**
 * 重复发生系数 for the k-th occurrence (1-based): factors[min(k, n) − 1], so with the default
 * `1,1.5,2` the third and every later one take 2. Occurrence 0 (a commendation) takes 1.
 */
export function multiplierFor(occurrence: number, params: Params): number {
  if (occurrence < 1) return 1;
  const factors = params.repeatFactors;
  return factors[Math.min(occurrence, factors.length) - 1];
}

/** Points of one event: level points × multiplier, 2 decimals; an override replaces them. */
export function eventPoints(level: Level, multiplier: number, override: number | null = null): number {
  return override !== null ? roundPoints(override) : roundPoints(level.points * multiplier);
}

export type FineParty = 'unit' | 'head' | 'person';

/** Fines are never overridden: level fine × multiplier, whole yuan. */
export function eventFine(level: Level, party: FineParty, multiplier: number): number {
  const base = party === 'unit' ? level.unitFine : party === 'head' ? level.headFine : level.personFine;
  return roundYuan(base * multiplier);
}
