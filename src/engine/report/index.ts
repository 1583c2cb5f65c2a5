import type { Model, Result, SheetPlan } from '../types';

/** Result → the generated sheets of SPEC §3 (quarter: summary + detail; year: annual summary). */
export function planSummaries(model: Model, result: Result): SheetPlan[] {
  void model;
  void result;
  throw new Error('planSummaries: not implemented yet');
}
