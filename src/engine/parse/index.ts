import type { ParseOutcome, Snapshot } from '../types';

export interface ParseOptions {
  /**
   * For custom functions: no 单位 sheet is needed; every unit named in an event row becomes a unit
   * whose code and name are that text (category taken from the ledger's name when it tells).
   */
  implicitUnits?: boolean;
}

/** Snapshot → Model + every validation error (SPEC §1, §2 rule 1). */
export function parseWorkbook(snapshot: Snapshot, options: ParseOptions = {}): ParseOutcome {
  void snapshot;
  void options;
  throw new Error('parseWorkbook: not implemented yet');
}
