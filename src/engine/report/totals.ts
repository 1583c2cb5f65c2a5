// The 合计 row of a table, built from its column table by column key rather than by position:
// a column added to a sheet (上季度得分 and 变化 come and go with the previous quarter) then can
// not shift a total into its neighbour's column.

import type { CellValue } from '../types';
import type { Column } from './layout';

/** One cell per column: the value given for its key, null (a blank cell) for every other column. */
export function totalsRow<K extends string>(columns: readonly Column<K>[], cells: Partial<Record<K, CellValue>>): CellValue[] {
  for (const key of Object.keys(cells)) columnIndex(columns, key as K);
  return columns.map((c) => (c.key === undefined ? null : (cells[c.key] ?? null)));
}

/** The sum of a numeric column over the data rows, in row order. */
export function columnSum<K extends string>(columns: readonly Column<K>[], rows: readonly CellValue[][], key: K): number {
  const col = columnIndex(columns, key);
  return rows.reduce((s: number, r) => s + (r[col] as number), 0);
}

/** A key no column has is a mistake in the sheet's code, not in the workbook. */
function columnIndex<K extends string>(columns: readonly Column<K>[], key: K): number {
  const col = columns.findIndex((c) => c.key === key);
  if (col < 0) throw new Error(`No column "${key}" for the 合计 row`);
  return col;
}
