// The follow-up (整改) of incidents across periods: SPEC §2 rule 13 and §10.
//
// An incident is open at the end of a period when its three checks (三不放过) are not all 是, or,
// where the sheet has a 完成日期 column, that date is blank or later than the period's end. A
// sheet without the column (a workbook from before it) is closed by the three checks alone, so
// old workbooks keep their numbers. An open incident past its 整改期限 is 逾期, by the days from
// the deadline to the period's end.
import type { AssessmentEvent, Level, Model, Period } from './types';
import { serialToIso } from './dates';
import { formatPeriod, periodBounds, quarterOfSerial } from './period';
import { isExempt } from './parse/values';
import { isIncident } from './rules';

/** One open incident as the outputs list it (summary, detail, notice, panes). */
export interface OpenItem {
  sheet: string;
  row: number;
  /** Unit code. */
  unit: string;
  unitName: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The quarter it happened in, e.g. 2026Q1. */
  origin: string;
  clause: string;
  /** Level name (一般). */
  level: string;
  description: string;
  person: string;
  /** 整改期限, YYYY-MM-DD, or null when none was set. */
  deadline: string | null;
  /** Days from the 整改期限 to the period's end when it has passed (逾期), else null. */
  overdueDays: number | null;
}

export interface FollowUp {
  /** The period's last day (serial), the date everything is judged at. */
  end: number;
  /** 历史未闭环事项: incidents of earlier periods (any year) still open at the period's end. */
  history: OpenItem[];
  /** The period's own incidents open at its end and past their 整改期限. */
  overdue: OpenItem[];
}

/** Rule 13's closure test, without the incident test: three checks 是 and (no column, or done by `end`). */
export function closedBy(e: AssessmentEvent, end: number): boolean {
  if (!(e.causeFound && e.handled && e.fixed)) return false;
  return e.fixedOn === undefined || (e.fixedOn !== null && e.fixedOn <= end);
}

/** The level codes that deduct points (incidents, rule 5). */
function incidentLevels(ladder: Level[]): Map<string, Level> {
  const m = new Map<string, Level>();
  for (const l of ladder) if (isIncident(l)) m.set(l.code, l);
  return m;
}

/** An incident that scores (not exempt by 认定) and is still open at `end`. */
export function openAt(e: AssessmentEvent, incidents: ReadonlyMap<string, Level>, end: number): boolean {
  return incidents.has(e.level) && !isExempt(e.finding) && !closedBy(e, end);
}

/**
 * Per unit code, how many incidents dated before `first` are still open at `last`: the count
 * 历史未闭环扣分 multiplies. One pass over the events.
 */
export function historyOpenCounts(model: Model, first: number, last: number): Map<string, number> {
  const incidents = incidentLevels(model.rules.ladder);
  const counts = new Map<string, number>();
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date < first && openAt(e, incidents, last)) counts.set(e.unit, (counts.get(e.unit) ?? 0) + 1);
  }
  return counts;
}

/** The period's follow-up lists, ordered by date, then sheet and row. */
export function followUp(model: Model, period: Period): FollowUp {
  const { first, last } = periodBounds(period);
  const incidents = incidentLevels(model.rules.ladder);
  const names = new Map(model.units.map((u) => [u.code, u.name]));
  const history: AssessmentEvent[] = [];
  const overdue: AssessmentEvent[] = [];
  // Indexed loops over model.events here and in every pass a period makes over them: a for…of
  // run once over a million events is not optimised and allocates an iterator result per step
  // (tens of MB of garbage per pass, docs/BENCHMARKS.md).
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date > last || !openAt(e, incidents, last)) continue;
    if (e.date < first) history.push(e);
    else if (e.fixDeadline !== undefined && e.fixDeadline < last) overdue.push(e);
  }
  const day = dayTexts();
  const item = (e: AssessmentEvent): OpenItem => ({
    sheet: e.sheet,
    row: e.row,
    unit: e.unit,
    unitName: names.get(e.unit) ?? e.unit,
    date: day(e.date).iso,
    origin: day(e.date).quarter,
    clause: e.clause,
    level: incidents.get(e.level)?.name ?? e.level,
    description: e.description,
    person: e.person,
    deadline: e.fixDeadline === undefined ? null : day(e.fixDeadline).iso,
    overdueDays: e.fixDeadline !== undefined && e.fixDeadline < last ? last - e.fixDeadline : null,
  });
  return { end: last, history: sortItems(history).map(item), overdue: sortItems(overdue).map(item) };
}

/**
 * A day's 'YYYY-MM-DD' and quarter ('2026Q1'), made once per day: a 1M-event quarter lists 70k
 * open items, which fall on a few hundred days.
 */
function dayTexts(): (serial: number) => { iso: string; quarter: string } {
  const days = new Map<number, { iso: string; quarter: string }>();
  return (serial) => {
    const whole = Math.floor(serial);
    let texts = days.get(whole);
    if (!texts) days.set(whole, (texts = { iso: serialToIso(whole), quarter: formatPeriod(quarterOfSerial(whole)) }));
    return texts;
  };
}

function sortItems(list: AssessmentEvent[]): AssessmentEvent[] {
  return list.sort((a, b) => a.date - b.date || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row);
}
