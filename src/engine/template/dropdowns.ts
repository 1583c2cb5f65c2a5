// Drop-down lists and the formula text each host needs for them.
import type { DropDown } from './types';

/** The sheet reference inside a formula, always quoted: CJK names are legal unquoted, but quoting is never wrong. */
function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The data validation's formula1 as stored in the file (ExcelJS `formulae[0]`): an inline list in
 * double quotes (`"是,否"`), or a range (`'考核条款'!$A$2:$A$28`).
 */
export function listFormula(d: DropDown): string {
  if (d.range) return `${sheetRef(d.range.sheet)}!$${d.range.column}$${d.range.firstRow}:$${d.range.column}$${d.range.lastRow}`;
  return `"${(d.items ?? []).join(',')}"`;
}

/** Office.js `dataValidation.rule.list.source`: `是,否`, or `='考核条款'!$A$2:$A$28`. */
export function officeListSource(d: DropDown): string {
  if (d.range) return `=${listFormula(d)}`;
  return (d.items ?? []).join(',');
}
