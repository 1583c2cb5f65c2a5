// The 单位 sheet → units, and the resolver that turns a 单位 cell (name or code) into a unit.
import type { CellValue, Category, SheetSnapshot, Unit } from '../types';
import { CATEGORIES } from '../rules/lists';
import { cellText, quote, toHalfWidth } from '../text';
import { UNIT_TABLE } from './schema';
import { cellOf, findTable, isBlankRow, Issues } from './table';

export interface UnitsRead {
  units: Unit[];
  /** Data rows seen (non-blank). */
  rows: number;
  /** False when the table could not be found: unit checks on events would only add noise. */
  usable: boolean;
}

export function readUnits(sheet: SheetSnapshot, issues: Issues): UnitsRead {
  const t = findTable(sheet, UNIT_TABLE, issues);
  if (!t) return { units: [], rows: 0, usable: false };
  const units: Unit[] = [];
  const byCode = new Map<string, number>(); // upper-case code → sheet row
  const byName = new Map<string, number>();
  const supervisors: { unit: Unit; value: CellValue; i: number }[] = [];
  let rows = 0;
  for (let i = t.headerIndex + 1; i < t.values.length; i++) {
    const row = t.values[i];
    if (isBlankRow(t, row)) continue;
    rows++;
    const codeCell = cellOf(t, row, 'code');
    const nameCell = cellOf(t, row, 'name');
    const catCell = cellOf(t, row, 'category');
    const code = toHalfWidth(cellText(codeCell));
    const name = cellText(nameCell);
    const catText = cellText(catCell);
    let ok = true;
    if (code === '') {
      issues.cell(t, i, 'code', codeCell, '单位编码为空:请填写一个简短且唯一的编码,如 D01、S03');
      ok = false;
    } else if (byCode.has(code.toUpperCase())) {
      issues.cell(t, i, 'code', codeCell, `单位编码${quote(codeCell)}重复(第 ${byCode.get(code.toUpperCase())} 行已使用):每个单位的编码必须唯一`);
      ok = false;
    }
    if (name === '') {
      issues.cell(t, i, 'name', nameCell, '单位名称为空:请填写单位的名称,如 营销部、路口供电所');
      ok = false;
    } else if (byName.has(name)) {
      issues.cell(t, i, 'name', nameCell, `单位名称${quote(nameCell)}重复(第 ${byName.get(name)} 行已使用):每个单位的名称必须唯一`);
      ok = false;
    }
    if (!(CATEGORIES as readonly string[]).includes(catText)) {
      issues.cell(t, i, 'category', catCell, catText === '' ? '类别为空:请填写“部门”或“二级单位”' : `类别${quote(catCell)}无效:请填写“部门”或“二级单位”`);
    }
    if (!ok) continue;
    byCode.set(code.toUpperCase(), t.top + i);
    byName.set(name, t.top + i);
    const unit: Unit = {
      code,
      name,
      // A bad category is reported above; the unit is still known so its events do not all fail too.
      category: catText === '部门' ? '部门' : ('二级单位' as Category),
      head: cellText(cellOf(t, row, 'head')),
      supervisor: null,
      sheet: sheet.name,
      row: t.top + i,
    };
    units.push(unit);
    const sup = cellOf(t, row, 'supervisor');
    if (cellText(sup) !== '') supervisors.push({ unit, value: sup, i });
  }
  // 归口部门 may name a department listed further down, so it is resolved once all are read.
  const resolve = makeUnitResolver(units);
  for (const s of supervisors) {
    const dept = resolve(s.value);
    if (!dept) issues.cell(t, s.i, 'supervisor', s.value, `未知的归口部门${quote(s.value)}:请填写「单位」表中某个部门的名称或编码,或留空`);
    else if (dept.category !== '部门') issues.cell(t, s.i, 'supervisor', s.value, `归口部门${quote(s.value)}不是部门:请填写类别为“部门”的单位,或留空`);
    else s.unit.supervisor = dept.code;
  }
  if (rows === 0) issues.sheet(sheet.name, '「单位」表中没有任何单位:请在表头下逐行登记各部门和二级单位', t.top + t.headerIndex);
  return { units, rows, usable: true };
}

/** A cached resolver: unit name (exact) or code (any case, full- or half-width) → unit, or null. */
export function makeUnitResolver(units: readonly Unit[]): (value: CellValue) => Unit | null {
  const known = new Map<string, Unit>();
  for (const u of units) known.set(u.name, u);
  // Codes win over names: a code is what the template's drop-down writes.
  for (const u of units) known.set(u.code.toUpperCase(), u);
  const cache = new Map<CellValue, Unit | null>();
  return (value) => {
    let r = cache.get(value);
    if (r !== undefined) return r;
    const t = cellText(value);
    r = known.get(t) ?? known.get(toHalfWidth(t).toUpperCase()) ?? null;
    cache.set(value, r);
    return r;
  };
}
