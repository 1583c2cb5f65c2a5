// SPEC §2 rule 2's k-th occurrence: how often each unit has broken each clause so far this year.
// Counted in one flat array keyed unit × clause, not a map of maps, so a million events add to a
// number in place; the year is fixed per score() call, so the counts never need resetting.

import type { Clause } from '../types';

export class Occurrences {
  /** Clause id → column; clauses outside the rules get a column when they first turn up. */
  private readonly clauses = new Map<string, number>();
  /** Columns per unit: at least the rules' clauses, doubled when an unknown clause needs room. */
  private slots: number;
  private counts: Uint32Array;

  constructor(
    private readonly units: number,
    clauses: readonly Clause[],
  ) {
    clauses.forEach((c, i) => this.clauses.set(c.id, i));
    this.slots = Math.max(1, this.clauses.size);
    this.counts = new Uint32Array(units * this.slots);
  }

  /** Counts one more occurrence of the clause at the unit and returns k (1 for the first). */
  next(unit: number, clause: string): number {
    let column = this.clauses.get(clause);
    if (column === undefined) column = this.addClause(clause);
    return ++this.counts[unit * this.slots + column];
  }

  private addClause(clause: string): number {
    const column = this.clauses.size;
    this.clauses.set(clause, column);
    if (column >= this.slots) this.widen();
    return column;
  }

  /** Twice the columns, each unit's counts copied to its new row. */
  private widen(): void {
    const wider = this.slots * 2;
    const next = new Uint32Array(this.units * wider);
    for (let u = 0; u < this.units; u++) next.set(this.counts.subarray(u * this.slots, (u + 1) * this.slots), u * wider);
    this.counts = next;
    this.slots = wider;
  }
}
