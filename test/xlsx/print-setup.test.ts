// The print setup the .xlsx writer puts in each generated sheet (SPEC §3), read back from the
// package's XML: per-sheet page numbers from 1, the chart's manual page break, and a print area
// that leaves out the chart's data block.
import { strFromU8, unzipSync } from 'fflate';
import { assess, parsePeriod, sampleSheets, type Snapshot } from '../../src/engine';
import { writePlansWorkbook } from '../../src/xlsx/merge';

const snapshot: Snapshot = {
  sheets: sampleSheets().map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][],
  })),
};

test('each sheet numbered from 1; the summary breaks before its chart; the print area stops at the table’s last column', () => {
  const a = assess(snapshot, { period: parsePeriod('2026Q3')!, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error('sample does not validate');
  const plans = a.sheets();
  const files = unzipSync(writePlansWorkbook(plans));
  const sheets = Object.keys(files)
    .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    .sort()
    .map((f) => strFromU8(files[f]));
  expect(sheets).toHaveLength(plans.length);
  sheets.forEach((xml, i) => {
    expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(plans[i].print.rowBreaks ?? []);
  });
  const [summary] = plans;
  expect(summary.print.rowBreaks).toEqual([summary.charts[0].anchor.row]);
  // The defined print area: columns A … the table's last, never the chart's data block beyond it.
  const workbook = strFromU8(files['xl/workbook.xml']);
  const area = /<definedName name="_xlnm\.Print_Area" localSheetId="0">[^!]*!\$A\$1:\$([A-Z]+)\$(\d+)<\/definedName>/.exec(workbook)!;
  expect(area[1]).toBe(String.fromCharCode(64 + summary.print.area.cols));
  expect(summary.charts[0].categories.col).toBeGreaterThan(summary.print.area.cols);
});
