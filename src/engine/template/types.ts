// The blank template and the bundled sample as plain data, drawn by both hosts: src/xlsx (ExcelJS,
// for `qs-assess init`) and src/office (Office.js, for the task pane). Hosts decide nothing about
// content; they only translate these shapes. Row 1 of every sheet is the header row and is frozen.
import type { CellValue } from '../types';

/** What a drop-down offers. */
export type ListKind = 'category' | 'source' | 'clause' | 'level' | 'yesNo' | 'unit' | 'area' | 'grade' | 'calendarType' | 'finding';

/**
 * A drop-down (data validation, type list). Short closed lists are inline `items`; lists the user
 * may edit (条款, 等级, 单位) point at a column of another sheet instead, so the drop-down follows
 * the workbook's own rules, and Excel's 255-character limit on inline lists never bites.
 */
export interface DropDown {
  kind: ListKind;
  items?: string[];
  /** 1-based rows of `sheet`'s `column` (a letter). */
  range?: { sheet: string; column: string; firstRow: number; lastRow: number };
}

export interface TemplateColumn {
  header: string;
  /** Excel character widths. */
  width: number;
  /** Excel number format for the data cells, e.g. 'yyyy-mm-dd', '@' (text), '0.00'. */
  numberFormat?: string;
  dropDown?: DropDown;
  /** One line shown when the cell is selected (the data validation's input prompt). */
  hint?: string;
}

export interface TemplateSheet {
  name: string;
  columns: TemplateColumn[];
  /** Data rows under the header (row 2 onwards). Dates are Excel serials; strings are literal text. */
  rows: CellValue[][];
  /** How many rows under the header get the columns' drop-downs and number formats. */
  inputRows: number;
}
