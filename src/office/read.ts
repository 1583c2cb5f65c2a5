// Reads the workbook into the engine's Snapshot in a fixed number of round trips:
//   1. the sheet list and the defined names (to know which sheets we generated), and the date
//      system (date1904.ts: a probe in the same request);
//   2. the used range of every other sheet (where it starts and how big it is);
//   3. the values of all those ranges at once.
// Step 3 is split only where Excel forces it: a range read is capped at 5,000,000 cells (split
// into row blocks within the same request), and Excel on the web caps a response at 5 MB (split
// into several requests, halving again if a wordy workbook still overflows).
import { PUBLISH_MARKER, type CellValue, type SheetSnapshot, type Snapshot } from '../engine';
import { PAYLOAD_LIMIT_CODES, WorkbookError, officeErrorCode, toWorkbookError } from './errors';
import type { OfficeHost } from './host';
import { READ_CELL_LIMIT, budgetFor } from './limits';
import { loadInventory } from './inventory';
import { sheetKey } from './markers';
import { DATE_1904_SHIFT, isDateFormat, probeDateSystem } from './date1904';

interface SheetEntry {
  name: string;
  generated: boolean;
  sheet: Excel.Worksheet;
  used: Excel.Range | null;
  top: number; // 0-based
  left: number;
  rows: number;
  cols: number;
  values: CellValue[][];
}

/** A row block of one sheet's used range. */
interface Block {
  entry: SheetEntry;
  row: number; // 0-based offset inside the used range
  rows: number;
}

export async function readSnapshot(host: OfficeHost): Promise<Snapshot> {
  try {
    return await host.run(async (context) => {
      const probe = probeDateSystem(context, host);
      const { worksheets, marked } = await loadInventory(context);
      const date1904 = probe();
      const entries: SheetEntry[] = worksheets.map((sheet) => ({
        name: sheet.name,
        generated: marked.has(sheetKey(sheet.name)),
        sheet,
        used: null,
        top: 0,
        left: 0,
        rows: 0,
        cols: 0,
        values: [],
      }));
      for (const e of entries) {
        // Generated sheets are never parsed, so never read — except the 发布记录 (SPEC §10), which
        // is read back to compare the published results with the workbook.
        if (e.generated && !(marked.get(sheetKey(e.name)) ?? []).includes(PUBLISH_MARKER)) continue;
        e.used = e.sheet.getUsedRangeOrNullObject(true);
        e.used.load('rowIndex,columnIndex,rowCount,columnCount');
      }
      await context.sync();

      const blocks: Block[] = [];
      for (const e of entries) {
        if (!e.used || e.used.isNullObject) continue;
        e.top = e.used.rowIndex;
        e.left = e.used.columnIndex;
        e.rows = e.used.rowCount;
        e.cols = e.used.columnCount;
        const perBlock = Math.max(1, Math.floor(READ_CELL_LIMIT / e.cols));
        for (let r = 0; r < e.rows; r += perBlock) blocks.push({ entry: e, row: r, rows: Math.min(perBlock, e.rows - r) });
      }
      await readBlocks(context, blocks, budgetFor(host).readCells, date1904);

      return {
        sheets: entries.map((e): SheetSnapshot => ({
          name: e.name,
          values: e.values,
          top: e.top + 1,
          left: e.left + 1,
          ...(e.generated ? { generated: true } : {}),
        })),
      };
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** Loads the blocks' values, as many per request as the cell budget allows (all of them on desktop). */
async function readBlocks(context: Excel.RequestContext, blocks: Block[], initialBudget: number, date1904: boolean): Promise<void> {
  let budget = initialBudget;
  let queue = blocks;
  while (queue.length > 0) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const b = queue[0];
      const room = budget - cells;
      const size = b.rows * b.entry.cols;
      if (size <= room) {
        batch.push(b);
        cells += size;
        queue = queue.slice(1);
        continue;
      }
      // Split the block so this request is filled but not overfilled.
      const fit = Math.floor(room / b.entry.cols);
      if (fit >= 1) {
        batch.push({ ...b, rows: fit });
        queue = [{ ...b, row: b.row + fit, rows: b.rows - fit }, ...queue.slice(1)];
      } else if (batch.length === 0) {
        batch.push({ ...b, rows: 1 });
        queue = b.rows > 1 ? [{ ...b, row: b.row + 1, rows: b.rows - 1 }, ...queue.slice(1)] : queue.slice(1);
      }
      break;
    }
    const ranges = batch.map((b) => {
      const range = b.entry.sheet.getRangeByIndexes(b.entry.top + b.row, b.entry.left, b.rows, b.entry.cols);
      // A 1904-system book also needs the number formats, to know which numbers are dates: loaded
      // in the same request, so the round trips stay the same (only old Mac files pay for it).
      if (date1904) range.load('values,numberFormat');
      else range.load('values');
      return range;
    });
    try {
      // One iteration on desktop; more only when Excel on the web's 5 MB limit forces a split (limits.ts).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = officeErrorCode(e);
      const single = batch.length === 1 && batch[0].rows === 1;
      if (code && PAYLOAD_LIMIT_CODES.includes(code) && !single) {
        budget = Math.max(1, Math.floor(cells / 2));
        queue = [...batch, ...queue];
        continue;
      }
      if (code && PAYLOAD_LIMIT_CODES.includes(code)) {
        throw new WorkbookError(
          'too-large',
          `工作表「${batch[0].entry.name}」的一行数据超过了 Excel 网页版单次请求的上限,请缩短该行的文字。`,
          [batch[0].entry.name],
          code,
        );
      }
      throw e;
    }
    batch.forEach((b, i) => {
      const values = ranges[i].values as unknown[][];
      const formats = date1904 ? (ranges[i].numberFormat as unknown[][]) : null;
      values.forEach((row, r) => {
        const cells = row.map(toCellValue);
        // The engine counts dates in the 1900 system (SnapShot contract): shift date cells only.
        if (formats) cells.forEach((v, c) => typeof v === 'number' && isDateFormat(formats[r]?.[c]) && (cells[c] = v + DATE_1904_SHIFT));
        b.entry.values.push(cells);
      });
    });
  }
}

/** Office.js reports an empty cell as ''; the engine wants null. */
function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return String(v);
}
