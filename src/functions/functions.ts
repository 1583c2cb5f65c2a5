// The QS custom functions (SPEC §5). Each is a thin, JSDoc-tagged entry point: the metadata
// plugin reads these tags into functions.json and appends CustomFunctions.associate(id, fn) for
// each at build time. Ids are public API: they are stored in users' workbooks, so they never
// change (test/functions/metadata.golden.json guards them). The work is done in the modules
// beside this file, over the same engine as the summaries.
//
// Excel passes ranges as any[][] and omitted optional arguments as null. Errors are thrown as
// CustomFunctions.Error with a Chinese message (see errors.ts for which code when).
import { addWorkdays, quarterOf, workdaysBetween } from './calendar';
import { checkCommitment } from './commitments';
import { guard } from './errors';
import { fineOf, pointsOf } from './ladder';
import { toRange } from './args';
import { gradeFor, rankOf, scoreOf } from './summary';

/**
 * The quarter a date falls in, such as 2026Q3.
 * @customfunction QUARTER
 * @helpurl https://localhost:3000/help/functions.html#quarter
 * @param date A date cell, or text such as 2026-07-15.
 * @returns The quarter, as 2026Q3.
 */
export function QUARTER(date: any): string {
  return guard(() => quarterOf(date));
}

/**
 * Chinese working days after start up to and including end, counting statutory holidays and make-up working days.
 * @customfunction WORKDAYS
 * @helpurl https://localhost:3000/help/functions.html#workdays
 * @param start The start date (not counted), e.g. the day an application was accepted.
 * @param end The end date (counted).
 * @param [holidays] Optional 节假日 table (日期, 类型 休/班) with its header row; overrides the built-in calendar.
 * @returns The number of working days; negative when end is before start.
 */
export function WORKDAYS(start: any, end: any, holidays?: any[][]): number {
  return guard(() => workdaysBetween(start, end, toRange(holidays)));
}

/**
 * The date a number of Chinese working days after a start date.
 * @customfunction ADDWORKDAYS
 * @helpurl https://localhost:3000/help/functions.html#addworkdays
 * @param start The start date (not counted).
 * @param days Working days to add; negative to go back.
 * @param [holidays] Optional 节假日 table (日期, 类型 休/班) with its header row; overrides the built-in calendar.
 * @returns The date, as a serial number (format the cell as a date).
 */
export function ADDWORKDAYS(start: any, days: number, holidays?: any[][]): number {
  return guard(() => addWorkdays(start, days, toRange(holidays)));
}

/**
 * TRUE when a measured service commitment is met: 8.4 connection, 8.5 payment, 9.3 restoring supply, 10 rings, 11 repair arrival or outage notice.
 * @customfunction CHECK
 * @helpurl https://localhost:3000/help/functions.html#check
 * @param clause The clause: 8.4, 8.5, 9.3, 10 or 11.
 * @param value The measured quantity, or the start date/time when value2 is given.
 * @param [value2] The end date/time (8.4: connected; 9.3: restored; 11: arrived, or the outage date).
 * @param [area] For 11, the repair area 城区, 农村 or 边远; leave empty for the outage notice.
 * @param [params] Optional 考核参数 table (参数, 值) with its header row; the time limits come from it.
 * @param [holidays] Optional 节假日 table for the working days of 8.4.
 * @returns TRUE when the commitment is met.
 */
export function CHECK(clause: any, value: any, value2?: any, area?: string, params?: any[][], holidays?: any[][]): boolean {
  return guard(() => checkCommitment({ clause, value, value2, area, params: toRange(params), holidays: toRange(holidays) }));
}

/**
 * The points one event deducts: level points times the repeat factor of its occurrence in the year.
 * @customfunction POINTS
 * @helpurl https://localhost:3000/help/functions.html#points
 * @param level The level, by name or code (一般 or L2).
 * @param [occurrence] Which occurrence of the same clause for the same unit this year: 1 (default), 2, 3 …
 * @param [ladder] Optional 处罚标准 table with its header row; the built-in ladder when omitted.
 * @param [params] Optional 考核参数 table; the repeat factors come from it.
 * @returns The points, rounded to 2 decimals.
 */
export function POINTS(level: string, occurrence?: number, ladder?: any[][], params?: any[][]): number {
  return guard(() => pointsOf({ level, occurrence, ladder: toRange(ladder), params: toRange(params) }));
}

/**
 * The fine for one event on one party: the level's fine times the repeat factor of its occurrence.
 * @customfunction FINE
 * @helpurl https://localhost:3000/help/functions.html#fine
 * @param level The level, by name or code (一般 or L2).
 * @param party Who pays: 单位, 第一责任人 or 直接责任人.
 * @param [occurrence] Which occurrence of the same clause for the same unit this year: 1 (default), 2, 3 …
 * @param [ladder] Optional 处罚标准 table with its header row; the built-in ladder when omitted.
 * @param [params] Optional 考核参数 table; the repeat factors come from it.
 * @returns The fine in yuan, rounded to whole yuan.
 */
export function FINE(level: string, party: string, occurrence?: number, ladder?: any[][], params?: any[][]): number {
  return guard(() => fineOf({ level, party, occurrence, ladder: toRange(ladder), params: toRange(params) }));
}

/**
 * A unit's score for a quarter or a year, exactly as in the generated summary.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help/functions.html#score
 * @param unit The unit, by name or code.
 * @param period The quarter (2026Q3) or year (2026).
 * @param events The assessment records with their header row (日期, 单位, 来源, 条款, 等级, 事项描述 …).
 * @param [ladder] Optional 处罚标准 table with its header row.
 * @param [params] Optional 考核参数 table with its header row.
 * @param [units] Optional 单位 table with its header row: lets the unit be given by code, and an unknown unit is #N/A.
 * @returns The score, 2 decimals.
 */
export function SCORE(unit: string, period: any, events: any[][], ladder?: any[][], params?: any[][], units?: any[][]): number {
  return guard(() =>
    scoreOf({
      unit,
      period,
      events: toRange(events),
      ladder: toRange(ladder),
      params: toRange(params),
      units: toRange(units),
    }),
  );
}

/**
 * The grade of a score: 优秀, 良好, 合格 or 不合格 by the grade lines, no better than a grade cap.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help/functions.html#grade
 * @param score The score.
 * @param [veto] Optional grade cap of a one-vote veto: 合格 or 不合格 (empty or 否 for none).
 * @param [params] Optional 考核参数 table; the grade lines come from it.
 * @returns The grade.
 */
export function GRADE(score: number, veto?: any, params?: any[][]): string {
  return guard(() => gradeFor(score, veto, toRange(params)));
}

/**
 * A unit's rank (1, 2, 2, 4) by score among the units of its category, exactly as in the generated summary.
 * @customfunction RANK
 * @helpurl https://localhost:3000/help/functions.html#rank
 * @param unit The unit, by name or code.
 * @param period The quarter (2026Q3) or year (2026).
 * @param units The 单位 table with its header row (单位编码, 单位名称, 类别, 第一责任人).
 * @param events The assessment records with their header row.
 * @param [ladder] Optional 处罚标准 table with its header row.
 * @param [params] Optional 考核参数 table with its header row.
 * @returns The rank, 1 for the best.
 */
export function RANK(unit: string, period: any, units: any[][], events: any[][], ladder?: any[][], params?: any[][]): number {
  return guard(() =>
    rankOf({ unit, period, units: toRange(units), events: toRange(events), ladder: toRange(ladder), params: toRange(params) }),
  );
}
