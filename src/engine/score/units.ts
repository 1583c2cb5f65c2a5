// Units scored from their tallies (SPEC §2 rules 4–9 and 13): points, the bonus cap, open items,
// the score clamp and grade per quarter, a year from its four quarters, then ranks within each
// category. Runs once per unit, after the pass over the events.

import type { Model, Period, UnitResult } from '../types';
import { quarterBounds } from '../dates';
import { roundPoints } from '../round';
import { historyOpenCounts } from '../followup';
import type { Tally } from './tally';
import { clampScore, competitionRanks, gradeOf } from './grade';

/** Every unit graded and ranked for the period: departments first, then sub-units, each in workbook order. */
export function gradeUnits(model: Model, period: Period, tally: Tally): UnitResult[] {
  const history = historyPoints(model, period);
  const units = model.units.map((_, u) =>
    period.kind === 'quarter' ? scoreQuarter(model, tally, u, period.quarter - 1, history) : scoreYear(model, tally, u, history),
  );
  rankWithinCategories(units);
  return [...units.filter((u) => u.category === '部门'), ...units.filter((u) => u.category !== '部门')];
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
