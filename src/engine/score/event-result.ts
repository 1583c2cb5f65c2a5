// An event as SPEC §4 lists it (EventResult), exactly its keys in its order. Both shapes are
// built as one literal with the same keys, so a million results share one hidden class.

import type { AssessmentEvent, EventResult } from '../types';
import type { LadderTable } from './ladder-table';

/** A scored event: its ladder cell's multiplier and fines, its points and bonus as tallied. */
export function eventResult(
  e: AssessmentEvent,
  date: string,
  occurrence: number,
  ladder: LadderTable,
  cell: number,
  points: number,
  bonus: number,
  open: boolean,
): EventResult {
  return {
    sheet: e.sheet,
    row: e.row,
    unit: e.unit,
    date,
    source: e.source,
    clause: e.clause,
    level: e.level,
    occurrence,
    multiplier: ladder.multiplierOf(cell),
    points,
    unitFine: ladder.unitFine[cell],
    headFine: ladder.headFine[cell],
    personFine: ladder.personFine[cell],
    bonus,
    override: e.override !== null,
    open,
  };
}

/**
 * An exempt event's result: nothing scored, not an occurrence (0), and multiplier 0 so that
 * points = level points × multiplier still holds; override false (an override would replace
 * points that are not there). docs/scoring.md “认定”.
 */
export function exemptResult(e: AssessmentEvent, date: string): EventResult {
  return {
    sheet: e.sheet,
    row: e.row,
    unit: e.unit,
    date,
    source: e.source,
    clause: e.clause,
    level: e.level,
    occurrence: 0,
    multiplier: 0,
    points: 0,
    unitFine: 0,
    headFine: 0,
    personFine: 0,
    bonus: 0,
    override: false,
    open: false,
  };
}
