// The one way through the house. Every door (the command, the page, the Excel and WPS panes, the
// WPS ribbon) reads a Snapshot and calls these two functions; none wires parse → score → plan on
// its own, so whatever one door shows as an error or a warning, every door shows.
//
//   readWorkbook(snapshot)            what the workbook holds: model, errors, warnings, overview
//   assess(snapshot | reading, { period, today })
//                                     + the period's warnings, result, sheet plans, notice plan,
//                                     and the record across quarters (SPEC §10): may this period be
//                                     regenerated, and publishing it
//
// Plans are drawn on first use (`sheets()`, `notice()`) and kept: the command's summarize never
// pays for a notice, its notice never for the sheets.
import type { Model, NoticePlan, Period, Result, RuleSource, SheetPlan, Snapshot, ValidationError, ValidationWarning } from './types';
import { parseWorkbook } from './parse';
import { buildCalendar } from './calendar';
import { serialToYmd } from './dates';
import { defaultPeriod, type Ymd } from './period';
import { periodWarnings, score } from './score';
import { planErrorList, planNotice, planSummaries, readNoticeTemplate, type NoticeTemplate } from './report';
import { followUp, type FollowUp } from './followup';
import { checkRecord, publishPeriod, regeneration, type PublishOutcome, type RecordCheck, type Regeneration } from './publish';

/** What a door shows about a workbook before any period is chosen. */
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
  /** Skipped sheets that hold data, each with the engine's explanation (SPEC §1.5): never "no data". */
  unread: { name: string; rows: number; message: string }[];
  /** False when there is no 单位 sheet: the doors offer the template and the sample. */
  hasUnitSheet: boolean;
  /** Every sheet of the workbook, so a door never links to one that is not there. */
  sheets: string[];
}

export interface WorkbookReading {
  model: Model;
  /** SPEC §2 rule 1: while there is any, nothing is generated. */
  errors: ValidationError[];
  /** The workbook's own warnings (rule 11's ladder, ledger-like sheets, the 通报模板 sheet …). */
  warnings: ValidationWarning[];
  overview: Overview;
  /** The 通报模板 sheet's wording, null for the default. */
  noticeTemplate: NoticeTemplate | null;
  /** The 错误清单 sheet (写入错误清单): every error, each row linking to its cell. */
  errorList(): SheetPlan;
  /**
   * The 发布记录 read back, and (once the workbook is clean) each published period compared with
   * what it computes now; its warnings are among `warnings` (SPEC §10).
   */
  record: RecordCheck;
}

/** What a republish says (SPEC §10): a republish is allowed only with a reason. */
export interface RepublishRequest {
  republish: boolean;
  reason: string;
}

export interface AssessRequest {
  period: Period;
  /** The run date on the user's clock: the notice's default 成文日期. */
  today: Ymd;
}

interface Assessed extends WorkbookReading {
  period: Period;
  /** The workbook's warnings and, once it is clean, the period's own (no events in it …). */
  warnings: ValidationWarning[];
}

export type Assessment =
  | (Assessed & { ok: false; result: null })
  | (Assessed & {
      ok: true;
      result: Result;
      /** Quarter: 考核汇总, 扣分明细, 个人罚款; year: 年度考核汇总, 年度个人罚款. */
      sheets(): SheetPlan[];
      /** The 考核通报 (SPEC §7). */
      notice(): NoticePlan;
      /** SPEC §10: earlier periods' incidents still open at the period's end, and its own overdue ones. */
      followUp(): FollowUp;
      /**
       * May this period's summary or notice be generated (again)? Refused when it was published and
       * its numbers changed, unless republished with a reason; then the updated 发布记录 comes back.
       */
      regeneration(request?: RepublishRequest): Regeneration;
      /** 发布结果: the period's results recorded in the 发布记录 sheet (a plan to write). */
      publish(request?: RepublishRequest): PublishOutcome;
    });

export function readWorkbook(snapshot: Snapshot): WorkbookReading {
  const { model, errors, warnings } = parseWorkbook(snapshot);
  const template = readNoticeTemplate(snapshot);
  const sheets = snapshot.sheets.map((s) => s.name);
  const record = checkRecord(snapshot, errors.length ? null : model);
  return {
    model,
    errors,
    record,
    warnings: [...warnings, ...template.warnings, ...record.warnings],
    overview: overviewOf(model, sheets),
    noticeTemplate: template.template,
    errorList: () => planErrorList(errors, model.rules.params, sheets),
  };
}

export function assess(input: Snapshot | WorkbookReading, request: AssessRequest): Assessment {
  const reading = 'model' in input ? input : readWorkbook(input);
  const { period, today } = request;
  if (reading.errors.length > 0) return { ...reading, period, ok: false, result: null };
  const { model } = reading;
  const result = score(model, period);
  // SPEC §10: the previous period's published numbers are the reference for 上季度得分 and 变化.
  const published = reading.record.entries;
  const sheets = once(() => planSummaries(model, result, { published }));
  const notice = once(() => planNotice(model, result, { date: today, template: reading.noticeTemplate, published }));
  const date = isoOf(today);
  const none: RepublishRequest = { republish: false, reason: '' };
  return {
    ...reading,
    period,
    warnings: [...reading.warnings, ...periodWarnings(model, period)],
    ok: true,
    result,
    sheets,
    notice,
    followUp: once(() => followUp(model, period)),
    regeneration: (r = none) => regeneration(model, reading.record, period, { ...r, date }),
    publish: (r = none) => publishPeriod(model, reading.record, period, { ...r, date }),
  };
}

/** YYYY-MM-DD of the user's day: the publish date. */
function isoOf(d: Ymd): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The period a door offers first for this workbook (see period.ts). */
export function defaultPeriodOf(reading: WorkbookReading | null, today: Ymd, kind: 'quarter' | 'year' = 'quarter'): Period {
  return defaultPeriod(reading?.model ?? null, today, kind);
}

function overviewOf(model: Model, sheets: string[]): Overview {
  const calendar = buildCalendar(model.calendar);
  // Distinct days first: a million events fall on a few hundred days.
  const days = new Set<number>();
  const events = model.events; // indexed, not for…of: see followUp()
  for (let i = 0; i < events.length; i++) days.add(Math.floor(events[i].date));
  const eventYears = [...new Set([...days].map((d) => serialToYmd(d).year))].sort((a, b) => a - b);
  return {
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
    unread: (model.sheetsUnread ?? []).map((u) => ({ name: u.name, rows: u.rows, message: u.message })),
    hasUnitSheet: model.sheetsRead.some((s) => s.role === 'units'),
    sheets,
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
