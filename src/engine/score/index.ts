// Model + period → Result: SPEC §2 rules 2–10, 12 and 13, in three steps, each in its own module:
//
//   the year's calendar      ScoringYear (year.ts): quarter bounds, the period's days, date strings
//   the pass over events     tallyEvents (tally-events.ts): rule-2 order, k-th occurrences, amounts
//                            into per-unit, per-quarter tallies (the period's, and a quarter's
//                            previous quarter in the same year), the period's EventResults
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
  const { tally, events, origins, persons } = tallyEvents(model, year, order, listed, withPeople);
  const units = gradeUnits(model, period, tally);
  const result = resultOf(model, period, units, events, withPeople ? (i) => persons[i].trim() : null);
  passes.set(result, { model, period, tally, origins });
  return result;
}

/**
 * What a score() call knew beyond its Result, by Result: its tallies (for a quarter, its previous
 * quarter's too), and each listed event's index in model.events. The sheets read them instead of
 * another pass over a million events.
 */
const passes = new WeakMap<Result, { model: Model; period: Period; tally: Tally; origins: Int32Array }>();

/**
 * Each of `result.events`' index in model.events, when score() made `result` from `model` (else
 * null: the caller finds the events by sheet and row).
 */
export function eventOrigins(model: Model, result: Result): Int32Array | null {
  const pass = passes.get(result);
  return pass && pass.model === model && pass.origins.length === result.events.length ? pass.origins : null;
}

/**
 * The previous quarter of a scored quarter, unit scores only — what score(model, previous, {
 * events: false }) gives — graded from the tallies `scored`'s pass already made (a quarter's pass
 * tallies the quarter before it too, ScoringYear.tallyFirst); null when that pass did not cover
 * it (Q1's previous is last year's Q4; another model; a Result made elsewhere), and the caller
 * scores it in full.
 */
export function previousQuarterScores(model: Model, scored: Result, previous: Period): Result | null {
  const pass = passes.get(scored);
  const covered =
    pass?.period.kind === 'quarter' &&
    previous.kind === 'quarter' &&
    previous.year === pass.period.year &&
    previous.quarter === pass.period.quarter - 1;
  if (!pass || pass.model !== model || !covered) return null;
  return resultOf(model, previous, gradeUnits(model, previous, pass.tally), [], null);
}

/** The Result in SPEC §4's shape, with the personal fines gathered from the events in hand (personOf null: none). */
function resultOf(
  model: Model,
  period: Period,
  units: UnitResult[],
  events: EventResult[],
  personOf: ((i: number) => string) | null,
): Result {
  const fines = personOf ? gatherPersonalFines(model, units, events, personOf) : null;
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
