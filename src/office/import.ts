// 「导入记录…」 in Excel (SPEC §9): the engine's import plan written into the open workbook. The
// plan says which cells; this only writes them, as the .xlsx appender does (src/xlsx/append.ts):
// a missing ledger is added with its header, a missing column gets its header cell, rows are
// written below the last record, cells to fill are light yellow. First it checks that every
// target cell is empty — the workbook may have changed since it was read — and refuses, writing
// nothing, when one is not.
import { asLiteral, columnLetter, type LedgerWrite, type PlannedCell } from '../engine';
import { WorkbookError } from '../ui/host';
import { DATE_1904_SHIFT, probeDateSystem } from './date1904';
import { toWorkbookError } from './errors';
import type { OfficeHost } from './host';

/** The fill of cells the clerk still has to fill (the .xlsx appender's MARK_FILL). */
export const MARK_COLOR = '#FFF2CC';
const HEADER_FILL = '#DDEBF7';

export async function appendRows(host: OfficeHost, writes: readonly LedgerWrite[]): Promise<void> {
  try {
    await host.run(async (context) => {
      const is1904 = probeDateSystem(context, host);
      // The target cells of existing ledgers, loaded to prove they are empty.
      const checks = writes
        .filter((w) => !w.create)
        .flatMap((w) => {
          const ws = context.workbook.worksheets.getItem(w.sheet);
          const cells = [
            ...w.headers.map((h) => ({ row: w.headerRow, column: h.column })),
            ...w.rows.flatMap((r) => r.cells.map((c) => ({ row: r.row, column: c.column }))),
          ];
          return cells.map((c) => {
            const range = ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1);
            range.load('values,formulas');
            return { sheet: w.sheet, ...c, range };
          });
        });
      await context.sync();
      for (const c of checks) {
        const v = c.range.values[0][0];
        const f = c.range.formulas[0][0];
        if ((v !== '' && v !== null) || (typeof f === 'string' && f.startsWith('='))) {
          throw new WorkbookError(
            'unknown',
            `「${c.sheet}」的 ${columnLetter(c.column)}${c.row} 单元格已有内容:导入只在最后一条记录下方追加,不会覆盖任何单元格,未写入任何内容。请重新读取工作簿后再导入。`,
            [c.sheet],
          );
        }
      }
      const shift = is1904() ? DATE_1904_SHIFT : 0;
      for (const w of writes) {
        const ws = w.create ? context.workbook.worksheets.add(w.sheet) : context.workbook.worksheets.getItem(w.sheet);
        for (const h of w.headers) {
          const cell = ws.getRangeByIndexes(w.headerRow - 1, h.column - 1, 1, 1);
          cell.numberFormat = [['@']];
          cell.values = [[asLiteral(h.text)]];
          cell.format.font.bold = true;
          cell.format.fill.color = HEADER_FILL;
        }
        if (w.create) ws.freezePanes.freezeRows(w.headerRow);
        for (const r of w.rows) for (const c of r.cells) writeCell(ws.getRangeByIndexes(r.row - 1, c.column - 1, 1, 1), c, shift);
      }
      await context.sync();
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** Format first, so a serial lands as a date and a ticket number stays text. */
function writeCell(cell: Excel.Range, c: PlannedCell, shift: number): void {
  cell.numberFormat = [[c.kind === 'date' ? 'yyyy-mm-dd' : c.kind === 'number' ? 'General' : '@']];
  if (c.value !== null) cell.values = [[c.kind === 'date' && typeof c.value === 'number' ? c.value - shift : asLiteral(c.value)]];
  if (c.mark) cell.format.fill.color = MARK_COLOR;
}
