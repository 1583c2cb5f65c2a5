// Model + period → Result: SPEC §2 rules 2–10, 12 and 13, in three steps, each in its own module:
//
//   the year's calendar      ScoringYear (year.ts): quarter bounds, the period's days, date strings
//   the pass over events     tallyEvents (tally-events.ts): rule-2 order, k-th occurrences, amounts
//                            into per-unit, per-quarter tallies, the period's EventResults
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
  return resultOf(model, period, units, events, withPeople ? persons : null);
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
