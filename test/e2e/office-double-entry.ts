// Loaded in place of office.js by the end-to-end test: installs the Excel double as the page's
// Office and Excel globals, holding the bundled sample workbook, before the real pane boots.
// Options come from the page URL: ?lang=en-US&theme=dark&book=sample|empty|errors|old-excel.
import { sampleSheets } from '../../src/engine/template';
import { ExcelDouble } from '../doubles/excel-double';

const query = new URLSearchParams(location.search);
const book = query.get('book') ?? 'sample';
const excel = new ExcelDouble({
  displayLanguage: query.get('lang') ?? 'zh-CN',
  theme: query.get('theme') === 'dark' ? 'dark' : 'light',
  // Excel 2019 as volume-licensed: no shared runtime.
  sharedRuntime: book !== 'old-excel',
});
if (book === 'sample') {
  for (const sheet of sampleSheets()) excel.addSheet(sheet.name, [sheet.columns.map((c) => c.header), ...sheet.rows]);
} else if (book === 'errors') {
  excel.addSheet('单位', [
    ['单位编码', '单位名称', '类别', '第一责任人'],
    ['D01', '营销部', '部门', '黄晓燕'],
    ['S01', '城区供电所', '供电所', '孙伟'],
  ]);
  excel.addSheet('部门考核记录', [
    ['日期', '单位', '来源', '条款', '等级', '事项描述'],
    [46218, '营销部', '公司检查', '7.4', '轻微', '未公示电价'],
    ['2026-13-45', '营销部', '公司检查', '7.4', '轻微', '日期写错'],
    [46219, '不存在的部门', '公司检查', '99.9', '轻微', '单位和条款都不对'],
  ]);
} else {
  excel.addSheet('Sheet1');
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
