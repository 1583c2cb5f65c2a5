// From range arguments to the engine's Model and Result, through the same parseWorkbook() and
// score() the summaries use, so a formula and a generated summary can never disagree.
//
// Speed: Excel calls a function once per cell and hands each call a fresh copy of its ranges, so
// 60 QS.SCORE cells over one ledger would parse it 60 times. Each call fingerprints its ranges
// (one pass, see hash.ts) and looks the parsed workbook up in a small cache of the last few;
// scored periods are cached on the entry. A bad range is cached too, with its errors, so 60 cells
// over a ledger with a typo report it without re-parsing.
import {
  EVENT_TABLE,
  HEADER_SEARCH_ROWS,
  labelKey,
  parsePeriod,
  parseWorkbook,
  score,
  SHEET_NAMES,
  type CellValue,
  type Model,
  type Period,
  type Result,
  type SheetSnapshot,
  type ValidationError,
} from '../engine';
import { badValue, validationFailure, type RangeLabels } from './errors';
import { Fingerprint } from './hash';

/** The ranges a function may hand over; each becomes the sheet the workbook contract names. */
export interface RangeArgs {
  events?: CellValue[][] | null;
  units?: CellValue[][] | null;
  ladder?: CellValue[][] | null;
  params?: CellValue[][] | null;
  holidays?: CellValue[][] | null;
  /**
   * For an events range without a 单位 column (one unit's own records, like a sheet named after
   * the unit): the unit it belongs to.
   */
  owner?: string;
}

/** What users see instead of our synthetic sheet names. */
const LABELS: RangeLabels = {
  [SHEET_NAMES.unitLedger]: '考核记录区域(events)',
  [SHEET_NAMES.units]: '单位区域(units)',
  [SHEET_NAMES.ladder]: '处罚标准区域(ladder)',
  [SHEET_NAMES.params]: '考核参数区域(params)',
  [SHEET_NAMES.calendar]: '节假日区域(holidays)',
};

export interface LoadedWorkbook {
  model: Model;
  /** Scored periods of this model, by formatted period ('2026Q3', '2026'). */
  results: Map<string, Result>;
}

interface Entry {
  model: Model;
  errors: ValidationError[];
  results: Map<string, Result>;
}

/** How many parsed workbooks to keep: enough for a sheet mixing a few ledgers and rule sets. */
const CACHE_SIZE = 4;
const cache = new Map<string, Entry>(); // insertion order = recency

/** Forget every cached workbook (tests, benchmarks). */
export function clearWorkbookCache(): void {
  cache.clear();
}

export const cacheStats = { hits: 0, misses: 0 };

/** The workbook the ranges describe, parsed once per distinct content; throws on bad data. */
export function loadWorkbook(args: RangeArgs): LoadedWorkbook {
  const events = args.events ?? null;
  const ownerColumn = events && args.owner !== undefined && !hasUnitColumn(events) ? args.owner : null;
  const fp = new Fingerprint()
    .range(events)
    .range(args.units ?? null)
    .range(args.ladder ?? null)
    .range(args.params ?? null)
    .range(args.holidays ?? null);
  if (ownerColumn !== null) fp.text(ownerColumn);
  const key = fp.digest();

  let entry = cache.get(key);
  if (entry) {
    cacheStats.hits++;
    cache.delete(key);
  } else {
    cacheStats.misses++;
    entry = parseRanges(args, ownerColumn);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, entry);
  if (entry.errors.length) validationFailure(entry.errors, LABELS);
  return { model: entry.model, results: entry.results };
}

function parseRanges(args: RangeArgs, ownerColumn: string | null): Entry {
  const sheets: SheetSnapshot[] = [];
  const add = (name: string, values: CellValue[][] | null | undefined): void => {
    if (values) sheets.push({ name, values });
  };
  add(SHEET_NAMES.units, args.units);
  add(SHEET_NAMES.ladder, args.ladder);
  add(SHEET_NAMES.params, args.params);
  add(SHEET_NAMES.calendar, args.holidays);
  if (args.events) {
    add(SHEET_NAMES.unitLedger, ownerColumn === null ? args.events : withUnitColumn(args.events, ownerColumn));
  }
  // Without a 单位 range, units are the names typed in the events (SPEC §5: no 单位 sheet needed).
  const { model, errors } = parseWorkbook({ sheets }, { implicitUnits: !args.units });
  return { model, errors, results: new Map() };
}

/** The Result of a period, scored once per cached workbook. */
export function resultFor(loaded: LoadedWorkbook, period: Period, text: string): Result {
  let r = loaded.results.get(text);
  if (!r) {
    r = score(loaded.model, period);
    loaded.results.set(text, r);
  }
  return r;
}

/** '2026Q3', '2026年第3季度', 2026 → a period; anything else is #VALUE!. */
export function toPeriod(v: unknown): { period: Period; text: string } {
  const raw = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
  const period = raw === null || raw === undefined ? null : parsePeriod(String(raw));
  if (!period) badValue(`期间“${raw ?? ''}”无效:请填写季度如 2026Q3,或年度如 2026`);
  const text = period.kind === 'quarter' ? `${period.year}Q${period.quarter}` : String(period.year);
  return { period, text };
}

// ------------------------------------------------------------------ one unit's own records

const UNIT_HEADERS = (() => {
  const f = EVENT_TABLE.fields.find((x) => x.key === 'unit')!;
  return new Set([labelKey(f.name), labelKey(f.alias)]);
})();
const REQUIRED_HEADERS = new Set(
  EVENT_TABLE.fields.filter((x) => x.required && x.key !== 'unit').flatMap((x) => [labelKey(x.name), labelKey(x.alias)]),
);

const headerKey = (v: CellValue | undefined): string => {
  if (typeof v !== 'string') return '';
  const k = labelKey(v);
  const b = k.indexOf('('); // bilingual headers such as 日期(Date)
  return b > 0 ? k.slice(0, b) : k;
};

/** Index of the header row: the first of the first 10 rows naming most required columns. */
function headerRow(values: CellValue[][]): number {
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, values.length); i++) {
    const n = (values[i] ?? []).filter((v) => REQUIRED_HEADERS.has(headerKey(v))).length;
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  return best;
}

function hasUnitColumn(values: CellValue[][]): boolean {
  const h = headerRow(values);
  return h >= 0 && (values[h] ?? []).some((v) => UNIT_HEADERS.has(headerKey(v)));
}

/** A copy of one unit's records with a 单位 column added at the right, filled on non-blank rows. */
function withUnitColumn(values: CellValue[][], unit: string): CellValue[][] {
  const h = headerRow(values);
  if (h < 0) return values; // no header: let the parser say what is missing
  const width = values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  return values.map((row, i) => {
    if (i < h) return row;
    const padded = [...(row ?? [])];
    while (padded.length < width) padded.push(null);
    const blank = i > h && padded.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
    padded.push(i === h ? '单位' : blank ? null : unit);
    return padded;
  });
}
