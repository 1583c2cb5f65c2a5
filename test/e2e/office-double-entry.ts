// Loaded in place of office.js by the end-to-end test: installs the Excel double as the page's
// Office and Excel globals, holding the bundled sample workbook, before the real pane boots.
// Options come from the page URL: ?lang=en-US&theme=dark.
import { sampleSheets } from '../../src/engine/template';
import { ExcelDouble } from '../doubles/excel-double';

const query = new URLSearchParams(location.search);
const excel = new ExcelDouble({
  displayLanguage: query.get('lang') ?? 'zh-CN',
  theme: query.get('theme') === 'dark' ? 'dark' : 'light',
});
for (const sheet of sampleSheets()) {
  excel.addSheet(sheet.name, [sheet.columns.map((c) => c.header), ...sheet.rows]);
}
const { Office, Excel } = excel.globals();
const w = window as unknown as Record<string, unknown>;
w.Office = Office;
w.Excel = Excel;
// The shared runtime's functions bundle registers the QS functions at load.
const registered: string[] = [];
w.CustomFunctions = {
  associate: (id: string | Record<string, unknown>) => registered.push(...(typeof id === 'string' ? [id] : Object.keys(id))),
  Error: class extends Error {},
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    invalidNumber: '#NUM!',
    divisionByZero: '#DIV/0!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  },
};
// For the test to inspect what the pane wrote.
w.__qsDouble = {
  excel,
  registered,
  sheetNames: () => excel.sheets.map((s) => s.name),
  values: (name: string) => excel.valuesOf(name),
  page: (name: string) => excel.sheet(name)?.page,
  formulas: (name: string) => excel.sheet(name)?.formulas.size,
  names: () => excel.names,
  syncs: () => excel.syncs.length,
};
