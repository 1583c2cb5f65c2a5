import type { Model, Period, Result } from '../types';

/** Model + period → Result (SPEC §2 rules 2–10). Assumes the model validated clean. */
export function score(model: Model, period: Period): Result {
  void model;
  void period;
  throw new Error('score: not implemented yet');
}
