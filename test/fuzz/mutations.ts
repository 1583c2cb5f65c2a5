// Random mutations of a sound workbook for the property-based tests: cell values of every kind a
// user (or a program) can put in a cell, headers swapped, rows dropped, sheets renamed or copied.
import fc from 'fast-check';
import type { CellValue } from '../../src/engine/types';
import type { BookCell, BookSheet } from '../catalogue/books';

const HEADERS = [
  '日期',
  '单位',
  '来源',
  '条款',
  '等级',
  '事项描述',
  '扣分调整',
  '备注',
  '原因查清',
  '认定',
  '单位编码',
  '类别',
  '参数',
  '值',
  'Date',
  'Unit',
];
const WORDS = [
  '是',
  '否',
  '一般',
  'L2',
  '特别重大',
  '锦旗',
  '8.4',
  '第八条第4款',
  '95598工单',
  'S01',
  '营销部',
  '不属实',
  '免责',
  '合计',
  '季度平均',
];
const DATES = ['2026-07-15', '2026/7/15', '2026.7.15', '2026年7月15日', '2026-02-30', '1899-12-31', '2200-01-01', '15/07/2026'];
const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];
const SHEET_NAMES = [
  '2026二级单位考核记录',
  '二级单位考核记录(2)',
  '部门考核记录',
  '单位',
  '城区供电所',
  'S02',
  '节假日',
  '考核参数',
  '处罚标准',
  '考核记录(旧)',
  'Sheet1',
];

/** Values a file can hold (no NaN or Infinity: a file cannot carry them). */
export const fileValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', ' ', '\u3000'),
  fc.constantFrom(...HEADERS, ...WORDS, ...DATES, ...ERRORS),
  // XML 1.0 cannot hold C0 controls (other than tab, CR, LF) or U+FFFE/FFFF: a file never has them.
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 80_000 }),
  fc.boolean(),
  fc.constant('长'.repeat(33_000)),
  fc.constantFrom('=1+1', '+cmd|calc', '@SUM(A1)', '-2+3'),
);

/** A cell of a built book: a value, or a formula with or without a stored result. */
export const bookCell: fc.Arbitrary<BookCell> = fc.oneof(
  { weight: 8, arbitrary: fileValue },
  { weight: 1, arbitrary: fc.constant({ formula: 'TODAY()' }) },
  { weight: 1, arbitrary: fc.constantFrom<BookCell>({ formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'A1', result: '是' }) },
);

/** Host values too (custom functions, Office.js): NaN and ±Infinity included. */
export const hostValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fileValue },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);

export type Mutation<C> =
  | { kind: 'cell'; sheet: number; row: number; col: number; value: C }
  | { kind: 'drop-row'; sheet: number; row: number }
  | { kind: 'rename'; sheet: number; name: string }
  | { kind: 'copy'; sheet: number; name: string }
  | { kind: 'shift'; sheet: number; rows: number };

export function mutation<C>(value: fc.Arbitrary<C>): fc.Arbitrary<Mutation<C>> {
  const sheetIx = fc.nat(7);
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('cell' as const), sheet: sheetIx, row: fc.nat(9), col: fc.nat(13), value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop-row' as const), sheet: sheetIx, row: fc.nat(6) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), sheet: sheetIx, name: fc.constantFrom(...SHEET_NAMES) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), sheet: sheetIx, name: fc.constantFrom(...SHEET_NAMES) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('shift' as const), sheet: sheetIx, rows: fc.integer({ min: 1, max: 11 }) }) },
  );
}

/** Applies mutations to a copy of `sheets`; sheet names stay unique (a workbook cannot hold two alike). */
export function mutate<C extends BookCell>(sheets: BookSheet[], mutations: Mutation<C>[]): BookSheet[] {
  const out = sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  const taken = (name: string) => out.some((s) => s.name.toLowerCase() === name.toLowerCase());
  for (const m of mutations) {
    const s = out[m.sheet % out.length];
    switch (m.kind) {
      case 'cell':
        while (s.rows.length <= m.row) s.rows.push([]);
        while (s.rows[m.row].length <= m.col) s.rows[m.row].push(null);
        s.rows[m.row][m.col] = m.value;
        break;
      case 'drop-row':
        s.rows.splice(m.row, 1);
        break;
      case 'rename':
        if (!taken(m.name)) s.name = m.name;
        break;
      case 'copy':
        if (!taken(m.name)) out.push({ name: m.name, rows: s.rows.map((r) => [...r]) });
        break;
      case 'shift':
        s.rows.unshift(...Array.from({ length: m.rows }, () => []));
        break;
    }
  }
  return out;
}
