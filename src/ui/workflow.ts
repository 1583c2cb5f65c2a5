// The pane's work, free of React and hosts: what the workbook holds, the period's result and the
// plans to write. The hook in useAssessment.ts calls these between the host's reads and writes.
import {
  buildCalendar,
  formatPeriod,
  parseWorkbook,
  periodWarnings,
  planSummaries,
  score,
  type Model,
  type Period,
  type Result,
  type RuleSource,
  type SheetPlan,
  type Snapshot,
  type ValidationError,
  type ValidationWarning,
} from '../engine';
import { serialToYmd } from '../engine/dates';

export interface Overview {
  units: { total: number; departments: number; subUnits: number };
  /** Data rows of the 单位 sheet, valid or not (0 when there is no such sheet). */
  unitRows: number;
  /** Ledgers and unit sheets with their data rows, in workbook order. */
  eventSheets: { name: string; rows: number }[];
  events: number;
  rules: { clauses: RuleSource; ladder: RuleSource; params: RuleSource };
  /** Years with events, and which of them the holiday calendar covers. */
  calendar: { covered: number[]; missing: number[] };
  skipped: string[];
  /** False when there is no 单位 sheet: the pane offers the template and the sample. */
  hasUnitSheet: boolean;
  /** Every sheet of the workbook, so the pane never links to one that is not there. */
  sheets: string[];
}

export interface Analysis {
  model: Model;
  errors: ValidationError[];
  /** SPEC §2 rule 11 and friends: shown as a notice, never stop a summary. */
  warnings: ValidationWarning[];
  overview: Overview;
}

export function analyse(snapshot: Snapshot): Analysis {
  const { model, errors, warnings } = parseWorkbook(snapshot);
  const calendar = buildCalendar(model.calendar);
  const eventYears = [...new Set(model.events.map((e) => serialToYmd(e.date).year))].sort((a, b) => a - b);
  const overview: Overview = {
    units: {
      total: model.units.length,
      departments: model.units.filter((u) => u.category === '部门').length,
      subUnits: model.units.filter((u) => u.category === '二级单位').length,
    },
    unitRows: model.sheetsRead.find((s) => s.role === 'units')?.rows ?? 0,
    eventSheets: model.sheetsRead
      .filter((s) => s.role === 'ledger' || s.role === 'unit-sheet')
      .map((s) => ({ name: s.name, rows: s.rows })),
    events: model.events.length,
    rules: model.rules.source,
    calendar: {
      covered: eventYears.filter((y) => calendar.covers(y)),
      missing: eventYears.filter((y) => !calendar.covers(y)),
    },
    skipped: model.sheetsSkipped,
    hasUnitSheet: model.sheetsRead.some((s) => s.role === 'units'),
    sheets: snapshot.sheets.map((s) => s.name),
  };
  return { model, errors, warnings, overview };
}

/**
 * Workbooks the pane treats as not set up yet: no 单位 sheet, no units in it, or no event sheet.
 * For them 新建模板 / 插入示例数据 are the main actions. Returns what is missing, empty when set up.
 */
export function missingSetup(overview: Overview): ('units' | 'events')[] {
  const missing: ('units' | 'events')[] = [];
  // Rows with errors count as set up: the error list, not the template, is what helps then.
  if (!overview.hasUnitSheet || overview.unitRows === 0) missing.push('units');
  if (overview.eventSheets.length === 0) missing.push('events');
  return missing;
}

/** The period to offer first: the quarter of the latest event (or of today when there is none). */
export function defaultPeriod(model: Model | null, today = new Date()): { year: number; quarter: 1 | 2 | 3 | 4 } {
  // A loop, not Math.max(...dates): spreading a million arguments overflows the call stack.
  let latest: number | null = null;
  for (const e of model?.events ?? []) if (latest === null || e.date > latest) latest = e.date;
  if (latest !== null) {
    const { year, month } = serialToYmd(latest);
    return { year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
  }
  return { year: today.getFullYear(), quarter: (Math.floor(today.getMonth() / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** Years the picker offers: every year with events, plus the default, a year either side. */
export function yearChoices(model: Model | null, around: number): number[] {
  const years = new Set<number>([around - 1, around, around + 1]);
  for (const e of model?.events ?? []) years.add(serialToYmd(e.date).year);
  return [...years].sort((a, b) => a - b);
}

export function resultFor(model: Model, period: Period): Result {
  return score(model, period);
}

export function plansFor(model: Model, result: Result): SheetPlan[] {
  return planSummaries(model, result);
}

/** Warnings about the period itself (no events in it, or only exempt ones): the engine decides. */
export { periodWarnings };

/** The period as the host's settings keep it ('2026Q3', '2026'), and back. */
export function periodKey(year: number, quarter: 1 | 2 | 3 | 4 | 'year'): string {
  return quarter === 'year' ? String(year) : `${year}Q${quarter}`;
}

export function periodFromKey(key: string | null): { year: number; quarter: 1 | 2 | 3 | 4 | 'year' } | null {
  const m = /^(\d{4})(?:Q([1-4]))?$/.exec(key ?? '');
  if (!m) return null;
  return { year: Number(m[1]), quarter: m[2] ? (Number(m[2]) as 1 | 2 | 3 | 4) : 'year' };
}

export function toPeriod(year: number, quarter: 1 | 2 | 3 | 4 | 'year'): Period {
  return quarter === 'year' ? { kind: 'year', year } : { kind: 'quarter', year, quarter };
}

/** Generated sheets grouped by period, newest period first. */
export function groupGenerated<T extends { period: string }>(sheets: T[]): { period: string; sheets: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const s of sheets) groups.set(s.period, [...(groups.get(s.period) ?? []), s]);
  return [...groups]
    .map(([period, list]) => ({ period, sheets: list }))
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
}

export { formatPeriod };

/** Errors grouped by sheet, sheets in the order their first error appears. */
export function groupBySheet(errors: ValidationError[]): { sheet: string; errors: ValidationError[] }[] {
  const groups = new Map<string, ValidationError[]>();
  for (const e of errors) {
    const list = groups.get(e.sheet);
    if (list) list.push(e);
    else groups.set(e.sheet, [e]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, errors: list }));
}
