// The first round trip of every read and write: which sheets exist and which of them we generated.
import { PENDING_PREFIX, markedSheets } from './markers';

export interface SheetInventory {
  worksheets: Excel.Worksheet[];
  /** Sheet key (see sheetKey) → the marker names pointing at its A1. */
  marked: Map<string, string[]>;
  /** Sheet key → the names marking it as left unfinished by 新建模板 / 插入示例数据 (template.ts). */
  pending: Map<string, string[]>;
  /** Every defined name in the workbook, ours or the user's. */
  names: string[];
}

/** Loads the sheet list and the defined names in one sync. */
export async function loadInventory(context: Excel.RequestContext): Promise<SheetInventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  await context.sync();
  // Only range names can mark a sheet; a constant or formula name is the user's.
  const items = names.items.filter((n) => String(n.type) === 'Range').map((n) => ({ name: n.name, refersTo: n.value }));
  return {
    worksheets: worksheets.items,
    marked: markedSheets(items),
    pending: markedSheets(items, PENDING_PREFIX),
    names: names.items.map((n) => n.name),
  };
}
