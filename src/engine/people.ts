// Personal fines (个人罚款, SPEC §3 and §4 `people`): the period's 第一责任人 and 直接责任人 fines
// gathered per person, role and unit — the list payroll (工资考核) is done from.
//
// 第一责任人 is the unit's head from the 单位 sheet; 直接责任人 is the event's own 直接责任人. A fine
// with nobody named goes on a row 「(未填写)」 of that unit and role, so the rows always add up to
// the units' 第一责任人罚款 + 直接责任人罚款: no yuan is lost between the two sheets.
//
// Speed (docs/BENCHMARKS.md): a 1M-event year reports 1M events and, when most name a one-off
// 直接责任人, 300k lines. score() gathers the lines once, from the events it has in hand, and keeps
// which line each event went to (two Int32Arrays) beside its Result, so the 个人罚款 sheet reuses
// them instead of gathering again; no per-event source object is made.
import type { EventResult, Model, PersonFine, Result, UnitResult } from './types';

export const UNNAMED = '(未填写)';

/** The period's lines (Result.people) and, per reported event, the line its fines went to. */
export interface PersonalFines {
  lines: PersonFine[];
  /** headLine[i] / personLine[i]: the line of event i's 第一责任人 / 直接责任人 fine, or -1 (none). */
  headLine: Int32Array;
  personLine: Int32Array;
}

/** What score() gathered, by Result: planPeople() finds it here instead of gathering again. */
const gathered = new WeakMap<Result, PersonalFines>();

/** Called by score() once its Result exists: the lines are `result.people` itself. */
export function rememberPersonalFines(result: Result, fines: PersonalFines): void {
  gathered.set(result, fines);
}

/**
 * The personal fines of a scored period with their event links: the ones score() gathered, or —
 * for a Result made elsewhere (parsed from JSON, scored without people) — gathered again here.
 */
export function personalFinesOf(model: Model, result: Result): PersonalFines {
  const known = gathered.get(result);
  if (known && known.lines === result.people && known.headLine.length === result.events.length) return known;
  const person = eventPersons(model);
  return gatherPersonalFines(model, result.units, result.events, (i) => person(result.events[i]));
}

/** SPEC §4 `people` for `events` (the period's, as score() reports them). */
export function personalFines(model: Model, units: readonly UnitResult[], events: readonly EventResult[]): PersonFine[] {
  const person = eventPersons(model);
  return gatherPersonalFines(model, units, events, (i) => person(events[i])).lines;
}

/**
 * Gathers the fines of `events` per unit, role and person; `personOf(i)` is event i's 直接责任人.
 * Lines are ordered by unit (as `units`), role (第一责任人 first), then name (UTF-16 order, as `<`
 * compares), 「(未填写)」 last.
 */
export function gatherPersonalFines(
  model: Model,
  units: readonly UnitResult[],
  events: readonly EventResult[],
  personOf: (i: number) => string,
): PersonalFines {
  const n = events.length;
  // Pass 1: small ids for units (slots) and names, per event. A name is looked up once per event
  // in a map of the distinct names (a few thousand even when most events name a one-off person).
  const nameId = new Map<string, number>();
  const names: string[] = [];
  const idOf = (name: string): number => {
    const who = name === '' ? UNNAMED : name;
    let id = nameId.get(who);
    if (id === undefined) nameId.set(who, (id = names.push(who) - 1));
    return id;
  };
  const heads = new Map(model.units.map((u) => [u.code, u.head.trim()]));
  const unitSlot = new Map<string, number>();
  const slotUnits: string[] = [];
  const headName: number[] = []; // per slot: the unit head's name id
  const slotOf = new Int32Array(n);
  const personName = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i];
    if (!(e.headFine > 0 || e.personFine > 0)) continue;
    let slot = unitSlot.get(e.unit);
    if (slot === undefined) {
      unitSlot.set(e.unit, (slot = slotUnits.push(e.unit) - 1));
      headName.push(idOf(heads.get(e.unit) ?? ''));
    }
    slotOf[i] = slot;
    if (e.personFine > 0) personName[i] = idOf(personOf(i));
  }
  // Pass 2: a line per (slot, role, name), found in a dense table when it is small enough (it
  // is for any real workbook), else in a numeric map; counts and fines in flat arrays, added
  // in event order as before.
  const width = names.length;
  const dense = slotUnits.length * 2 * width <= 1 << 22; // ≤ 16 MB
  const table = dense ? new Int32Array(slotUnits.length * 2 * width).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const lineGroup: number[] = []; // per line: slot × 2 + role
  const lineName: number[] = [];
  const count = new Int32Array(2 * n);
  const fine = new Float64Array(2 * n);
  const lineOf = (group: number, name: number): number => {
    const key = group * width + name;
    let line = table ? table[key] : (sparse!.get(key) ?? -1);
    if (line < 0) {
      line = lineGroup.push(group) - 1;
      lineName.push(name);
      if (table) table[key] = line;
      else sparse!.set(key, line);
    }
    return line;
  };
  const headLine = new Int32Array(n).fill(-1);
  const personLine = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const e = events[i];
    if (e.headFine > 0) {
      const l = (headLine[i] = lineOf(slotOf[i] * 2, headName[slotOf[i]]));
      count[l]++;
      fine[l] += e.headFine;
    }
    if (e.personFine > 0) {
      const l = (personLine[i] = lineOf(slotOf[i] * 2 + 1, personName[i]));
      count[l]++;
      fine[l] += e.personFine;
    }
  }
  // Sorted by unit position (as `units`), role, name; the line objects are made in that order.
  const unitOrder = new Map<string, number>();
  units.forEach((u, i) => unitOrder.set(u.code, i));
  const sortGroup = lineGroup.map((g) => (unitOrder.get(slotUnits[g >> 1]) ?? units.length) * 2 + (g & 1));
  const position = sortedPositions(names, lineName, sortGroup);
  const lines: PersonFine[] = new Array(lineGroup.length);
  for (let l = 0; l < lineGroup.length; l++) {
    const g = lineGroup[l];
    lines[position[l]] = {
      name: names[lineName[l]],
      unit: slotUnits[g >> 1],
      role: (g & 1) === 0 ? '第一责任人' : '直接责任人',
      events: count[l],
      fine: fine[l],
    };
  }
  for (let i = 0; i < n; i++) {
    if (headLine[i] >= 0) headLine[i] = position[headLine[i]];
    if (personLine[i] >= 0) personLine[i] = position[personLine[i]];
  }
  return { lines, headLine, personLine };
}

/**
 * Where each line goes in the sorted list: by group (unit position × 2 + role), then name
 * (UTF-16 order, as `<` compares; 「(未填写)」 last). Only the distinct names are sorted as
 * strings; each line then gets one number, (group × names + name rank) × lines + line, and
 * those are sorted natively (no comparator call per comparison); exact below 2^53.
 */
function sortedPositions(names: readonly string[], nameOf: readonly number[], group: readonly number[]): Int32Array {
  const byName = names.map((_, id) => id).filter((id) => names[id] !== UNNAMED);
  const text = byName.map((id) => names[id]);
  const order = text.map((_, k) => k).sort((a, b) => (text[a] < text[b] ? -1 : text[a] > text[b] ? 1 : 0));
  const rank = new Float64Array(names.length).fill(names.length - 1); // (未填写) last
  order.forEach((k, r) => (rank[byName[k]] = r));
  const n = nameOf.length;
  const keyed = new Float64Array(n);
  for (let i = 0; i < n; i++) keyed[i] = (group[i] * names.length + rank[nameOf[i]]) * n + i;
  keyed.sort();
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[keyed[k] % n] = k;
  return position;
}

/**
 * The 直接责任人 of each reported event, found by sheet and row: one array per sheet indexed by
 * row (rows of a sheet are dense, so an array beats string keys by far at a million events). Only
 * for Results score() did not gather itself; score() reads the person off the event in hand.
 */
function eventPersons(model: Model): (e: EventResult) => string {
  const bySheet = new Map<string, string[]>();
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    const m = events[i];
    if (m.person === '') continue;
    let rows = bySheet.get(m.sheet);
    if (!rows) bySheet.set(m.sheet, (rows = []));
    rows[m.row] = m.person;
  }
  return (e) => bySheet.get(e.sheet)?.[e.row]?.trim() ?? '';
}
