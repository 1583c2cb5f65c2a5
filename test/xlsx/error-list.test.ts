// The error list in an .xlsx (the browser page writes it through the package merge): its rows
// link to their cells with internal hyperlinks, and the sheet is ours — never read as input.
import { unzipSync, strFromU8 } from 'fflate';
import { parseWorkbook, planErrorList, sampleSheets } from '../../src/engine';
import { mergePlans, readSnapshot, writePlansWorkbook } from '../../src/xlsx';

test('internal hyperlinks to the cells; the sheet is marked, read back as generated and skipped', () => {
  const sheets = sampleSheets().map((s) => s.name);
  const errors = [
    { sheet: '部门考核记录', row: 5, column: 1, header: '日期', value: 'x', message: '无法识别的日期' },
    { sheet: "O'Brien", row: 2, column: 3, header: null, value: null, message: '单位不存在' },
  ];
  const plan = planErrorList(errors, parseWorkbook({ sheets: [] }).model.rules.params, [...sheets, "O'Brien"]);
  const bytes = writePlansWorkbook([plan]);
  const files = unzipSync(bytes);
  const sheetPart = Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = strFromU8(files[sheetPart]);
  expect(xml).toContain('<hyperlink ref="H4" location="&apos;部门考核记录&apos;!A5" display="转到 A5"/>');
  expect(xml).toContain('<hyperlink ref="H5" location="&apos;O&apos;&apos;Brien&apos;!C2" display="转到 C2"/>');
  // Element order of CT_Worksheet: mergeCells, hyperlinks, printOptions.
  expect(xml.indexOf('<mergeCells')).toBeLessThan(xml.indexOf('<hyperlinks>'));
  expect(xml.indexOf('</hyperlinks>')).toBeLessThan(xml.indexOf('<printOptions'));
  const again = mergePlans(bytes, [plan]);
  const snap = readSnapshot(again);
  expect(snap.sheets.filter((s) => s.name === plan.name)).toEqual([expect.objectContaining({ generated: true })]);
});
