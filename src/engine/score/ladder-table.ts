// Everything the scoring loop needs about a level, worked out once per call instead of once per
// event: an event's points and fines depend only on its level and its multiplier, and there are
// only as many multipliers as 重复发生系数 has entries (plus ×1 for commendations).

import type { Level, Params } from '../types';
import { GRADES } from './grade';
import { eventFine, eventPoints, isCommendation, isIncident } from './event';

export class LadderTable {
  /** Level code → row of this table. */
  readonly index = new Map<string, number>();
  readonly levels: Level[];
  readonly commendation: boolean[];
  readonly incident: boolean[];
  /** Index in GRADES of the level's cap, −1 for none. */
  readonly cap: Int8Array;
  /** Slot s < factors: the (s+1)-th occurrence (and later, for the last); slot = factors: ×1 for praise. */
  readonly multipliers: number[];
  private readonly slots: number;
  readonly points: Float64Array;
  readonly unitFine: Float64Array;
  readonly headFine: Float64Array;
  readonly personFine: Float64Array;

  constructor(ladder: readonly Level[], params: Params) {
    this.levels = [...ladder];
    this.multipliers = [...params.repeatFactors, 1];
    this.slots = this.multipliers.length;
    this.commendation = this.levels.map(isCommendation);
    this.incident = this.levels.map(isIncident);
    this.cap = Int8Array.from(this.levels, (l) => (l.gradeCap === null ? -1 : GRADES.indexOf(l.gradeCap)));
    const cells = this.levels.length * this.slots;
    this.points = new Float64Array(cells);
    this.unitFine = new Float64Array(cells);
    this.headFine = new Float64Array(cells);
    this.personFine = new Float64Array(cells);
    this.levels.forEach((level, l) => {
      this.index.set(level.code, l);
      this.multipliers.forEach((m, s) => {
        const cell = l * this.slots + s;
        this.points[cell] = eventPoints(level, m);
        this.unitFine[cell] = eventFine(level, 'unit', m);
        this.headFine[cell] = eventFine(level, 'head', m);
        this.personFine[cell] = eventFine(level, 'person', m);
      });
    });
  }

  /** The table cell of level l at the k-th occurrence (0 for a commendation). */
  cell(l: number, occurrence: number): number {
    const factors = this.slots - 1;
    const slot = occurrence < 1 ? factors : Math.min(occurrence, factors) - 1;
    return l * this.slots + slot;
  }

  multiplierOf(cell: number): number {
    return this.multipliers[cell % this.slots];
  }
}
