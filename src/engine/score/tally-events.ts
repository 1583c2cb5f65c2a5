// The one pass over the year's events (SPEC §2 rules 2, 3, 12 and 13), in rule-2 order: each
// event's k-th occurrence is counted from 1 January; the period's events, and a quarter's
// previous quarter in the same year, are tallied per unit and quarter (so 上季度得分 needs no
// second pass), and the period's events are, when asked, listed as EventResults. This is the
// loop a million events go through: it reads tables built once per call (LadderTable, ScoringYear, Occurrences) and adds
// numbers into typed arrays; the only objects it makes are the listed EventResults themselves.

import type { AssessmentEvent, EventResult, Model } from '../types';
import { roundPoints } from '../round';
import { COMPLAINT_SOURCES as RULE_COMPLAINT_SOURCES } from '../rules';
import { isExempt } from '../parse/values';
import { closedBy } from '../followup';
import { Tally } from './tally';
import { LadderTable } from './ladder-table';
import { Occurrences } from './occurrences';
import type { ScoringYear } from './year';
import { eventResult, exemptResult } from './event-result';

/** Sources whose deducting events count as 有效投诉 (SPEC §4 `complaints`). */
const COMPLAINT_SOURCES = new Set(RULE_COMPLAINT_SOURCES);

export interface TalliedEvents {
  tally: Tally;
  /** The period's events in rule-2 order; empty unless listed. */
  events: EventResult[];
  /** Each listed event's index in model.events (its description, date serial …), by index in `events`. */
  origins: Int32Array;
  /**
   * Each listed event's 直接责任人, by index in `events`; empty unless asked for people. Read here,
   * while the event is at hand: reading it later through `origins` costs a cache miss per event.
   */
  persons: string[];
}

/**
 * `order` is the year's events up to the period's end in rule-2 order (orderEvents). `listed`
 * false skips the EventResults (a caller reading unit scores only); `withPeople` keeps each
 * listed event's person for the personal fines. Assumes the model validated clean.
 */
export function tallyEvents(model: Model, year: ScoringYear, order: Uint32Array, listed: boolean, withPeople: boolean): TalliedEvents {
  const all = model.events;
  const unitIndex = new Map<string, number>();
  model.units.forEach((u, i) => unitIndex.set(u.code, i));
  const ladder = new LadderTable(model.rules.ladder, model.rules.params);
  const occurrences = new Occurrences(model.units.length, model.rules.clauses);
  const tally = new Tally(model.units.length);
  const periodFirst = year.periodFirst;
  const listing = listed ? countReported(all, order, periodFirst) : 0;
  const events: EventResult[] = new Array(listing);
  const origins = new Int32Array(listing);
  const persons: string[] = withPeople ? new Array(listing) : [];
  let next = 0;

  for (let k = 0; k < order.length; k++) {
    const e = all[order[k]];
    const unit = unitIndex.get(e.unit);
    const l = ladder.index.get(e.level);
    if (unit === undefined || l === undefined) throw unknownReference(e, unit === undefined);

    // SPEC §2 rule 12: an exempt event (不属实 / 无责 / 免责) is listed and scores nothing.
    const exempt = isExempt(e.finding);
    const occurrence = exempt || ladder.commendation[l] ? 0 : occurrences.next(unit, e.clause);
    if (e.date < year.tallyFirst) continue; // counted as an earlier occurrence, not tallied
    const quarter = year.quarterOf(e.date);
    const slot = unit * 4 + quarter;
    // The previous quarter's event is tallied in its own quarter's slot, but not reported.
    const reported = listed && e.date >= periodFirst;
    if (exempt) {
      tally.events[slot]++; // listed, so counted among the unit's events
      if (reported) {
        origins[next] = order[k];
        events[next++] = exemptResult(e, year.isoOf(e.date));
      }
      continue;
    }

    const cell = ladder.cell(l, occurrence);
    const points = e.override === null ? ladder.points[cell] : roundPoints(e.override);
    const incident = ladder.incident[l];
    // Rule 13: open at the end of its quarter (three checks, and 完成日期 where the sheet has it).
    const open = incident && !closedBy(e, year.quarterEnds[quarter]);
    tally.add(slot, ladder, l, cell, points, incident && COMPLAINT_SOURCES.has(e.source), open);
    if (!reported) continue;

    origins[next] = order[k];
    if (withPeople) persons[next] = e.person;
    events[next++] = eventResult(e, year.isoOf(e.date), occurrence, ladder, cell, points, ladder.levels[l].bonus, open);
  }
  return { tally, events, origins, persons };
}

/** How many of the ordered events the period reports: the listing is allocated once, at its size. */
function countReported(all: readonly AssessmentEvent[], order: Uint32Array, periodFirst: number): number {
  let n = 0;
  for (let k = 0; k < order.length; k++) if (all[order[k]].date >= periodFirst) n++;
  return n;
}

function unknownReference(e: AssessmentEvent, unit: boolean): Error {
  return new Error(
    unit
      ? `「${e.sheet}」第 ${e.row} 行:单位“${e.unit}”不在单位表中(请先校验工作簿)`
      : `「${e.sheet}」第 ${e.row} 行:等级“${e.level}”不在处罚标准中(请先校验工作簿)`,
  );
}
