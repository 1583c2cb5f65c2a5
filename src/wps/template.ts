// Writes the blank template (新建模板) or the bundled sample (插入示例数据) into the open
// workbook: headers, data, number formats, bold filled header row, widths, frozen header, and the
// drop-down lists (Validation.Add, type list). Existing sheets are never touched: the template
// skips them and says so; the sample refuses to mix into them.
import { listFormula, type TemplateSheet } from '../engine';
import { attempt, a1, activeWorkbook, bgr, probe, yieldToUi } from './app';
import { XL, type EtApplication, type EtWorkbook, type EtWorksheet } from './et';
import { sheetKey } from './markers';
import { sheetsByKey } from './render';
import type { TemplateOutcome } from './types';
import { writeBlock } from './write';
import { WorkbookError } from './errors';

const HEADER_FILL = '#DDEBF7';

export async function writeTemplateSheets(
  app: EtApplication,
  content: TemplateSheet[],
  whenExists: 'skip' | 'refuse',
): Promise<TemplateOutcome> {
  const wb = activeWorkbook(app);
  const existing = sheetsByKey(wb);
  const clash = content.filter((s) => existing.has(sheetKey(s.name))).map((s) => s.name);
  if (clash.length > 0 && whenExists === 'refuse') {
    throw new WorkbookError(
      'sheet-conflict',
      `工作簿中已有工作表「${clash.join('」「')}」,示例数据未插入,现有数据未改动。请在新的空白工作簿中插入示例数据。`,
      clash,
    );
  }
  const todo = content.filter((s) => !existing.has(sheetKey(s.name)));
  const warnings: string[] = [];
  const screen = probe(() => app.ScreenUpdating);
  attempt(() => (app.ScreenUpdating = false));
  try {
    for (const sheet of todo) {
      writeSheet(app, wb, sheet, warnings);
      await yieldToUi();
    }
    // Drop-downs last: their lists point at other sheets (考核条款, 处罚标准, 单位), which exist by now.
    for (const sheet of todo) addDropDowns(sheetsByKey(wb).get(sheetKey(sheet.name))!, sheet, warnings);
    if (todo.length > 0) attempt(() => sheetsByKey(wb).get(sheetKey(todo[0].name))!.Activate());
  } finally {
    if (typeof screen === 'boolean') attempt(() => (app.ScreenUpdating = screen));
  }
  return { created: todo.map((s) => s.name), skipped: clash, warnings: [...new Set(warnings)] };
}

function writeSheet(app: EtApplication, wb: EtWorkbook, sheet: TemplateSheet, warnings: string[]): void {
  const ws = wb.Worksheets.Add(null, wb.Worksheets.Item(wb.Worksheets.Count));
  ws.Name = sheet.name;
  const cols = sheet.columns.length;
  const body = Math.max(sheet.inputRows, sheet.rows.length);
  // Formats before values, so a serial lands as a date and '5.1' stays the text the user typed.
  sheet.columns.forEach((c, i) => {
    if (c.numberFormat && body > 0) ws.Range(a1({ row: 1, col: i, rows: body, cols: 1 })).NumberFormat = c.numberFormat;
  });
  writeBlock(ws, sheet.name, 0, [sheet.columns.map((c) => c.header), ...sheet.rows], cols);
  const header = ws.Range(a1({ row: 0, col: 0, rows: 1, cols }));
  header.Font.Bold = true;
  header.Interior.Color = bgr(HEADER_FILL);
  sheet.columns.forEach((c, i) => (ws.Columns.Item(i + 1).ColumnWidth = c.width));
  const frozen = attempt(() => {
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitRow = 1;
    win.SplitColumn = 0;
    win.FreezePanes = true;
  });
  if (!frozen) warnings.push('表头行未能冻结,可在「视图 ▸ 冻结窗格」中手动设置。');
}

function addDropDowns(ws: EtWorksheet, sheet: TemplateSheet, warnings: string[]): void {
  const rows = Math.max(sheet.inputRows, sheet.rows.length);
  sheet.columns.forEach((c, i) => {
    if (!c.dropDown || rows === 0) return;
    const ok = attempt(() => {
      const v = ws.Range(a1({ row: 1, col: i, rows, cols: 1 })).Validation;
      v.Delete();
      // ET takes Formula1 as Excel's dialog does: an inline list without quotes, or =range.
      const source = c.dropDown!.range ? `=${listFormula(c.dropDown!)}` : (c.dropDown!.items ?? []).join(',');
      v.Add(XL.validateList, XL.validAlertStop, XL.between, source);
      if (c.hint) {
        v.InputTitle = c.header;
        v.InputMessage = c.hint;
        v.ShowInput = true;
      }
    });
    if (!ok) warnings.push(`工作表「${sheet.name}」的「${c.header}」列未能设置下拉列表,请按「考核条款」「处罚标准」中的写法手工填写。`);
  });
}
