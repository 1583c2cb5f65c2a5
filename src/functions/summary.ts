// QS.SCORE, QS.GRADE, QS.RANK: the summary's numbers, live in a cell. SCORE and RANK parse and
// score the ranges with parseWorkbook() and score() themselves (cached, see workbook.ts); GRADE
// applies the same gradeOf() to a score.
import {
  cellText,
  defaultParams,
  gradeOf,
  makeUnitResolver,
  parseGrade,
  toHalfWidth,
  type CellValue,
  type Grade,
  type Model,
  type Result,
  type UnitResult,
} from '../engine';
import { isOmitted, quoted, toNumber, toText } from './args';
import { badValue, notFound } from './errors';
import { loadWorkbook, resultFor, toPeriod } from './workbook';

export interface SummaryArgs {
  unit: unknown;
  period: unknown;
  events: CellValue[][] | null;
  ladder: CellValue[][] | null;
  params: CellValue[][] | null;
}

/**
 * A unit's score for a quarter or a year. With a 单位 range the unit may be given by name or code
 * and an unknown one is #N/A. Without it the units are those named in the events, as typed there:
 * a unit that has no events is a unit with a clean record and scores the base (rule 10), as in
 * the summary.
 */
export function scoreOf(a: SummaryArgs & { units: CellValue[][] | null }): number {
  const unit = toText(a.unit, '单位');
  const { period, text } = toPeriod(a.period);
  if (!a.events) badValue('缺少考核记录区域(events)');
  const loaded = loadWorkbook({ events: a.events, units: a.units, ladder: a.ladder, params: a.params, owner: unit });
  const found = findUnit(loaded.model, resultFor(loaded, period, text), unit);
  if (found) return found.score;
  if (a.units) notFound(`单位${quoted(unit)}不在单位区域中:请填写单位区域里的单位名称或编码`);
  return loaded.model.rules.params.base;
}

/** A unit's rank among the units of its category in the 单位 range. */
export function rankOf(a: SummaryArgs & { units: CellValue[][] | null }): number {
  const unit = toText(a.unit, '单位');
  const { period, text } = toPeriod(a.period);
  if (!a.units) badValue('缺少单位区域(units)');
  if (!a.events) badValue('缺少考核记录区域(events)');
  const loaded = loadWorkbook({ events: a.events, units: a.units, ladder: a.ladder, params: a.params });
  const found = findUnit(loaded.model, resultFor(loaded, period, text), unit);
  if (!found) notFound(`单位${quoted(unit)}不在单位区域中:请填写单位区域里的单位名称或编码`);
  return found.rank;
}

/**
 * The grade of a score by the three lines, no better than `veto` when given: a grade cap
 * (合格, 不合格 …). A bare 是/TRUE does not say which cap applies, so it is refused rather than
 * guessed; blank, 否 and FALSE mean no cap.
 */
export function gradeFor(scoreArg: unknown, veto: unknown, params: CellValue[][] | null): Grade {
  const score = toNumber(scoreArg, '得分');
  const p = params ? loadWorkbook({ params }).model.rules.params : defaultParams();
  return gradeOf(score, p, capOf(veto));
}

function capOf(v: unknown): Grade | null {
  const x = Array.isArray(v) ? v[0]?.[0] : v;
  if (isOmitted(x) || x === false) return null;
  const t = toHalfWidth(cellText(x as CellValue));
  if (t === '否' || t.toUpperCase() === 'FALSE') return null;
  const g = parseGrade(t);
  if (g) return g;
  if (x === true || t === '是' || t.toUpperCase() === 'TRUE') {
    badValue('一票否决请填写等级上限(如 合格 或 不合格),而不是“是”:等级上限见处罚标准的「等级上限」列');
  }
  return badValue(`一票否决${quoted(x)}无效:请填写等级上限 优秀、良好、合格 或 不合格,或留空`);
}

/** By code or by name, resolved exactly as the parser resolves a 单位 cell (any case or width; a code wins over a name). */
function findUnit(model: Model, result: Result, unit: string): UnitResult | undefined {
  const u = makeUnitResolver(model.units)(unit);
  return u ? result.units.find((r) => r.code === u.code) : undefined;
}
