// The bundled sample (`qs-assess init --sample`, the task pane's “示例工作簿”): the template filled
// with 黄冈黄州区供电公司's units and a deterministic year (2026) of about 300 events.
import type { CellValue } from '../types';
import { DEFAULT_LADDER, defaultParams } from '../rules';
import { isValidYmd, serialToIso, weekday, ymdToSerial } from '../dates';
import { Prng } from './prng';
import { buildSheets } from './template';
import type { TemplateSheet } from './types';
import { GIVEN, HAPPENINGS, type Happening, SAMPLE_SIGNERS, SAMPLE_UNITS, SCRIPTED_EVENTS, SURNAMES, type SampleUnit } from './sample-data';

export const SAMPLE_YEAR = 2026;
/** Events drawn at random, on top of the scripted ones. */
const RANDOM_EVENTS = 287;
const SEED = 20260701;

interface SampleEvent {
  date: number;
  unit: SampleUnit;
  source: string;
  clause: string;
  level: string;
  text: string;
  person: string | null;
  override: number | null;
  /** 认定, null for 属实有责 (left blank as users do). */
  finding: string | null;
  /** 工单编号 of a 95598 ticket, unique in the sample. */
  ticket: string | null;
  checks: [boolean, boolean, boolean] | null;
  remark: string | null;
}

/** The sample's sheets: units, both ledgers (events in date order), the built-in rules, signers. */
export function sampleSheets(): TemplateSheet[] {
  const events = sampleEvents();
  const row = (e: SampleEvent): CellValue[] => {
    const yn = (b: boolean) => (b ? '是' : '否');
    const levelName = DEFAULT_LADDER.find((l) => l.code === e.level)?.name ?? e.level;
    return [
      e.date,
      e.unit.name,
      e.source,
      e.clause,
      levelName,
      e.text,
      e.person,
      e.override,
      e.checks ? yn(e.checks[0]) : null,
      e.checks ? yn(e.checks[1]) : null,
      e.checks ? yn(e.checks[2]) : null,
      ...followUpDates(e),
      e.remark,
      e.finding,
      e.ticket,
    ];
  };
  return buildSheets({
    units: SAMPLE_UNITS.map((u) => [u.code, u.name, u.category, u.head, u.supervisor, u.aliases ?? null]),
    departmentEvents: events.filter((e) => e.unit.category === '部门').map(row),
    unitEvents: events.filter((e) => e.unit.category === '二级单位').map(row),
    params: { ...defaultParams(), ...SAMPLE_SIGNERS },
  });
}

/** Days an office gives for a fix (the sample's 整改期限), and takes for a closed one (its 完成日期). */
const FIX_DAYS = 30;
const FIXED_AFTER = 10;

/**
 * 整改期限 and 完成日期 of a sample incident, derived without drawing from the generator (so the
 * sample's events stay as they were): a closed incident was fixed 10 days on, never after its own
 * quarter's end, so every score is what the three checks alone gave; an open one has no 完成日期.
 */
function followUpDates(e: SampleEvent): [number | null, number | null] {
  if (!e.checks) return [null, null];
  const closed = e.checks[0] && e.checks[1] && e.checks[2];
  const month = Number(serialToIso(e.date).slice(5, 7));
  const quarterEnd = ymdToSerial(SAMPLE_YEAR, Math.floor((month - 1) / 3) * 3 + 4, 1) - 1;
  return [e.date + FIX_DAYS, closed ? Math.min(e.date + FIXED_AFTER, quarterEnd) : null];
}

/** The year's events in date order (ties keep their generation order). */
export function sampleEvents(): SampleEvent[] {
  const rng = new Prng(SEED);
  const byCode = new Map(SAMPLE_UNITS.map((u) => [u.code, u]));
  const events: SampleEvent[] = SCRIPTED_EVENTS.map((s) => {
    const [y, m, d] = s.date.split('-').map(Number);
    const incident = s.level.startsWith('L');
    return {
      date: ymdToSerial(y, m, d),
      unit: byCode.get(s.unit)!,
      source: s.source,
      clause: s.clause,
      level: s.level,
      text: s.text,
      person: incident && s.unit.startsWith('S') ? personName(rng) : null,
      override: s.override ?? null,
      finding: s.finding ?? null,
      ticket: null,
      checks: s.checks ?? null,
      remark: s.remark ?? null,
    };
  });

  const tickets = new Set<string>();
  const totalWeight = SAMPLE_UNITS.reduce((a, u) => a + u.weight, 0);
  for (let i = 0; i < RANDOM_EVENTS; i++) {
    const unit = pickWeighted(rng, totalWeight);
    const fitting = HAPPENINGS.filter((h) => !h.who || h.who === unit.category);
    // Commendations are about one in six; incidents are mostly minor.
    const wantPraise = rng.chance(1 / 6);
    const pool = fitting.filter((h) => h.level.startsWith('B') === wantPraise);
    const h = pickHappening(rng, pool);
    const date = workingDay(rng);
    const source = rng.pick(h.sources);
    let text = rng.pick(h.texts);
    let ticket: string | null = null;
    if (source === '95598工单') {
      ticket = uniqueTicket(ticketNumber(rng, date), tickets);
      text = `95598工单${ticket}:${text}`;
    }
    const incident = h.level.startsWith('L');
    events.push({
      date,
      unit,
      source,
      clause: h.clause,
      level: h.level,
      text,
      person: incident ? personName(rng) : null,
      override: null,
      finding: null,
      ticket,
      checks: incident ? closingChecks(rng, date) : null,
      remark: null,
    });
  }
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date - b.e.date || a.i - b.i)
    .map(({ e }) => e);
}

function pickWeighted(rng: Prng, total: number): SampleUnit {
  let x = rng.next() * total;
  for (const u of SAMPLE_UNITS) {
    x -= u.weight;
    if (x < 0) return u;
  }
  return SAMPLE_UNITS[SAMPLE_UNITS.length - 1];
}

function pickHappening(rng: Prng, pool: readonly Happening[]): Happening {
  const total = pool.reduce((a, h) => a + (h.weight ?? 1), 0);
  let x = rng.next() * total;
  for (const h of pool) {
    x -= h.weight ?? 1;
    if (x < 0) return h;
  }
  return pool[pool.length - 1];
}

/** A Monday–Friday of the sample year. */
function workingDay(rng: Prng): number {
  for (;;) {
    const month = rng.int(1, 12);
    const day = rng.int(1, 31);
    if (!isValidYmd(SAMPLE_YEAR, month, day)) continue;
    const serial = ymdToSerial(SAMPLE_YEAR, month, day);
    const wd = weekday(serial);
    if (wd >= 1 && wd <= 5) return serial;
  }
}

/** 三不放过: old incidents are mostly closed; the later in the year, the more are still open. */
function closingChecks(rng: Prng, date: number): [boolean, boolean, boolean] {
  const progress = (date - ymdToSerial(SAMPLE_YEAR, 1, 1)) / 365;
  const openChance = 0.05 + 0.35 * progress;
  if (!rng.chance(openChance)) return [true, true, true];
  // Cause is usually found first, then people dealt with, then the fix lands.
  const stage = rng.int(0, 2);
  return [stage > 0 || rng.chance(0.5), stage > 1, false];
}

function personName(rng: Prng): string {
  const given = rng.chance(0.4) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

/**
 * The drawn number, or the next free one after it: 工单编号 is unique in a workbook (SPEC §1.5).
 * No extra dice are thrown, so the rest of the sample stays as it was.
 */
function uniqueTicket(drawn: string, used: Set<string>): string {
  let t = drawn;
  while (used.has(t)) t = String(Number(t) + 1); // 13 digits: exact in a double
  used.add(t);
  return t;
}

/** A 95598 ticket number: date plus a five-digit sequence, as the ticket system prints them. */
function ticketNumber(rng: Prng, serial: number): string {
  return serialToIso(serial).replace(/-/g, '') + String(rng.int(0, 99999)).padStart(5, '0');
}
