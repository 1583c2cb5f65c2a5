// What a publication (发布) records of a period (SPEC §10): the numbers that were signed and issued
// — per unit, per person, per event — so that a later edit of an old row can be seen, named and
// refused instead of silently changing a regenerated 上季度得分 or a repeat multiplier.
import type { AssessmentEvent, Grade, Model, Result } from '../types';
import { serialToIso } from '../dates';

export interface PublishedUnit {
  code: string;
  name: string;
  score: number;
  grade: Grade;
  rank: number;
  /** Σ event points, as the Result's `points`. */
  points: number;
  unitFine: number;
  headFine: number;
  personFine: number;
}

export interface PublishedPerson {
  name: string;
  /** Unit code. */
  unit: string;
  role: '第一责任人' | '直接责任人';
  fine: number;
}

export interface PublishedEvent {
  sheet: string;
  row: number;
  /** Unit code. */
  unit: string;
  /** The scored fields as `名=值` pairs joined by `;` (see fingerprint()). */
  fingerprint: string;
  points: number;
  unitFine: number;
  headFine: number;
  personFine: number;
}

/** One publication of one period; a republish is a later entry of the same period. */
export interface PublishEntry {
  /** '2026Q2' or '2026'. */
  period: string;
  /** 1 for the first publication of the period, 2 for its first republish, … */
  seq: number;
  /** YYYY-MM-DD. */
  date: string;
  /** 通报文号 at the time, '' when none. */
  number: string;
  reason: string;
  units: PublishedUnit[];
  people: PublishedPerson[];
  events: PublishedEvent[];
}

/** The fields of an event that decide its numbers (SPEC §10), in the order the fingerprint lists them. */
export const FINGERPRINT_FIELDS = [
  '工作表',
  '日期',
  '单位',
  '来源',
  '条款',
  '等级',
  '扣分调整',
  '认定',
  '三不放过',
  '完成日期',
  '直接责任人',
] as const;

/**
 * An event's scored fields as readable text, e.g.
 * `工作表=二级单位考核记录;日期=2026-05-12;单位=S01;来源=95598工单;条款=8.4;等级=L2;扣分调整=;认定=;三不放过=是是否;完成日期=;直接责任人=张三`.
 * Readable rather than hashed, so a change can be named field by field (条款 8.4 → 9.1); `;` and
 * `=` inside a value are written full-width, so the text splits back exactly.
 */
export function fingerprint(e: AssessmentEvent): string {
  // Built by concatenation, dates from a per-day cache and the escape only where needed: every read
  // fingerprints each event of every published period (a quarter can hold 250k events).
  const yes = (b: boolean) => (b ? '是' : '否');
  return (
    `工作表=${clean(e.sheet)};日期=${isoDay(e.date)};单位=${clean(e.unit)};来源=${clean(e.source)};条款=${clean(e.clause)}` +
    `;等级=${clean(e.level)};扣分调整=${e.override === null ? '' : String(e.override)};认定=${e.finding ?? ''}` +
    `;三不放过=${yes(e.causeFound)}${yes(e.handled)}${yes(e.fixed)}` +
    `;完成日期=${e.fixedOn === undefined || e.fixedOn === null ? '' : isoDay(e.fixedOn)};直接责任人=${clean(e.person)}`
  );
}

/** `;` and `=` inside a value written full-width, so the text splits back exactly. */
function clean(v: string): string {
  return v.indexOf(';') < 0 && v.indexOf('=') < 0 ? v : v.replace(/;/g, '\uff1b').replace(/=/g, '\uff1d');
}

/** YYYY-MM-DD of a serial day, cached: a year has 365 of them, a quarter's events share them. */
const ISO_DAYS = new Map<number, string>();
function isoDay(serial: number): string {
  const day = Math.floor(serial);
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    iso = serialToIso(day);
    if (ISO_DAYS.size < 100_000) ISO_DAYS.set(day, iso);
  }
  return iso;
}

/** A fingerprint split back into its fields. */
export function fingerprintFields(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) m.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return m;
}

/** The entry that publishing `result` would record; `date` is the run date (YYYY-MM-DD) the door passes in. */
export function buildEntry(model: Model, result: Result, meta: { seq: number; date: string; reason: string }): PublishEntry {
  const byRow = new Map<string, AssessmentEvent>();
  for (const e of model.events) byRow.set(`${e.sheet}\u0000${e.row}`, e);
  return {
    period: result.period,
    seq: meta.seq,
    date: meta.date,
    number: model.rules.params.noticeNumber,
    reason: meta.reason,
    units: result.units.map((u) => ({
      code: u.code,
      name: u.name,
      score: u.score,
      grade: u.grade,
      rank: u.rank,
      points: u.points,
      unitFine: u.unitFine,
      headFine: u.headFine,
      personFine: u.personFine,
    })),
    people: result.people.map((p) => ({ name: p.name, unit: p.unit, role: p.role, fine: p.fine })),
    events: result.events.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      unit: r.unit,
      fingerprint: fingerprint(byRow.get(`${r.sheet}\u0000${r.row}`)!),
      points: r.points,
      unitFine: r.unitFine,
      headFine: r.headFine,
      personFine: r.personFine,
    })),
  };
}

/** The latest entry of each period, by period. */
export function latestEntries(entries: readonly PublishEntry[]): Map<string, PublishEntry> {
  const latest = new Map<string, PublishEntry>();
  for (const e of entries) {
    const had = latest.get(e.period);
    if (!had || e.seq > had.seq) latest.set(e.period, e);
  }
  return latest;
}
