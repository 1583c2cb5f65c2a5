// Jumps to a cell, so a validation error in the pane can show the user the bad value.
import { cellAddress } from '../engine';
import { toWorkbookError } from './errors';
import type { OfficeHost } from './host';

/** Activates `sheet` and selects the cell (or the row, or A1 when the error is about the whole sheet). One request. */
export async function selectCell(host: OfficeHost, sheet: string, row: number | null, column: number | null): Promise<void> {
  const address = row === null ? 'A1' : column === null ? `${row}:${row}` : cellAddress(row, column);
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    const err = toWorkbookError(e);
    if (err.kind === 'not-found') {
      throw Object.assign(err, { message: `找不到工作表「${sheet}」,它可能已被改名或删除。请重新校验。`, sheets: [sheet] });
    }
    throw err;
  }
}
