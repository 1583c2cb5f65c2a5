// Model + period → Result: SPEC §2 rules 2–10, 12 and 13, in three steps, each in its own module:
//
//   the year's calendar      ScoringYear (year.ts): quarter bounds, the period's days, date strings
//   the pass over events     tallyEvents (tally-events.ts): rule-2 order, k-th occurrences, amounts
//                            into per-unit, per-quarter tallies (every quarter up to the period's
//                            end), the period's EventResults
//   grading and ranking      gradeUnits (units.ts): quarters from their tallies, a year from its
//                            four quarters, ranks within each category
//
// then the personal fines are gathered from the listed events (people.ts).

import type { EventResult, Model, Period, Result, UnitResult } from '../types';
import { formatPeriod } from '../period';
import { gatherPersonalFines, rememberPersonalFines } from '../people';
import { orderEvents } from './order';
import { ScoringYear } from './year';
import { tallyEvents } from './tally-events';
import type { Tally } from './tally';
import { gradeUnits } from './units';

export { GRADES, gradeOf, clampScore, competitionRanks, stricter } from './grade';
export { multiplierFor, eventPoints, eventFine, isCommendation, isIncident } from './event';
export type { FineParty } from './event';
export { periodWarnings } from './warnings';

/**
 * Assumes the model validated clean; an event naming an unknown unit or level is a programming error.
 *
 * `people: false` leaves Result.people empty, `events: false` leaves Result.events (and people)
 * empty: for callers that only read the unit scores (the previous quarter's column), since a
 * million-event year would otherwise allocate an EventResult per event and gather its fines.
 */
export function score(model: Model, period: Period, options: { people?: boolean; events?: boolean } = {}): Result {
  const listed = options.events !== false;
  const withPeople = listed && options.people !== false;
  const year = new ScoringYear(period);
  // Repeats count from 1 January, so a quarter needs the year's earlier events too.
  const order = orderEvents(
    model.events,
    year.first,
    year.periodLast,
    model.sheetsRead.map((s) => s.name),
  );
  const { tally, events, persons } = tallyEvents(model, year, order, listed, withPeople);
  const units = gradeUnits(model, period, tally);
  const result = resultOf(model, period, units, events, withPeople ? persons : null);
  if (period.kind === 'quarter') talliedQuarters.set(result, { model, year: period.year, through: period.quarter, tally });
  return result;
}

/** A quarter's pass, by its Result: the tallies of its year's quarters 1…through. */
const talliedQuarters = new WeakMap<Result, { model: Model; year: number; through: number; tally: Tally }>();

/**
 * An earlier quarter of the same year, unit scores only — what score(model, earlier, { events:
 * false }) gives — graded from the tallies `scored`'s pass already made (it tallies every quarter
 * up to its own); null when that pass did not cover it (another year, another model, a Result
 * made elsewhere), and the caller scores it in full.
 */
export function earlierQuarterScores(model: Model, scored: Result, earlier: Period): Result | null {
  const pass = talliedQuarters.get(scored);
  if (!pass || pass.model !== model || earlier.kind !== 'quarter' || earlier.year !== pass.year || earlier.quarter > pass.through) {
    return null;
  }
  return resultOf(model, earlier, gradeUnits(model, earlier, pass.tally), [], null);
}

/** The Result in SPEC §4's shape, with the personal fines gathered from the events in hand (persons null: none). */
function resultOf(model: Model, period: Period, units: UnitResult[], events: EventResult[], persons: string[] | null): Result {
  const fines = persons ? gatherPersonalFines(model, units, events, (i) => persons[i].trim()) : null;
  const result: Result = {
    period: formatPeriod(period),
    company: model.rules.params.company,
    units,
    events,
    people: fines ? fines.lines : [],
  };
  if (fines) rememberPersonalFines(result, fines);
  return result;
}
