// Change detection (SPEC §10): each published period compared with what the workbook computes
// now. A difference names the unit or person, the number before and after, and the rows behind
// it — edited (same sheet and row, other scored fields), deleted, or new (dated inside the period).
import type { AssessmentEvent, EventResult, Model, Period, Result, ValidationWarning } from '../types';
import { parsePeriod } from '../period';
import { periodBounds } from '../period';
import { score } from '../score';
import { periodLabel } from '../period';
import { fingerprint, fingerprintFields, latestEntries, type PublishEntry, type PublishedEvent } from './record';

export interface NumberChange {
  /** Unit code. */
  unit: string;
  /** The unit's name, or the person's name for a personal fine. */
  who: string;
  what: string;
  before: number | string;
  after: number | string;
}

export interface RowChange {
  kind: 'edited' | 'deleted' | 'new' | 'repriced';
  sheet: string;
  row: number;
  /** Unit codes the row concerns (before and after an edit that moved it to another unit). */
  units: string[];
  /** In words: 条款 8.4 → 9.1; 扣分 2.00 → 3.00. */
  detail: string;
}

export interface PeriodChanges {
  period: string;
  entry: PublishEntry;
  units: NumberChange[];
  people: NumberChange[];
  rows: RowChange[];
  /** True when a published number (a unit's or a person's) would change: regenerating is refused. */
  changed: boolean;
  warnings: ValidationWarning[];
}

/** Every published period compared with `model` (which must be free of validation errors). */
export function publishedChanges(model: Model, entries: readonly PublishEntry[]): PeriodChanges[] {
  const out: PeriodChanges[] = [];
  for (const entry of latestEntries(entries).values()) {
    const period = parsePeriod(entry.period);
    if (period) out.push(compare(model, period, entry));
  }
  return out;
}

function compare(model: Model, period: Period, entry: PublishEntry): PeriodChanges {
  const now = score(model, period);
  const rows = rowChanges(model, period, entry, now);
  const units = unitChanges(entry, now);
  const people = peopleChanges(entry, now, model);
  const label = periodLabel(period);
  const warnings: ValidationWarning[] = [];
  const why = (unit: string) => {
    const mine = rows.filter((r) => r.units.includes(unit));
    if (mine.length) return mine.map(describeRow).join(';');
    return rows.length ? '其他单位的记录改动使名次变化' : '考核参数、处罚标准或以前季度的记录已改动(本期记录未变)';
  };
  const byUnit = new Map<string, NumberChange[]>();
  for (const c of [...units, ...people]) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
  for (const [unit, list] of byUnit) {
    // 城区供电所 得分 95.50 → 94.00、单位罚款 500 → 200 元,… : one phrase per unit or person.
    const byWho = new Map<string, NumberChange[]>();
    for (const c of list) byWho.set(c.who, [...(byWho.get(c.who) ?? []), c]);
    const what = [...byWho].map(([who, cs]) => `${who} ${cs.map(describeNumber).join('、')}`).join(',');
    warnings.push({
      code: 'published-changed',
      sheet: null,
      row: null,
      column: null,
      message: `已发布的${label}结果将改变:${what};原因:${why(unit)}。${REFUSAL(entry)}`,
    });
  }
  if (!byUnit.size && rows.length) {
    warnings.push({
      code: 'published-rows-changed',
      sheet: null,
      row: null,
      column: null,
      message: `已发布的${label}记录有改动,但结果不变:${rows.map(describeRow).join(';')}。`,
    });
  }
  return { period: entry.period, entry, units, people, rows, changed: byUnit.size > 0, warnings };
}

const REFUSAL = (e: PublishEntry) =>
  `该期已于 ${e.date} 发布${e.number ? `(${e.number})` : ''},重新生成其汇总表或通报须说明原因并重新发布(命令行加 --republish --reason 文字;任务窗格和网页中按提示填写原因)`;

/** 得分 95.50 → 94.00; 单位罚款 500 → 200 元; 等级 良好 → 合格. */
function describeNumber(c: NumberChange): string {
  const money = c.what.endsWith('罚款');
  const fmt = (v: number | string) => (typeof v === 'number' && c.what === '得分' ? v.toFixed(2) : show(v));
  return `${c.what} ${fmt(c.before)} → ${fmt(c.after)}${money ? ' 元' : ''}`;
}

function show(v: number | string): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v;
}

function describeRow(r: RowChange): string {
  const at = `「${r.sheet}」第 ${r.row} 行`;
  switch (r.kind) {
    case 'edited':
      return `${at} ${r.detail}`;
    case 'deleted':
      return `${at}(已发布的事项)已删除或移出本期:${r.detail}`;
    case 'new':
      return `${at} 是发布后新增的本期事项:${r.detail}`;
    case 'repriced':
      return `${at} ${r.detail}(同条款以前的记录有改动,重复发生次数变化)`;
  }
}

const UNIT_FIELDS = [
  ['score', '得分'],
  ['grade', '等级'],
  ['rank', '名次'],
  ['unitFine', '单位罚款'],
  ['headFine', '第一责任人罚款'],
  ['personFine', '直接责任人罚款'],
] as const;

function unitChanges(entry: PublishEntry, now: Result): NumberChange[] {
  const out: NumberChange[] = [];
  const current = new Map(now.units.map((u) => [u.code, u]));
  for (const was of entry.units) {
    const is = current.get(was.code);
    if (!is) {
      out.push({ unit: was.code, who: was.name, what: '得分', before: was.score, after: '(单位已从单位表删除)' });
      continue;
    }
    for (const [k, name] of UNIT_FIELDS) {
      if (was[k] !== is[k]) out.push({ unit: was.code, who: was.name, what: name, before: was[k], after: is[k] });
    }
  }
  return out;
}

/** SPEC §10 item 5: a person's published fine is what payroll used; a change is a difference per person. */
function peopleChanges(entry: PublishEntry, now: Result, model: Model): NumberChange[] {
  const key = (p: { unit: string; role: string; name: string }) => `${p.unit}\u0000${p.role}\u0000${p.name}`;
  const before = new Map(entry.people.map((p) => [key(p), p]));
  const after = new Map(now.people.map((p) => [key(p), p]));
  const unitName = new Map(model.units.map((u) => [u.code, u.name]));
  const out: NumberChange[] = [];
  for (const [k, p] of before) {
    const fine = after.get(k)?.fine ?? 0;
    if (fine !== p.fine)
      out.push({
        unit: p.unit,
        who: `${unitName.get(p.unit) ?? p.unit} ${p.role} ${p.name}`,
        what: '个人罚款',
        before: p.fine,
        after: fine,
      });
  }
  for (const [k, p] of after) {
    if (!before.has(k) && p.fine !== 0) {
      out.push({ unit: p.unit, who: `${unitName.get(p.unit) ?? p.unit} ${p.role} ${p.name}`, what: '个人罚款', before: 0, after: p.fine });
    }
  }
  return out;
}

/**
 * Rows behind the changes. Events are matched by fingerprint first (a row that only moved, e.g.
 * after a row was inserted above it, is unchanged); what is left is paired by sheet and row
 * (edited), else it was deleted or is new. A row whose fields are the same but whose points are
 * not was repriced by an earlier row's change (rule 2's repeats).
 */
function rowChanges(model: Model, period: Period, entry: PublishEntry, now: Result): RowChange[] {
  const { first, last } = periodBounds(period);
  const current: AssessmentEvent[] = model.events.filter((e) => e.date >= first && e.date <= last);
  const results = new Map<string, EventResult>(now.events.map((r) => [`${r.sheet}\u0000${r.row}`, r]));
  // Events with the same fingerprint (the same fault typed twice) are taken in row order, each once.
  const byPrint = new Map<string, AssessmentEvent[]>();
  const taken = new Map<string, number>();
  for (const e of current) {
    const f = fingerprint(e);
    const list = byPrint.get(f);
    if (list) list.push(e);
    else byPrint.set(f, [e]);
  }
  const out: RowChange[] = [];
  const leftOver: PublishedEvent[] = [];
  const matched = new Set<AssessmentEvent>();
  for (const was of entry.events) {
    const list = byPrint.get(was.fingerprint);
    const k = taken.get(was.fingerprint) ?? 0;
    const same = list && k < list.length ? list[k] : undefined;
    if (!same) {
      leftOver.push(was);
      continue;
    }
    taken.set(was.fingerprint, k + 1);
    matched.add(same);
    const r = results.get(`${same.sheet}\u0000${same.row}`);
    if (r && r.points !== was.points) {
      out.push({
        kind: 'repriced',
        sheet: same.sheet,
        row: same.row,
        units: [same.unit],
        detail: `扣分 ${was.points.toFixed(2)} → ${r.points.toFixed(2)}`,
      });
    }
  }
  const unmatched = new Map<string, AssessmentEvent>();
  for (const e of current) if (!matched.has(e)) unmatched.set(`${e.sheet}\u0000${e.row}`, e);
  const levelName = new Map(model.rules.ladder.map((l) => [l.code, l.name]));
  for (const was of leftOver) {
    const k = `${was.sheet}\u0000${was.row}`;
    const is = unmatched.get(k);
    if (is) {
      unmatched.delete(k);
      out.push({
        kind: 'edited',
        sheet: was.sheet,
        row: was.row,
        units: [...new Set([was.unit, is.unit])],
        detail: fieldDiff(was.fingerprint, fingerprint(is), levelName),
      });
    } else {
      out.push({ kind: 'deleted', sheet: was.sheet, row: was.row, units: [was.unit], detail: summary(was.fingerprint, levelName) });
    }
  }
  for (const e of unmatched.values()) {
    out.push({ kind: 'new', sheet: e.sheet, row: e.row, units: [e.unit], detail: summary(fingerprint(e), levelName) });
  }
  return out.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
}

/** 条款 8.4 → 9.1, 等级 一般 → 较大 … for each scored field that differs. */
function fieldDiff(before: string, after: string, levelName: Map<string, string>): string {
  const a = fingerprintFields(before);
  const b = fingerprintFields(after);
  const parts: string[] = [];
  for (const [k, v] of a) {
    const w = b.get(k) ?? '';
    if (v === w) continue;
    const name = (x: string) => (k === '等级' ? (levelName.get(x) ?? x) : x === '' ? '(空)' : x);
    parts.push(`${k} ${name(v)} → ${name(w)}`);
  }
  return parts.join(',') || '已改动';
}

/** A deleted or new row in a few words: 日期 条款 等级. */
function summary(print: string, levelName: Map<string, string>): string {
  const f = fingerprintFields(print);
  const level = f.get('等级') ?? '';
  return `${f.get('日期') ?? ''} 单位 ${f.get('单位') ?? ''} 条款 ${f.get('条款') ?? ''}(${levelName.get(level) ?? level})`;
}
