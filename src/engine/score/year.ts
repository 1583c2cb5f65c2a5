// The scored year's calendar, worked out once per call: where each quarter starts and ends,
// which days the period reports, and each day's 'YYYY-MM-DD'. The loop over a million events
// asks it for an event's quarter and date string; both are lookups, never new strings.

import type { Period } from '../types';
import { quarterBounds, serialToIso } from '../dates';

export class ScoringYear {
  /** First and last day serial of the calendar year. */
  readonly first: number;
  readonly last: number;
  /** First and last day serial of each quarter, 0-based. */
  readonly quarterStarts: number[];
  readonly quarterEnds: number[];
  /** The days the period reports; repeats still count from 1 January, so earlier events are read too. */
  readonly periodFirst: number;
  readonly periodLast: number;
  /** The first day tallied: a quarter's previous quarter (same year) is tallied too, for 上季度得分. */
  readonly tallyFirst: number;
  /** 'YYYY-MM-DD' of each day of the year: a million events share 365 strings. */
  private readonly isoDates: string[];

  constructor(period: Period) {
    const bounds = [1, 2, 3, 4].map((q) => quarterBounds(period.year, q));
    this.quarterStarts = bounds.map((b) => b.first);
    this.quarterEnds = bounds.map((b) => b.last);
    this.first = this.quarterStarts[0];
    this.last = this.quarterEnds[3];
    const reported = period.kind === 'quarter' ? bounds[period.quarter - 1] : { first: this.first, last: this.last };
    this.periodFirst = reported.first;
    this.periodLast = reported.last;
    this.tallyFirst = period.kind === 'quarter' && period.quarter > 1 ? bounds[period.quarter - 2].first : this.periodFirst;
    this.isoDates = [];
    for (let d = this.first; d <= this.last; d++) this.isoDates.push(serialToIso(d));
  }

  /** The 0-based quarter of a day serial within this year. */
  quarterOf(serial: number): number {
    const s = this.quarterStarts;
    return serial >= s[3] ? 3 : serial >= s[2] ? 2 : serial >= s[1] ? 1 : 0;
  }

  /** 'YYYY-MM-DD' of a day serial within this year (a time of day is dropped). */
  isoOf(serial: number): string {
    return this.isoDates[Math.floor(serial) - this.first];
  }
}
