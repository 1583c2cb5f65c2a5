// Personal fines (个人罚款, SPEC §3 and §4 `people`): the period's 第一责任人 and 直接责任人 fines
// gathered per person, role and unit — the list payroll (工资考核) is done from.
//
// 第一责任人 is the unit's head from the 单位 sheet; 直接责任人 is the event's own 直接责任人. A fine
// with nobody named goes on a row 「(未填写)」 of that unit and role, so the rows always add up to
// the units' 第一责任人罚款 + 直接责任人罚款: no yuan is lost between the two sheets.
import type { EventResult, Model, PersonFine, UnitResult } from './types';

export const UNNAMED = '(未填写)';

/** Shared by the lines of personalFines(), which keep no sources: one empty array, not one each. */
const NO_SOURCES: PersonFineDetail['sources'] = [];

/** A PersonFine with the events it comes from (sheet and row), for the 个人罚款 sheet. */
export interface PersonFineDetail extends PersonFine {
  sources: { sheet: string; row: number }[];
}

/** Gathers the fines of `events` (the period's, as score() reports them) per unit, role and person. */
export function personalFineDetails(
  model: Model,
  units: readonly UnitResult[],
  events: readonly EventResult[],
  withSources = true,
): PersonFineDetail[] {
  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const order: number[] = []; // per line: unit position × 2 + role, for the sort
  const heads = new Map(model.units.map((u) => [u.code, u.head.trim()]));
  const person = eventPersons(model);
  // unit → role → name → line: nested maps, no key strings built per event (a 1M-event year
  // reports 250k events a quarter).
  const byUnit = new Map<string, [Map<string, PersonFineDetail>, Map<string, PersonFineDetail>]>();
  const lines: PersonFineDetail[] = [];
  const add = (unit: string, role: PersonFine['role'], name: string, fine: number, e: EventResult) => {
    const who = name === '' ? UNNAMED : name;
    let roles = byUnit.get(unit);
    if (!roles) byUnit.set(unit, (roles = [new Map(), new Map()]));
    const names = roles[role === '第一责任人' ? 0 : 1];
    let line = names.get(who);
    if (!line) {
      names.set(who, (line = { name: who, unit, role, events: 0, fine: 0, sources: withSources ? [] : NO_SOURCES }));
      lines.push(line);
      order.push((unitOrder.get(unit) ?? units.length) * 2 + (role === '第一责任人' ? 0 : 1));
    }
    line.events++;
    line.fine += fine;
    if (withSources) line.sources.push({ sheet: e.sheet, row: e.row });
  };
  for (const e of events) {
    if (e.headFine > 0) add(e.unit, '第一责任人', heads.get(e.unit) ?? '', e.headFine, e);
    if (e.personFine > 0) add(e.unit, '直接责任人', person(e), e.personFine, e);
  }
  // Sorted by a numeric key (unit position, role, name rank) computed once per line: a 1M-event
  // year can have 100k lines, and a comparator doing lookups and string compares costs seconds.
  // Names are ranked by the built-in sort (UTF-16 order, as `<` compares), (未填写) last.
  const names = new Set<string>();
  for (const l of lines) if (l.name !== UNNAMED) names.add(l.name);
  const distinct = [...names].sort();
  distinct.push(UNNAMED);
  const rank = new Map(distinct.map((n, i) => [n, i]));
  // One number per line, key × lines + position, sorted natively (no comparator call per
  // comparison); it stays exact below 2^53 (keys < 2 × units × names, so far beyond any workbook).
  const n = lines.length;
  const keyed = new Float64Array(n);
  for (let i = 0; i < n; i++) keyed[i] = (order[i] * distinct.length + rank.get(lines[i].name)!) * n + i;
  keyed.sort();
  const sorted: PersonFineDetail[] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = lines[keyed[i] % n];
  return sorted;
}

/** SPEC §4 `people`: the same lines without their sources. */
export function personalFines(model: Model, units: readonly UnitResult[], events: readonly EventResult[]): PersonFine[] {
  return personalFineDetails(model, units, events, false).map(({ name, unit, role, events: n, fine }) => ({
    name,
    unit,
    role,
    events: n,
    fine,
  }));
}

/**
 * The 直接责任人 of a reported event, found by sheet and row: one array per sheet indexed by row
 * (rows of a sheet are dense, so an array beats string keys by far at a million events).
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
