// Model + period → Result: SPEC §2 rules 2–10.
//
// One pass over the year's events in rule-2 order (sorted once, linear): each event's k-th
// occurrence is counted in a flat array keyed unit × clause (the year is fixed per call), the
// period's events become EventResults, and every amount goes into per-unit, per-quarter tallies.
// Units are then scored from their tallies: quarters directly, a year from its four quarters.

import type { AssessmentEvent, EventResult, Model, Period, Result, UnitResult } from '../types';
import { quarterBounds, serialToIso } from '../dates';
import { formatPeriod } from '../period';
import { roundPoints } from '../round';
import { COMPLAINT_SOURCES as RULE_COMPLAINT_SOURCES } from '../rules';
import { isExempt } from '../parse/values';
import { orderEvents } from './order';
import { Tally } from './tally';
import { clampScore, competitionRanks, gradeOf } from './grade';
import { LadderTable } from './ladder-table';
import { gatherPersonalFines, rememberPersonalFines } from '../people';
import { closedBy, historyOpenCounts } from '../followup';

export { GRADES, gradeOf, clampScore, competitionRanks, stricter } from './grade';
export { multiplierFor, eventPoints, eventFine, isCommendation, isIncident } from './event';
export type { FineParty } from './event';
export { periodWarnings } from './warnings';

/** Sources whose deducting events count as 有效投诉 (SPEC §4 `complaints`). */
const COMPLAINT_SOURCES = new Set(RULE_COMPLAINT_SOURCES);

/** Assumes the model validated clean; an event naming an unknown unit or level is a programming error. */
/**
 * `people: false` leaves Result.people empty, `events: false` leaves Result.events (and people)
 * empty: for callers that only read the unit scores (the previous quarter's column), since a
 * million-event year would otherwise allocate an EventResult per event and gather its fines.
 */
export function score(model: Model, period: Period, options: { people?: boolean; events?: boolean } = {}): Result {
  const listed = options.events !== false;
  const withPeople = listed && options.people !== false;
  const params = model.rules.params;
  const year = period.year;
  const quarterStarts = [1, 2, 3, 4].map((q) => quarterBounds(year, q).first);
  const quarterEnds = [1, 2, 3, 4].map((q) => quarterBounds(year, q).last);
  const yearFirst = quarterStarts[0];
  const yearLast = quarterBounds(year, 4).last;
  // Repeats count from 1 January, so a quarter needs the year's earlier events too.
  const periodFirst = period.kind === 'quarter' ? quarterStarts[period.quarter - 1] : yearFirst;
  const periodLast = period.kind === 'quarter' ? quarterBounds(year, period.quarter).last : yearLast;

  const unitIndex = new Map<string, number>();
  model.units.forEach((u, i) => unitIndex.set(u.code, i));
  const ladder = new LadderTable(model.rules.ladder, params);
  const clauseIndex = new Map<string, number>();
  model.rules.clauses.forEach((c, i) => clauseIndex.set(c.id, i));
  // 'YYYY-MM-DD' of each day of the year, made once: a million events share 365 strings.
  const isoDates: string[] = [];
  for (let d = yearFirst; d <= yearLast; d++) isoDates.push(serialToIso(d));

  const order = orderEvents(
    model.events,
    yearFirst,
    periodLast,
    model.sheetsRead.map((s) => s.name),
  );

  const tally = new Tally(model.units.length);
  // occurrences[unit × clauseSlots + clause]; widened if a clause outside the rules turns up.
  let clauseSlots = Math.max(1, clauseIndex.size);
  let occurrences: Uint32Array = new Uint32Array(model.units.length * clauseSlots);
  let reported = 0;
  if (listed) for (let k = 0; k < order.length; k++) if (model.events[order[k]].date >= periodFirst) reported++;
  const events: EventResult[] = new Array(reported);
  // Each reported event's 直接责任人, read off the event in hand for the personal fines.
  const persons: string[] = withPeople ? new Array(reported) : [];
  let next = 0;

  for (let k = 0; k < order.length; k++) {
    const e = model.events[order[k]];
    const unit = unitIndex.get(e.unit);
    const l = ladder.index.get(e.level);
    if (unit === undefined || l === undefined) throw unknownReference(e, unit === undefined);

    // SPEC §2 rule 12: an exempt event (不属实 / 无责 / 免责) is listed and scores nothing.
    const exempt = isExempt(e.finding);
    let occurrence = 0;
    if (!exempt && !ladder.commendation[l]) {
      let clause = clauseIndex.get(e.clause);
      if (clause === undefined) {
        clause = clauseIndex.size;
        clauseIndex.set(e.clause, clause);
      }
      if (clause >= clauseSlots) {
        ({ occurrences, clauseSlots } = widen(occurrences, clauseSlots, model.units.length));
      }
      occurrence = ++occurrences[unit * clauseSlots + clause];
    }
    if (e.date < periodFirst) continue; // counted as an earlier occurrence, not reported
    const quarter = e.date >= quarterStarts[3] ? 3 : e.date >= quarterStarts[2] ? 2 : e.date >= quarterStarts[1] ? 1 : 0;
    if (exempt) {
      tally.events[unit * 4 + quarter]++; // listed, so counted among the unit's events
      if (listed) events[next++] = exemptResult(e, isoDates[Math.floor(e.date) - yearFirst]);
      continue;
    }

    const cell = ladder.cell(l, occurrence);
    const points = e.override === null ? ladder.points[cell] : roundPoints(e.override);
    const incident = ladder.incident[l];
    // Rule 13: open at the end of its quarter (three checks, and 完成日期 where the sheet has it).
    const open = incident && !closedBy(e, quarterEnds[quarter]);
    const bonus = ladder.levels[l].bonus;

    const slot = unit * 4 + quarter;
    tally.pointsCents[slot] += Math.round(points * 100);
    tally.bonusCents[slot] += Math.round(bonus * 100);
    tally.events[slot]++;
    if (incident && COMPLAINT_SOURCES.has(e.source)) tally.complaints[slot]++;
    if (open) tally.openItems[slot]++;
    tally.unitFine[slot] += ladder.unitFine[cell];
    tally.headFine[slot] += ladder.headFine[cell];
    tally.personFine[slot] += ladder.personFine[cell];
    if (ladder.cap[l] > tally.cap[slot]) tally.cap[slot] = ladder.cap[l];
    if (!listed) continue;

    if (withPeople) persons[next] = e.person;
    events[next++] = {
      sheet: e.sheet,
      row: e.row,
      unit: e.unit,
      date: isoDates[Math.floor(e.date) - yearFirst],
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

  const history = historyPoints(model, period);
  const units = model.units.map((_, u) =>
    period.kind === 'quarter' ? scoreQuarter(model, tally, u, period.quarter - 1, history) : scoreYear(model, tally, u, history),
  );
  rankWithinCategories(units);
  // Departments first, then sub-units, each in workbook order.
  const ordered = [...units.filter((u) => u.category === '部门'), ...units.filter((u) => u.category !== '部门')];
  const fines = withPeople ? gatherPersonalFines(model, ordered, events, (i) => persons[i].trim()) : null;
  const result: Result = {
    period: formatPeriod(period),
    company: params.company,
    units: ordered,
    events,
    people: fines ? fines.lines : [],
  };
  if (fines) rememberPersonalFines(result, fines);
  return result;
}

/**
 * Rule 13's 历史未闭环扣分 per unit code and quarter (0–3; 4 = the year as a whole for 年度累计):
 * points × the incidents of earlier periods still open at that period's end. Null while the
 * parameter is 0 (the default), which costs nothing.
 */
type HistoryPoints = ((unit: string, quarter: number) => number) | null;

function historyPoints(model: Model, period: Period): HistoryPoints {
  const perPoint = model.rules.params.historyOpenPoints;
  if (!perPoint) return null;
  const spans = [1, 2, 3, 4].map((q) => quarterBounds(period.year, q));
  spans.push({ first: spans[0].first, last: spans[3].last });
  const wanted = period.kind === 'quarter' ? [period.quarter - 1] : [0, 1, 2, 3, 4];
  const counts = new Map<number, Map<string, number>>();
  for (const q of wanted) counts.set(q, historyOpenCounts(model, spans[q].first, spans[q].last));
  return (unit, q) => roundPoints(perPoint * (counts.get(q)?.get(unit) ?? 0));
}

/** Rules 4–7 (and 13) for one unit and quarter (0-based). */
function scoreQuarter(model: Model, tally: Tally, u: number, q: number, history: HistoryPoints): UnitResult {
  const p = model.rules.params;
  const slot = u * 4 + q;
  const points = roundPoints(tally.pointsCents[slot] / 100);
  const bonus = roundPoints(Math.min(tally.bonusCents[slot] / 100, p.bonusCap));
  const openPoints = roundPoints(p.openItemPoints * tally.openItems[slot] + (history ? history(model.units[u].code, q) : 0));
  const value = clampScore(p.base, points, openPoints, bonus, p.base + p.bonusCap);
  const cap = tally.capOver(u, q, q);
  return unitResult(model, tally, u, q, q, { points, bonus, score: value, grade: gradeOf(value, p, cap), veto: cap !== null });
}

/** Rule 9: the four quarters, then the year by 年度得分方式; amounts and counts summed over the year. */
function scoreYear(model: Model, tally: Tally, u: number, history: HistoryPoints): UnitResult {
  const p = model.rules.params;
  const quarters = [0, 1, 2, 3].map((q) => scoreQuarter(model, tally, u, q, history));
  const points = roundPoints(tally.sum(tally.pointsCents, u, 0, 3) / 100);
  let bonus: number;
  let value: number;
  if (p.annualMethod === '年度累计') {
    bonus = roundPoints(Math.min(tally.sum(tally.bonusCents, u, 0, 3) / 100, 4 * p.bonusCap));
    const openPoints = roundPoints(
      p.openItemPoints * tally.sum(tally.openItems, u, 0, 3) + (history ? history(model.units[u].code, 4) : 0),
    );
    value = clampScore(p.base, points, openPoints, bonus, p.base + 4 * p.bonusCap);
  } else {
    // 季度平均: the bonus reported is what the quarters actually counted (each capped).
    bonus = roundPoints(quarters.reduce((s, r) => s + r.bonus, 0));
    value = roundPoints(quarters.reduce((s, r) => s + r.score, 0) / 4);
  }
  const cap = tally.capOver(u, 0, 3);
  const result = unitResult(model, tally, u, 0, 3, { points, bonus, score: value, grade: gradeOf(value, p, cap), veto: cap !== null });
  result.quarters = quarters.map((r) => r.score);
  return result;
}

type Scored = Pick<UnitResult, 'points' | 'bonus' | 'score' | 'grade' | 'veto'>;

/** Builds the UnitResult with exactly SPEC §4's keys, in its order; rank is filled in later. */
function unitResult(model: Model, tally: Tally, u: number, first: number, last: number, s: Scored): UnitResult {
  const unit = model.units[u];
  return {
    code: unit.code,
    name: unit.name,
    category: unit.category,
    head: unit.head,
    base: model.rules.params.base,
    points: s.points,
    bonus: s.bonus,
    score: s.score,
    grade: s.grade,
    rank: 0,
    veto: s.veto,
    events: tally.sum(tally.events, u, first, last),
    complaints: tally.sum(tally.complaints, u, first, last),
    unitFine: tally.sum(tally.unitFine, u, first, last),
    headFine: tally.sum(tally.headFine, u, first, last),
    personFine: tally.sum(tally.personFine, u, first, last),
    openItems: tally.sum(tally.openItems, u, first, last),
  };
}

/** Rule 8: departments and sub-units are ranked apart. */
function rankWithinCategories(units: UnitResult[]): void {
  for (const category of ['部门', '二级单位'] as const) {
    const group = units.filter((u) => u.category === category);
    const ranks = competitionRanks(group.map((u) => u.score));
    group.forEach((u, i) => (u.rank = ranks[i]));
  }
}

/**
 * An exempt event's result: nothing scored, not an occurrence (0), and multiplier 0 so that
 * points = level points × multiplier still holds; override false (an override would replace
 * points that are not there). docs/scoring.md “认定”.
 */
function exemptResult(e: AssessmentEvent, date: string): EventResult {
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

function widen(occurrences: Uint32Array, slots: number, units: number): { occurrences: Uint32Array; clauseSlots: number } {
  const wider = slots * 2;
  const next = new Uint32Array(units * wider);
  for (let u = 0; u < units; u++) next.set(occurrences.subarray(u * slots, (u + 1) * slots), u * wider);
  return { occurrences: next, clauseSlots: wider };
}

function unknownReference(e: AssessmentEvent, unit: boolean): Error {
  return new Error(
    unit
      ? `「${e.sheet}」第 ${e.row} 行:单位“${e.unit}”不在单位表中(请先校验工作簿)`
      : `「${e.sheet}」第 ${e.row} 行:等级“${e.level}”不在处罚标准中(请先校验工作簿)`,
  );
}
