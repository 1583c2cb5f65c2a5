// The pane's work, free of React and Office: what the workbook holds, and the plans to write.
// The hook in useAssessment.ts calls these between the service's reads and writes.
import {
  buildCalendar,
  formatPeriod,
  parseWorkbook,
  planSummaries,
  score,
  type Model,
  type Period,
  type RuleSource,
  type SheetPlan,
  type Snapshot,
  type ValidationError,
} from '../engine';
import { serialToYmd } from '../engine/dates';

export interface Overview {
  units: { total: number; departments: number; subUnits: number };
  /** Ledgers and unit sheets with their data rows, in workbook order. */
  eventSheets: { name: string; rows: number }[];
  events: number;
  rules: { clauses: RuleSource; ladder: RuleSource; params: RuleSource };
  /** Years with events, and which of them the holiday calendar covers. */
  calendar: { covered: number[]; missing: number[] };
  skipped: string[];
  /** False when there is no 单位 sheet: the pane offers the template and the sample. */
  hasUnitSheet: boolean;
}

export interface Analysis {
  model: Model;
  errors: ValidationError[];
  overview: Overview;
}

export function analyse(snapshot: Snapshot): Analysis {
  const { model, errors } = parseWorkbook(snapshot);
  const calendar = buildCalendar(model.calendar);
  const eventYears = [...new Set(model.events.map((e) => serialToYmd(e.date).year))].sort((a, b) => a - b);
  const overview: Overview = {
    units: {
      total: model.units.length,
      departments: model.units.filter((u) => u.category === '部门').length,
      subUnits: model.units.filter((u) => u.category === '二级单位').length,
    },
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
  };
  return { model, errors, overview };
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

export function plansFor(model: Model, period: Period): SheetPlan[] {
  return planSummaries(model, score(model, period));
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
