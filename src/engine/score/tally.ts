// Per unit and quarter running totals, in flat typed arrays (slot = unit × 4 + quarter) so a
// million events add numbers, never objects. Points and bonus are kept in whole cents: every
// event's points are already rounded to 2 decimals, so cents add exactly and the sum of a
// quarter is never off by float drift.

import type { Grade } from '../types';
import { GRADES } from './grade';
import type { LadderTable } from './ladder-table';

export class Tally {
  readonly pointsCents: Float64Array;
  readonly bonusCents: Float64Array;
  readonly events: Uint32Array;
  readonly complaints: Uint32Array;
  readonly openItems: Uint32Array;
  readonly unitFine: Float64Array;
  readonly headFine: Float64Array;
  readonly personFine: Float64Array;
  /** Index in GRADES of the strictest grade cap seen, −1 for none. */
  readonly cap: Int8Array;

  constructor(units: number) {
    const slots = units * 4;
    this.pointsCents = new Float64Array(slots);
    this.bonusCents = new Float64Array(slots);
    this.events = new Uint32Array(slots);
    this.complaints = new Uint32Array(slots);
    this.openItems = new Uint32Array(slots);
    this.unitFine = new Float64Array(slots);
    this.headFine = new Float64Array(slots);
    this.personFine = new Float64Array(slots);
    this.cap = new Int8Array(slots).fill(-1);
  }

  /**
   * One scored event into its slot (unit × 4 + quarter): its points (an override's, if any), and
   * its ladder row l and cell's bonus, fines and grade cap. Exempt events only count in `events`.
   */
  add(slot: number, ladder: LadderTable, l: number, cell: number, points: number, complaint: boolean, open: boolean): void {
    this.pointsCents[slot] += Math.round(points * 100);
    this.bonusCents[slot] += Math.round(ladder.levels[l].bonus * 100);
    this.events[slot]++;
    if (complaint) this.complaints[slot]++;
    if (open) this.openItems[slot]++;
    this.unitFine[slot] += ladder.unitFine[cell];
    this.headFine[slot] += ladder.headFine[cell];
    this.personFine[slot] += ladder.personFine[cell];
    if (ladder.cap[l] > this.cap[slot]) this.cap[slot] = ladder.cap[l];
  }

  /** Sum of a field over a unit's quarters first…last (0-based, inclusive). */
  sum(field: ArrayLike<number>, unit: number, first: number, last: number): number {
    let s = 0;
    for (let q = first; q <= last; q++) s += field[unit * 4 + q];
    return s;
  }

  /** The strictest cap over a unit's quarters first…last, or null. */
  capOver(unit: number, first: number, last: number): Grade | null {
    let c = -1;
    for (let q = first; q <= last; q++) c = Math.max(c, this.cap[unit * 4 + q]);
    return c < 0 ? null : GRADES[c];
  }
}
