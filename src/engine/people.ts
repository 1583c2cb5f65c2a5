// Personal fines (个人罚款, SPEC §3 and §4 `people`): the period's 第一责任人 and 直接责任人 fines
// gathered per person, role and unit — the list payroll (工资考核) is done from.
//
// 第一责任人 is the unit's head from the 单位 sheet; 直接责任人 is the event's own 直接责任人. A fine
// with nobody named goes on a row 「(未填写)」 of that unit and role, so the rows always add up to
// the units' 第一责任人罚款 + 直接责任人罚款: no yuan is lost between the two sheets.
import type { AssessmentEvent, EventResult, Model, PersonFine, UnitResult } from './types';

export const UNNAMED = '(未填写)';

/** A PersonFine with the events it comes from (sheet and row), for the 个人罚款 sheet. */
export interface PersonFineDetail extends PersonFine {
  sources: { sheet: string; row: number }[];
}

/** Gathers the fines of `events` (the period's, as score() reports them) per unit, role and person. */
export function personalFineDetails(model: Model, units: readonly UnitResult[], events: readonly EventResult[]): PersonFineDetail[] {
  const heads = new Map(model.units.map((u) => [u.code, u.head.trim()]));
  const person = eventPersons(model, events);
  const lines = new Map<string, PersonFineDetail>();
  const add = (unit: string, role: PersonFine['role'], name: string, fine: number, e: EventResult) => {
    const who = name === '' ? UNNAMED : name;
    const key = `${unit}\u0000${role}\u0000${who}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { name: who, unit, role, events: 0, fine: 0, sources: [] }));
    line.events++;
    line.fine += fine;
    line.sources.push({ sheet: e.sheet, row: e.row });
  };
  for (const e of events) {
    if (e.headFine > 0) add(e.unit, '第一责任人', heads.get(e.unit) ?? '', e.headFine, e);
    if (e.personFine > 0) add(e.unit, '直接责任人', person(e), e.personFine, e);
  }
  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const roleOrder = (r: PersonFine['role']) => (r === '第一责任人' ? 0 : 1);
  return [...lines.values()].sort(
    (a, b) =>
      (unitOrder.get(a.unit) ?? Infinity) - (unitOrder.get(b.unit) ?? Infinity) ||
      roleOrder(a.role) - roleOrder(b.role) ||
      // 「(未填写)」 last within its unit and role; otherwise a fixed code-point order (no locale).
      Number(a.name === UNNAMED) - Number(b.name === UNNAMED) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** SPEC §4 `people`: the same lines without their sources. */
export function personalFines(model: Model, units: readonly UnitResult[], events: readonly EventResult[]): PersonFine[] {
  return personalFineDetails(model, units, events).map(({ name, unit, role, events: n, fine }) => ({ name, unit, role, events: n, fine }));
}

/**
 * The 直接责任人 of a reported event, found by sheet and row. Only events that carry a personal fine
 * are indexed, one array per sheet indexed by row (rows are dense; an array beats string keys).
 */
function eventPersons(model: Model, events: readonly EventResult[]): (e: EventResult) => string {
  const wanted = new Map<string, Set<number>>();
  for (const e of events) {
    if (e.personFine <= 0) continue;
    let rows = wanted.get(e.sheet);
    if (!rows) wanted.set(e.sheet, (rows = new Set()));
    rows.add(e.row);
  }
  const bySheet = new Map<string, Map<number, AssessmentEvent>>();
  if (wanted.size > 0) {
    for (const m of model.events) {
      const rows = wanted.get(m.sheet);
      if (!rows || !rows.has(m.row)) continue;
      let found = bySheet.get(m.sheet);
      if (!found) bySheet.set(m.sheet, (found = new Map()));
      found.set(m.row, m);
    }
  }
  return (e) => bySheet.get(e.sheet)?.get(e.row)?.person.trim() ?? '';
}
