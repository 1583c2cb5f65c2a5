// The template and the bundled sample as pure data, for the ExcelJS and Office.js renderers.
export type { DropDown, ListKind, TemplateColumn, TemplateSheet } from './types';
export { listFormula, officeListSource } from './dropdowns';
export { templateSheets, INPUT_ROWS } from './template';
export { sampleSheets, SAMPLE_YEAR } from './sample';
