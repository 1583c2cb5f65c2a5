// The 单位 sheet → units, and the one resolver that turns text naming a unit (a 单位 cell, or the
// name of a per-unit sheet) into a unit: names and codes are compared in the same folded form
// (unitKey), and a code wins over another unit's name.
import type { CellValue, Category, SheetSnapshot, Unit } from '../types';
import { CATEGORIES } from '../rules/lists';
import { cellText, invisibleIn, quote, stripInvisible, toHalfWidth } from '../text';
import { UNIT_TABLE } from './schema';
import { cellOf, dataRows, findTable, Issues, type Table } from './table';

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
  const byCode = new Map<string, number>(); // unitKey(code) → sheet row
  const byName = new Map<string, { row: number; name: string }>(); // unitKey(name) → first use
  const supervisors: { unit: Unit; value: CellValue; i: number }[] = [];
  const aliasRows: { unit: Unit; i: number }[] = [];
  const rowIndexes = dataRows(t);
  const rows = rowIndexes.length;
  for (const i of rowIndexes) {
    const row = t.values[i];
    const codeCell = cellOf(t, row, 'code');
    const nameCell = cellOf(t, row, 'name');
    const catCell = cellOf(t, row, 'category');
    // Invisible characters are dropped from the unit's code and name (and said so): kept, they
    // would make a second unit of the same name and break the files the name is written into.
    const code = toHalfWidth(visible(t, i, 'code', codeCell, issues));
    const name = visible(t, i, 'name', nameCell, issues);
    const catText = cellText(catCell);
    let ok = true;
    if (code === '') {
      issues.cell(t, i, 'code', codeCell, '单位编码为空:请填写一个简短且唯一的编码,如 D01、S03');
      ok = false;
    } else if (byCode.has(unitKey(code))) {
      issues.cell(
        t,
        i,
        'code',
        codeCell,
        `单位编码${quote(codeCell)}重复(第 ${byCode.get(unitKey(code))} 行已使用):每个单位的编码必须唯一`,
      );
      ok = false;
    }
    if (name === '') {
      issues.cell(t, i, 'name', nameCell, '单位名称为空:请填写单位的名称,如 营销部、路口供电所');
      ok = false;
    } else if (byName.has(unitKey(name))) {
      const prev = byName.get(unitKey(name))!;
      const same = prev.name === name ? '' : '(全角半角、大小写不同也算同一名称)';
      issues.cell(t, i, 'name', nameCell, `单位名称${quote(nameCell)}重复(第 ${prev.row} 行已使用):每个单位的名称必须唯一${same}`);
      ok = false;
    }
    if (!(CATEGORIES as readonly string[]).includes(catText)) {
      issues.cell(
        t,
        i,
        'category',
        catCell,
        catText === '' ? '类别为空:请填写“部门”或“二级单位”' : `类别${quote(catCell)}无效:请填写“部门”或“二级单位”`,
      );
    }
    if (!ok) continue;
    byCode.set(unitKey(code), t.top + i);
    byName.set(unitKey(name), { row: t.top + i, name });
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
    const aliases = splitAliases(cellText(cellOf(t, row, 'aliases')));
    if (aliases.length > 0) {
      unit.aliases = aliases;
      aliasRows.push({ unit, i });
    }
    units.push(unit);
    const sup = cellOf(t, row, 'supervisor');
    if (cellText(sup) !== '') supervisors.push({ unit, value: sup, i });
  }
  // 归口部门 may name a department listed further down, so it is resolved once all are read.
  const resolve = makeUnitResolver(units);
  for (const s of supervisors) {
    const dept = resolve(s.value);
    if (!dept) issues.cell(t, s.i, 'supervisor', s.value, `未知的归口部门${quote(s.value)}:请填写「单位」表中某个部门的名称或编码,或留空`);
    else if (dept.category !== '部门')
      issues.cell(t, s.i, 'supervisor', s.value, `归口部门${quote(s.value)}不是部门:请填写类别为“部门”的单位,或留空`);
    else s.unit.supervisor = dept.code;
  }
  checkAliases(t, units, aliasRows, issues);
  if (rows === 0) issues.sheet(sheet.name, '「单位」表中没有任何单位:请在表头下逐行登记各部门和二级单位', t.top + t.headerIndex);
  return { units, rows, usable: true };
}

/** A 单位 cell's text without invisible characters; a warning names the cell and the characters dropped. */
function visible(t: Table, i: number, field: string, cell: CellValue, issues: Issues): string {
  const raw = cellText(cell);
  const found = invisibleIn(raw);
  if (found.length === 0) return raw;
  const c = t.col[field] ?? -1;
  issues.warn(
    'invisible-characters',
    t.name,
    `${quote(cell)}中含有看不见的字符(${found.join('、')},如零宽空格、控制字符),已去掉后再比较和使用。请在单元格中删除它们,以免与同名的单位混淆。`,
    t.top + i,
    c >= 0 ? t.left + c : null,
  );
  return stripInvisible(raw).trim();
}

/** 别名 cell → names: separated by 、 , ， ; ； or line breaks (SPEC §1.5 「城区所、城区供电所」). */
export function splitAliases(text: string): string[] {
  return text
    .split(/[、,，;；\n\r]+/)
    .map((x) => toHalfWidth(x).trim())
    .filter((x) => x !== '');
}

/**
 * An alias must point at one unit only: one that is another unit's code or name, or another
 * unit's alias too, would send an imported row to a guess. Reported at the later 别名 cell.
 */
function checkAliases(t: Table, units: readonly Unit[], rows: readonly { unit: Unit; i: number }[], issues: Issues): void {
  const owner = new Map<string, Unit>();
  for (const u of units) owner.set(unitKey(u.code), u).set(unitKey(u.name), u);
  const byAlias = new Map<string, Unit>();
  for (const { unit, i } of rows) {
    for (const a of unit.aliases ?? []) {
      const k = unitKey(a);
      const other = owner.get(k) ?? byAlias.get(k);
      const cell = cellOf(t, t.values[i], 'aliases');
      if (other && other !== unit) {
        issues.cell(
          t,
          i,
          'aliases',
          cell,
          `别名${quote(a)}已是单位「${other.name}」的名称、编码或别名:一个别名只能指向一个单位,请删去或改正`,
        );
      } else byAlias.set(k, unit);
    }
  }
}

/**
 * The form in which text naming a unit is compared: trimmed, half-width, upper case. Used for unit
 * codes and names alike, in 单位 cells and in per-unit sheet names, and for the uniqueness checks
 * of the 单位 sheet, so that any text resolves to at most one unit by name and one by code.
 */
export function unitKey(text: string): string {
  return toHalfWidth(stripInvisible(text)).trim().toUpperCase();
}

/**
 * The one unit resolver (单位 cells, per-unit sheet names, 归口部门): text → unit by code or by
 * name, both compared by unitKey (any case, full- or half-width, surrounding spaces ignored).
 * When a text is one unit's code and another unit's name, the code wins: a code is what the
 * template's drop-down writes. Cached per cell value.
 */
export function makeUnitResolver(units: readonly Unit[]): (value: CellValue) => Unit | null {
  const known = new Map<string, Unit>();
  for (const u of units) known.set(unitKey(u.name), u);
  for (const u of units) known.set(unitKey(u.code), u); // codes win
  const cache = new Map<CellValue, Unit | null>();
  return (value) => {
    let r = cache.get(value);
    if (r !== undefined) return r;
    r = known.get(unitKey(cellText(value))) ?? null;
    cache.set(value, r);
    return r;
  };
}
