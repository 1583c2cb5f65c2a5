// Writes the blank template (新建模板) or the bundled sample (插入示例数据) into the open workbook:
// headers, data, number formats, frozen header row, column widths, an Excel table per sheet
// (ExcelApi 1.1) and the drop-down lists (ExcelApi 1.8). Existing sheets are never touched:
// the template skips them and says so; the sample refuses to mix into them (half a sample,
// say events without their units, would only produce errors).
// One request for the whole workbook on desktop; split by size only on Excel on the web.
//
// Resuming after an interruption (Excel on the web, where a later request can fail, e.g. when the
// user starts editing a cell): each sheet is marked "pending" (a name under PENDING_PREFIX at its
// A1) at the end of the step that writes its content, so a marked sheet always has all its content;
// the last request sets the drop-downs and then removes every pending mark. The next run of the
// same action treats its own pending sheets as unfinished work, not as the user's: it leaves their
// content alone (the user may have typed into them since), sets their drop-downs again (cleared
// first, so nothing is doubled) and creates the sheets still missing.
import { columnLetter } from '../engine';
import { officeListSource, type TemplateSheet } from '../engine';
import { literalRows } from '../engine';
import { WorkbookError, toWorkbookError } from './errors';
import type { OfficeHost } from './host';
import { budgetFor, jsonBytes, packBatches } from './limits';
import { loadInventory } from './inventory';
import { PENDING_PREFIX, sheetKey } from './markers';
import { widthToPoints } from './render';
import { checkRequirements } from './requirements';
import type { TemplateOutcome } from '../ui/host';

export type { TemplateOutcome } from '../ui/host';

interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>) => void;
}

const HEADER_FILL = '#DDEBF7';

export async function writeTemplateSheets(
  host: OfficeHost,
  content: TemplateSheet[],
  whenExists: 'skip' | 'refuse',
): Promise<TemplateOutcome> {
  const req = checkRequirements(host);
  if (!req.core) throw new WorkbookError('unsupported', '此版本的 Excel 过旧(需要 ExcelApi 1.4 或更高),无法创建模板。');
  const warnings: string[] = [];
  if (!req.tables) warnings.push('此版本的 Excel 不支持表格(ExcelApi 1.1),模板以普通区域创建。');
  if (!req.dataValidation)
    warnings.push('此版本的 Excel 不支持数据验证(ExcelApi 1.8),模板中没有下拉列表,请按「考核条款」「处罚标准」中的写法手工填写。');
  // The sample and the template mark their unfinished sheets apart: one never resumes the other.
  const pendingPrefix = `${PENDING_PREFIX}${whenExists === 'refuse' ? 'sample' : 'template'}.`;
  try {
    return await host.run(async (context) => {
      const inventory = await loadInventory(context);
      const existing = new Set(inventory.worksheets.map((w) => sheetKey(w.name)));
      const pendingNames = (name: string) => (inventory.pending.get(sheetKey(name)) ?? []).filter((n) => n.startsWith(pendingPrefix));
      // Left unfinished by an earlier run of this same action: content complete, drop-downs maybe not.
      const unfinished = content.filter((s) => existing.has(sheetKey(s.name)) && pendingNames(s.name).length > 0);
      const clash = content.filter((s) => existing.has(sheetKey(s.name)) && pendingNames(s.name).length === 0).map((s) => s.name);
      if (clash.length > 0 && whenExists === 'refuse') {
        const resumable =
          unfinished.length > 0 ? `上次插入示例数据未完成,已写入的「${unfinished.map((s) => s.name).join('」「')}」会在重试时补全;但` : '';
        throw new WorkbookError(
          'sheet-conflict',
          `${resumable}工作簿中已有工作表「${clash.join('」「')}」,示例数据未插入,现有数据未改动。请在新的空白工作簿中插入示例数据${
            unfinished.length > 0 ? ',或将上述工作表改名或删除后重试' : ''
          }。`,
          clash,
        );
      }
      const missing = content.filter((s) => !existing.has(sheetKey(s.name)));
      const todo = content.filter((s) => !existing.has(sheetKey(s.name)) || unfinished.includes(s));
      const markerOf = (s: TemplateSheet) => `${pendingPrefix}${content.indexOf(s) + 1}`;
      // Every pending mark of this action there will be at the end: the old ones and the new ones.
      const allPending = new Set([...inventory.names.filter((n) => n.startsWith(pendingPrefix)), ...missing.map(markerOf)]);
      const steps: Step[] = [
        ...missing.flatMap((s) => sheetSteps(s, req.tables, markerOf(s), inventory.names)),
        // Drop-downs last: their lists point at other sheets (考核条款, 处罚标准, 单位), which must exist by then.
        ...(req.dataValidation ? todo.flatMap(validationSteps) : []),
      ];
      if (todo.length > 0 || allPending.size > 0) {
        steps.push({
          bytes: 40 + 60 * allPending.size,
          queue: (context, sheets) => {
            for (const n of allPending) context.workbook.names.getItem(n).delete();
            if (todo.length > 0) sheetOf(context, sheets, todo[0].name).activate();
          },
        });
      }
      const sheets = new Map<string, Excel.Worksheet>();
      for (const batch of packBatches(steps, (s) => s.bytes, budgetFor(host).writeBytes)) {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const step of batch) step.queue(context, sheets);
        // One iteration on desktop; more only when Excel on the web's 5 MB limit forces a split (limits.ts).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return { created: todo.map((s) => s.name), skipped: clash, warnings };
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** The sheet created in this run, or (resuming an unfinished one) the existing sheet of that name. */
function sheetOf(context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  let ws = sheets.get(name);
  if (!ws) {
    ws = context.workbook.worksheets.getItem(name);
    sheets.set(name, ws);
  }
  return ws;
}

function sheetSteps(sheet: TemplateSheet, tables: boolean, pendingMarker: string, names: string[]): Step[] {
  const cols = sheet.columns.length;
  const headers = [sheet.columns.map((c) => c.header)];
  const values = literalRows([...headers, ...sheet.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? null))]);
  const formatRows = Math.max(sheet.inputRows, sheet.rows.length);
  const formats = sheet.columns.map((c) => Array.from({ length: formatRows }, () => [c.numberFormat ?? 'General']));
  return [
    {
      bytes: jsonBytes(values) + jsonBytes(formats) + 400,
      queue: (context, sheets) => {
        const ws = context.workbook.worksheets.add(sheet.name);
        sheets.set(sheet.name, ws);
        // Formats before values, so a serial lands as a date and '5.1' stays the text the user typed.
        sheet.columns.forEach((_c, i) => {
          if (formatRows > 0) ws.getRangeByIndexes(1, i, formatRows, 1).numberFormat = formats[i];
        });
        ws.getRangeByIndexes(0, 0, values.length, cols).values = values;
        const header = ws.getRangeByIndexes(0, 0, 1, cols);
        header.format.font.bold = true;
        header.format.fill.color = HEADER_FILL;
        sheet.columns.forEach((c, i) => {
          ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthToPoints(c.width);
        });
        ws.freezePanes.freezeRows(1);
        // Written first, then made a table (the other order makes Excel rename duplicate headers).
        if (tables) ws.tables.add(`A1:${columnLetter(cols)}${Math.max(2, values.length)}`, true);
        // Last, so a marked sheet has everything above even if Excel ran only part of this request.
        // A stale name of the same spelling (its sheet renamed or deleted by the user) goes first.
        const stale = names.find((n) => n.toLowerCase() === pendingMarker.toLowerCase());
        if (stale) context.workbook.names.getItem(stale).delete();
        context.workbook.names.add(pendingMarker, ws.getRange('A1'), 'QS Assess: unfinished, completed on the next run');
      },
    },
  ];
}

function validationSteps(sheet: TemplateSheet): Step[] {
  const rows = Math.max(sheet.inputRows, sheet.rows.length);
  return sheet.columns.flatMap((c, i): Step[] => {
    if (!c.dropDown || rows === 0) return [];
    const source = officeListSource(c.dropDown);
    return [
      {
        bytes: jsonBytes(source) + jsonBytes(c.hint ?? '') + 200,
        queue: (context, sheets) => {
          const dv = sheetOf(context, sheets, sheet.name).getRangeByIndexes(1, i, rows, 1).dataValidation;
          // Cleared first: a resumed sheet may have this rule already.
          dv.clear();
          dv.rule = { list: { inCellDropDown: true, source } };
          if (c.hint) dv.prompt = { showPrompt: true, title: c.header, message: c.hint };
        },
      },
    ];
  });
}
