// TemplateSheets (src/engine/template) → ExcelJS worksheets: header row, widths, formats,
// drop-downs and data rows. Content is decided by the engine; this only draws it.
import type ExcelJS from 'exceljs';
import { listFormula, type TemplateSheet } from '../../engine';
import { columnLetter } from '../../engine';
import { SHEET_FONT } from './render';

/** ExcelJS has `worksheet.dataValidations` but its typings leave it out. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation | { type: 'any'; allowBlank?: boolean }): void };
};

const HEADER_FILL = 'FFDDEBF7';
const HEADER_HEIGHT = 20;

export function renderTemplate(workbook: ExcelJS.Workbook, sheets: TemplateSheet[]): void {
  for (const t of sheets) drawTemplateSheet(workbook.addWorksheet(t.name), t);
}

function drawTemplateSheet(ws: ExcelJS.Worksheet, t: TemplateSheet): void {
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  // Column styles first: cells created afterwards (ours and the user's) inherit the format.
  t.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    column.font = { name: SHEET_FONT, size: 11 };
    if (c.numberFormat) column.numFmt = c.numberFormat;
  });

  const header = ws.getRow(1);
  header.height = HEADER_HEIGHT;
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = {
      font: { name: SHEET_FONT, size: 11, bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
      alignment: { horizontal: 'center', vertical: 'middle' },
      border: { bottom: { style: 'thin' } },
      numFmt: 'General',
    };
  });

  t.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, c) => {
      // Plain assignment: ExcelJS writes strings as text cells, never as formulas.
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });

  const last = t.inputRows + 1;
  const validations = (ws as WithValidations).dataValidations;
  t.columns.forEach((c, i) => {
    if (!c.dropDown && !c.hint) return;
    const letter = columnLetter(i + 1);
    const prompt = c.hint ? { showInputMessage: true, prompt: c.hint } : {};
    if (c.dropDown) {
      validations.add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(c.dropDown)],
        // A warning, not a stop: codes (L2, S03) and clause spellings (第8.4条) are valid too.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '不在列表中',
        error: '该值不在下拉列表中。若确认无误(如填写代码),请点“是”继续。',
        ...prompt,
      });
    } else {
      validations.add(`${letter}2:${letter}${last}`, { type: 'any', allowBlank: true, ...prompt });
    }
  });
}
