// Build engine Snapshots by code, so every test states its own workbook in a few lines.
//
//   import { workbook, event, defaultUnits, sheet } from './snapshot';
//
//   const snap = workbook({
//     events: [
//       event({ 日期: '2026-07-15', 单位: 'S01', 条款: '8.4', 等级: '一般' }),
//       event({ 单位: 'D02', 等级: '较大', 事项描述: '越级投诉' }),
//     ],
//   });
//
// - `units`: 'default' (the default, six units from `defaultUnits()`), your own rows, or null for
//   no 单位 sheet at all.
// - `events`: rows keyed by header text. Each row goes to the ledger of its unit's category:
//   部门考核记录 for a 部门, 二级单位考核记录 otherwise (unknown units too). A row may force its
//   sheet with the key `$sheet` (e.g. a per-unit sheet '城区供电所'); `$sheet` is not a column.
// - `sheets`: any further sheets, given as raw values ({ name, values }) or built with `sheet()`.
// Headers of a table are the union of its rows' keys, in first-seen order; missing cells are null.
// Sheets appear in the order: 单位, ledgers (部门 then 二级单位, then forced sheets), `sheets`.
import type { CellValue, SheetSnapshot, Snapshot } from '../../src/engine/types';

export type Row = Record<string, CellValue>;

/** A handful of units: three 部门 and three 二级单位 (codes D01–D03, S01–S03). */
export function defaultUnits(): Row[] {
  return [
    { 单位编码: 'D01', 单位名称: '办公室', 类别: '部门', 第一责任人: '王主任', 归口部门: null },
    { 单位编码: 'D02', 单位名称: '营销部', 类别: '部门', 第一责任人: '李主任', 归口部门: null },
    { 单位编码: 'D03', 单位名称: '运维检修部', 类别: '部门', 第一责任人: '张主任', 归口部门: null },
    { 单位编码: 'S01', 单位名称: '城区供电所', 类别: '二级单位', 第一责任人: '陈所长', 归口部门: '营销部' },
    { 单位编码: 'S02', 单位名称: '路口供电所', 类别: '二级单位', 第一责任人: '刘所长', 归口部门: '营销部' },
    { 单位编码: 'S03', 单位名称: '客户服务中心', 类别: '二级单位', 第一责任人: '赵主任', 归口部门: '营销部' },
  ];
}

/** An event row by header names; fields not given get a valid default (a 一般 8.4 complaint on S01). */
export function event(fields: Row = {}): Row {
  return {
    日期: '2026-07-15',
    单位: 'S01',
    来源: '95598工单',
    条款: '8.4',
    等级: '一般',
    事项描述: '客户投诉装表接电超过时限',
    ...fields,
  };
}

/**
 * A sheet holding one table. `headerRow` (1-based, default 1) puts blank rows above the header,
 * e.g. for a title; `headers` fixes the column order (default: keys in first-seen order).
 */
export function sheet(
  name: string,
  rows: Row[],
  opts: { headerRow?: number; headers?: string[]; top?: number; left?: number } = {},
): SheetSnapshot {
  const headers = opts.headers ?? headersOf(rows);
  const values: CellValue[][] = [];
  for (let i = 1; i < (opts.headerRow ?? 1); i++) values.push([]);
  values.push([...headers]);
  for (const r of rows) values.push(headers.map((h) => (h in r ? r[h] : null)));
  const s: SheetSnapshot = { name, values };
  if (opts.top !== undefined) s.top = opts.top;
  if (opts.left !== undefined) s.left = opts.left;
  return s;
}

export interface WorkbookSpec {
  units?: Row[] | 'default' | null;
  events?: Row[];
  sheets?: SheetSnapshot[];
}

export function workbook(spec: WorkbookSpec = {}): Snapshot {
  const units = spec.units === undefined || spec.units === 'default' ? defaultUnits() : spec.units;
  const sheets: SheetSnapshot[] = [];
  if (units) sheets.push(sheet('单位', units));

  // Which units are 部门, by code and by name, to route each event to its ledger.
  const departments = new Set<string>();
  for (const u of units ?? []) {
    if (u['类别'] === '部门') {
      departments.add(String(u['单位编码']));
      departments.add(String(u['单位名称']));
    }
  }
  const bySheet = new Map<string, Row[]>([
    ['部门考核记录', []],
    ['二级单位考核记录', []],
  ]);
  for (const e of spec.events ?? []) {
    const { $sheet, ...row } = e;
    const target = typeof $sheet === 'string' ? $sheet : departments.has(String(row['单位'])) ? '部门考核记录' : '二级单位考核记录';
    if (!bySheet.has(target)) bySheet.set(target, []);
    bySheet.get(target)!.push(row);
  }
  for (const [name, rows] of bySheet) {
    if (rows.length) sheets.push(sheet(name, rows));
  }
  sheets.push(...(spec.sheets ?? []));
  return { sheets };
}

function headersOf(rows: Row[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
