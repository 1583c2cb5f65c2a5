// Writing the summaries by package merge (src/xlsx/merge.ts), on real files: the output opens in
// ExcelJS and in LibreOffice, regenerating keeps one set of our sheets and leaves every part of the
// user's package byte for byte, parts ExcelJS does not model survive, odd sheet names and files
// from other producers (prefixed XML, no styles part) work.
//
// The LibreOffice checks need soffice and pdftotext; without them they skip with a message —
// except when env CI is set, where they must run and fail.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parsePeriod, parseWorkbook, planSummaries, score, type CellStyle, type SheetPlan, type Snapshot } from '../../src/engine';
import { mergePlansIntoPackage, mergeStyles } from '../../src/xlsx/merge';
import { writeSummariesFile } from '../../src/xlsx/node/write';
import { markedSheets } from '../../src/xlsx/exceljs/markers';
import { snapshotOfWorkbook } from '../helpers/exceljs-snapshot';
import { rangeAddress, SheetNameClashError } from '../../src/xlsx/exceljs/render';
import { toCellValue } from '../helpers/cell-value';
import { writeSnapshotFile } from '../helpers/write-snapshot';
import { convertToPdf } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { FileProblem } from '../../src/xlsx/node/files';
import { generateWorkbook } from '../../bench/generate';
import { tempDir } from '../cli/helpers';

let dir: string;
let snapshot: Snapshot;
let plans: SheetPlan[]; // 2026Q3: summary and detail
let annual: SheetPlan[];
let input: Buffer; // a 300-event book written by ExcelJS's streaming writer, plus parts ExcelJS does not model

const CUSTOM_PART = 'customXml/qs-test-item1.xml';
const CUSTOM_CONTENT = '<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:qs-test">不是 ExcelJS 认识的部件 &amp; 其他</root>';
const SHEET_BLOB = 'xl/qsTest/blob1.bin';
const BOOKKEEPING = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

async function entries(buf: Buffer | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

async function load(buf: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Adds parts no spreadsheet library models: a custom XML part off the workbook, an unknown blob off sheet 1. */
async function withForeignParts(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.file(CUSTOM_PART, CUSTOM_CONTENT);
  zip.file(SHEET_BLOB, Buffer.from([0, 1, 2, 3, 254, 255]));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdQsTest" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/qs-test-item1.xml"/></Relationships>',
    ),
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdBlob" Type="urn:qs-test:blob" Target="../qsTest/blob1.bin"/></Relationships>',
  );
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', ct.replace('</Types>', '<Default Extension="bin" ContentType="application/octet-stream"/></Types>'));
  return (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })) as Buffer;
}

function plansFor(s: Snapshot, period: string): SheetPlan[] {
  const { model, errors } = parseWorkbook(s);
  expect(errors).toEqual([]);
  // The merge is exercised on the summary and the detail; the 个人罚款 sheet is a plan like them
  // (the cli tests write it through the same merge).
  return planSummaries(model, score(model, parsePeriod(period)!)).filter((p) => !p.kind.endsWith('-people'));
}

beforeAll(async () => {
  dir = tempDir('qs-merge-');
  snapshot = generateWorkbook({ events: 300 });
  plans = plansFor(snapshot, '2026Q3');
  annual = plansFor(snapshot, '2026');
  const file = path.join(dir, 'book.xlsx');
  await writeSnapshotFile(snapshot, file);
  input = await withForeignParts(fs.readFileSync(file));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function oddlyNamed(ps: SheetPlan[], names: string[]): SheetPlan[] {
  return ps.map((p, i) => ({ ...p, name: names[i], marker: `QSAssess.test.odd${i}` }));
}

/** The number format each cell of a plan ends up with (style ranges applied in order). */
function numberFormats(plan: SheetPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const { range, style } of plan.styles as { range: SheetPlan['merges'][number]; style: CellStyle }[]) {
    if (!style.numberFormat) continue;
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) out.set(`${r},${c}`, style.numberFormat);
  }
  return out;
}

/** Our sheet in a read-back workbook shows exactly the plan: values, formats, merges, print setup. */
function expectSheetMatchesPlan(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = wb.getWorksheet(plan.name);
  expect(ws).toBeDefined();
  const merged = new Set((ws!.model as { merges: string[] }).merges);
  const masters = new Set(plan.merges.map((m) => `${m.row},${m.col}`));
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws!.getCell(r + 1, c + 1);
      if (cell.isMerged && !masters.has(`${r},${c}`)) return;
      // An empty-text cell (the sign-off line's blanks) reads back as empty.
      expect([r, c, toCellValue(cell.value)]).toEqual([r, c, v === '' ? null : v]);
    }),
  );
  for (const [rc, nf] of numberFormats(plan)) {
    const [r, c] = rc.split(',').map(Number);
    expect([rc, ws!.getCell(r + 1, c + 1).numFmt]).toEqual([rc, nf]);
  }
  for (const m of plan.merges) expect(merged).toContain(rangeAddress(m));
  const ps = ws!.pageSetup;
  expect(ps.paperSize).toBe(9);
  expect(ps.orientation).toBe(plan.print.orientation);
  expect(ps.fitToWidth).toBe(plan.print.fitToWidth);
  expect(ps.printTitlesRow).toBe(`${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}`);
  expect(String(ps.printArea).replace(/\$/g, '')).toBe(rangeAddress(plan.print.area));
  expect(ws!.headerFooter.oddFooter).toBe(`&C${plan.print.footer}`);
}

describe('merging our sheets into the user package', () => {
  test('opens in ExcelJS: our sheets as planned and marked, the user sheets as they were', async () => {
    const merged = await mergePlansIntoPackage(input, plans);
    const wb = await load(merged);
    const before = snapshotOfWorkbook(await load(input));
    const after = snapshotOfWorkbook(wb);
    expect(after.sheets.map((s) => [s.name, s.generated ?? false])).toEqual([
      ...before.sheets.map((s) => [s.name, false]),
      ...plans.map((p) => [p.name, true]),
    ]);
    expect(after.sheets.filter((s) => !s.generated)).toEqual(before.sheets);
    for (const p of plans) expectSheetMatchesPlan(wb, p);
    expect([...markedSheets(wb)].sort()).toEqual(plans.map((p) => p.name).sort());
    const markers = (wb.definedNames.model as { name: string }[]).map((n) => n.name).filter((n) => n.startsWith('QSAssess.'));
    expect(markers.sort()).toEqual(plans.map((p) => p.marker).sort());
  });

  test('regenerating twice: one set of our sheets, every user part byte for byte, the package stable', async () => {
    const once = await mergePlansIntoPackage(input, plans);
    const withYear = await mergePlansIntoPackage(once, annual);
    const twice = await mergePlansIntoPackage(withYear, plans);
    const thrice = await mergePlansIntoPackage(twice, plans);
    const wb = await load(thrice);
    const generated = snapshotOfWorkbook(wb)
      .sheets.filter((s) => s.generated)
      .map((s) => s.name);
    // Replaced in place: the quarter's sheets keep their tabs, the year's stays after them.
    expect(generated).toEqual([...plans.map((p) => p.name), ...annual.map((p) => p.name)]);
    for (const p of [...plans, ...annual]) expectSheetMatchesPlan(wb, p);
    const names = (wb.definedNames.model as { name: string }[]).map((n) => n.name);
    expect(names.filter((n) => n.startsWith('QSAssess.')).sort()).toEqual([...plans, ...annual].map((p) => p.marker).sort());

    const original = await entries(input);
    const result = await entries(thrice);
    for (const [name, bytes] of original) {
      if (BOOKKEEPING.includes(name)) continue;
      expect([name, result.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect(result.get(CUSTOM_PART)!.toString('utf8')).toBe(CUSTOM_CONTENT);
    expect(result.get(SHEET_BLOB)).toEqual(Buffer.from([0, 1, 2, 3, 254, 255]));
    expect(result.get('xl/_rels/workbook.xml.rels')!.toString()).toContain('Target="../customXml/qs-test-item1.xml"');
    // Exactly the user's parts plus one part per generated sheet, and four per chart: the sheet's
    // rels, its drawing, the drawing's rels and the chart.
    const charts = [...plans, ...annual].reduce((n, p) => n + p.charts.length, 0);
    expect(result.size).toBe(original.size + plans.length + annual.length + 4 * charts);
    // Regenerating the same plans again changes nothing at all (styles are not appended twice).
    const again = await entries(await mergePlansIntoPackage(thrice, plans));
    expect([...again.keys()].sort()).toEqual([...result.keys()].sort());
    // (Only the new sheets' r:id and sheetId move on: each regeneration makes new sheets.)
    const ids = (b: Buffer) => b.toString().replace(/\b(r:id|Id|sheetId)="[^"]*"/g, '$1=""');
    for (const [name, bytes] of result) expect([name, ids(again.get(name)!)]).toEqual([name, ids(bytes)]);
  });

  test("a user's sheet with a plan's name, without our marker, is refused before anything is built", async () => {
    const wb = await load(input);
    wb.addWorksheet(plans[0].name).getCell('A1').value = '我自己的';
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(mergePlansIntoPackage(buf, plans)).rejects.toBeInstanceOf(SheetNameClashError);
  });

  test("sheet names with &, ', quotes and < >: ours and the user's", async () => {
    const userOdd = `A&B's "备注" <1>`;
    const wb0 = await load(input);
    wb0.addWorksheet(userOdd).getCell('B2').value = '用户 & 数据';
    wb0.definedNames.add(`'${userOdd.replace(/'/g, "''")}'!$B$2`, 'userCell');
    const book = Buffer.from((await wb0.xlsx.writeBuffer()) as ArrayBuffer);

    // ExcelJS cannot read back a print area on a sheet whose name has an apostrophe (its own
    // files neither), so ours with & " < > are read back by ExcelJS…
    const named = oddlyNamed(plans, [`R&D "季度" <汇总>`, 'R&D 明细']);
    const wb = await load(await mergePlansIntoPackage(await mergePlansIntoPackage(book, named), named));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...snapshot.sheets.map((x) => x.name), userOdd, ...named.map((p) => p.name)]);
    for (const p of named) expectSheetMatchesPlan(wb, p);
    expect([...markedSheets(wb)].sort()).toEqual(named.map((p) => p.name).sort());
    expect(wb.getWorksheet(userOdd)!.getCell('B2').value).toBe('用户 & 数据');
    expect((wb.definedNames.model as { name: string }[]).map((n) => n.name)).toContain('userCell');

    // …and one with an apostrophe is checked in the XML (and printed by LibreOffice below).
    const withQuote = oddlyNamed(plans, [`R&D's <汇总>`, `"明细" & Co`]);
    const twice = await entries(await mergePlansIntoPackage(await mergePlansIntoPackage(book, withQuote), withQuote));
    const xml = twice.get('xl/workbook.xml')!.toString();
    const sheetNames = [...xml.matchAll(/<sheet name="([^"]*)"/g), ...xml.matchAll(/<sheet sheetId="\d+" name="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(sheetNames.filter((n) => n === 'R&amp;D&apos;s &lt;汇总&gt;')).toHaveLength(1);
    expect(sheetNames.filter((n) => n === '&quot;明细&quot; &amp; Co')).toHaveLength(1);
    expect(xml).toContain('<definedName name="QSAssess.test.odd0">&apos;R&amp;D&apos;&apos;s &lt;汇总&gt;&apos;!$A$1</definedName>');
    expect(xml.match(/name="QSAssess\.test\.odd0"/g)).toHaveLength(1);
    expect(xml.match(/name="_xlnm\.Print_Area"/g)).toHaveLength(2);
    expect(xml).toContain(`<definedName name="userCell">&apos;A&amp;B&apos;&apos;s &quot;备注&quot; &lt;1&gt;&apos;!$B$2</definedName>`);
  });

  test("names and calcChain: our names of a replaced sheet go, the user's names into it stay (issue 22), the others point where they did", async () => {
    // user sheet, our old sheet (with a user's local name and a global name into it), user sheet
    const wb0 = new ExcelJS.Workbook();
    wb0.addWorksheet('前').getCell('A1').value = 1;
    const old = wb0.addWorksheet(plans[0].name);
    old.getCell('A1').value = '旧的汇总';
    wb0.addWorksheet('后').getCell('A1').value = { formula: `'${plans[0].name}'!A1`, result: '旧的汇总' };
    wb0.getWorksheet('后')!.pageSetup.printArea = 'A1:C3';
    wb0.definedNames.add(`'${plans[0].name}'!$A$1`, plans[0].marker);
    wb0.definedNames.add(`'${plans[0].name}'!$B$2`, 'intoOld');
    wb0.definedNames.add(`'后'!$A$1`, 'keepMe');
    const zip = await JSZip.loadAsync(await wb0.xlsx.writeBuffer());
    let wbXml = await zip.file('xl/workbook.xml')!.async('string');
    wbXml = wbXml.replace('</definedNames>', '<definedName name="localOnOld" localSheetId="1">\'后\'!$A$1</definedName></definedNames>');
    zip.file('xl/workbook.xml', wbXml);
    zip.file(
      'xl/calcChain.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="3"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      ct.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const book = (await zip.generateAsync({ type: 'nodebuffer' })) as Buffer;

    const merged = await mergePlansIntoPackage(book, plans);
    const out = await entries(merged);
    expect(out.has('xl/calcChain.xml')).toBe(false);
    expect(out.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('calcChain');
    expect(out.get('[Content_Types].xml')!.toString()).not.toContain('calcChain');
    const xml = out.get('xl/workbook.xml')!.toString();
    // The user's names into our regenerated sheet are kept (issue 22: never deleted silently), on the new sheet.
    expect(xml).toContain(`<definedName name="intoOld">&apos;${plans[0].name}&apos;!$B$2</definedName>`);
    expect(xml).toMatch(/<definedName name="localOnOld" localSheetId="1">/);
    expect(xml).toMatch(/<definedName name="keepMe">/);
    const wb = await load(merged);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['前', plans[0].name, '后', plans[1].name]);
    expect(String(wb.getWorksheet('后')!.pageSetup.printArea).replace(/\$/g, '')).toBe('A1:C3');
    expect(wb.getWorksheet('后')!.getCell('A1').value).toEqual({ formula: `'${plans[0].name}'!A1`, result: '旧的汇总' });
    for (const p of plans) expectSheetMatchesPlan(wb, p);

    // No sheet removed (first generation into a book with a calcChain): calcChain stays.
    const fresh = await JSZip.loadAsync(book);
    const kept = await entries(await mergePlansIntoPackage(await fresh.generateAsync({ type: 'nodebuffer' }), annual));
    expect(kept.has('xl/calcChain.xml')).toBe(true);
  });

  test("a user's names into a generated sheet they renamed stay, with the sheet (it is no longer replaced by name)", async () => {
    const wb0 = new ExcelJS.Workbook();
    wb0.addWorksheet('数据').getCell('A1').value = 1;
    wb0.addWorksheet('我改名的汇总').getCell('A1').value = '旧的汇总';
    wb0.definedNames.add(`'我改名的汇总'!$A$1`, plans[0].marker);
    wb0.definedNames.add(`'我改名的汇总'!$C$5:$D$9`, '本季得分');
    const out = await entries(await mergePlansIntoPackage(Buffer.from(await wb0.xlsx.writeBuffer()), plans));
    const xml = out.get('xl/workbook.xml')!.toString();
    expect(xml).toContain(`<definedName name="本季得分">&apos;我改名的汇总&apos;!$C$5:$D$9</definedName>`);
    expect(xml).toMatch(/<sheet [^>]*name="我改名的汇总"/);
  });

  test('regenerating asks for a full recalculation on open (a user formula reading our sheet would keep a stale value); a first generation does not', async () => {
    const wb0 = new ExcelJS.Workbook();
    wb0.addWorksheet('我的表').getCell('A1').value = { formula: `'${plans[0].name}'!F5`, result: 0 };
    const first = await mergePlansIntoPackage(Buffer.from(await wb0.xlsx.writeBuffer()), plans);
    const wbXml = async (b: Uint8Array) => (await entries(b)).get('xl/workbook.xml')!.toString();
    expect(await wbXml(first)).not.toMatch(/fullCalcOnLoad/);
    const again = await wbXml(await mergePlansIntoPackage(first, plans));
    expect(again).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(again.match(/<calcPr\b/g)).toHaveLength(1);
  });

  test('a workbook from another producer: inline strings, no styles or sharedStrings part', async () => {
    const book = await handMadeWorkbook(false);
    const merged = await mergePlansIntoPackage(book, plans);
    const wb = await load(merged);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['A&B', ...plans.map((p) => p.name)]);
    expect(wb.getWorksheet('A&B')!.getCell('A1').value).toBe('文本 <1>');
    expect(wb.getWorksheet('A&B')!.getCell('B1').value).toBe(42);
    for (const p of plans) expectSheetMatchesPlan(wb, p);
    const before = await entries(book);
    const after = await entries(merged);
    expect(after.get('xl/worksheets/sheet1.xml')!.equals(before.get('xl/worksheets/sheet1.xml')!)).toBe(true);
    expect(after.get('[Content_Types].xml')!.toString()).toContain(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    const again = await load(await mergePlansIntoPackage(merged, plans));
    expect(again.worksheets.map((w) => w.name)).toEqual(['A&B', ...plans.map((p) => p.name)]);
  });

  test('… and with namespace prefixes (x:, rel:) throughout', async () => {
    // ExcelJS cannot read prefixed SpreadsheetML at all; the XML is checked here, LibreOffice opens it below.
    const book = await handMadeWorkbook(true);
    const twice = await mergePlansIntoPackage(await mergePlansIntoPackage(book, plans), plans);
    const before = await entries(book);
    const after = await entries(twice);
    expect(after.get('xl/worksheets/sheet1.xml')!.equals(before.get('xl/worksheets/sheet1.xml')!)).toBe(true);
    const xml = after.get('xl/workbook.xml')!.toString();
    expect(xml).toMatch(
      /^<\?xml[^>]*\?><x:workbook [^>]*><x:sheets><x:sheet name="A&amp;B" sheetId="1" rel:id="rId1"\/><x:sheet name="2026年第3季度考核汇总" sheetId="\d+" rel:id="rId\d+"\/><x:sheet name="2026年第3季度扣分明细" sheetId="\d+" rel:id="rId\d+"\/><\/x:sheets><x:definedNames>/,
    );
    expect(xml.match(/<x:definedName name="QSAssess\.2026Q3\.summary">/g)).toHaveLength(1);
    expect(xml).toMatch(/<x:definedName name="_xlnm\.Print_Titles" localSheetId="1">/);
    expect(xml).toMatch(/<x:definedName name="_xlnm\.Print_Titles" localSheetId="2">/);
    expect(xml).not.toMatch(/<definedName|<sheet /);
    expect(after.get('xl/styles.xml')).toBeDefined();
    expect([...after.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length).toBe(3);
  });

  test('a package whose workbook XML cannot be merged is a FileProblem, and nothing is written', async () => {
    const zip = await JSZip.loadAsync(await handMadeWorkbook(false));
    zip.file(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1" r:id="rId1"/>',
    );
    const book = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(book, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = path.join(dir, 'broken-out.xlsx');
    await expect(writeSummariesFile(book, out, plans)).rejects.toBeInstanceOf(FileProblem);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('writeSummariesFile writes atomically, in place too', async () => {
    const book = path.join(dir, 'inplace', 'book.xlsx');
    fs.mkdirSync(path.dirname(book));
    fs.writeFileSync(book, input);
    await writeSummariesFile(book, book, plans);
    expect(fs.readdirSync(path.dirname(book))).toEqual(['book.xlsx']);
    const wb = await load(fs.readFileSync(book));
    expect([...markedSheets(wb)].sort()).toEqual(plans.map((p) => p.name).sort());
  });
});

describe('merging styles', () => {
  test('prefixed styles: custom number formats renumbered past the file’s, counts updated, nothing appended twice', () => {
    const theirs =
      '<?xml version="1.0" encoding="UTF-8"?><s:styleSheet xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<s:numFmts count="1"><s:numFmt numFmtId="164" formatCode="0.000"/></s:numFmts>' +
      '<s:fonts count="1"><s:font><s:sz val="11"/><s:name val="Arial"/></s:font></s:fonts>' +
      '<s:fills count="2"><s:fill><s:patternFill patternType="none"/></s:fill><s:fill><s:patternFill patternType="gray125"/></s:fill></s:fills>' +
      '<s:borders count="1"><s:border><s:left/><s:right/><s:top/><s:bottom/><s:diagonal/></s:border></s:borders>' +
      '<s:cellStyleXfs count="1"><s:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></s:cellStyleXfs>' +
      '<s:cellXfs count="2"><s:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><s:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></s:cellXfs>' +
      '</s:styleSheet>';
    const ours =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="16"/><name val="宋体"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf></cellXfs></styleSheet>';
    const { xml, xfMap } = mergeStyles(theirs, ours);
    expect(xml).toContain(
      '<s:numFmts count="2"><s:numFmt numFmtId="164" formatCode="0.000"/><s:numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></s:numFmts>',
    );
    expect(xml).toContain('<s:fonts count="2">');
    expect(xml).toContain('<s:font><s:b/><s:sz val="16"/><s:name val="宋体"/></s:font></s:fonts>');
    expect(xml).toContain('<s:fills count="3">');
    expect(xml).toContain('<s:borders count="1">');
    expect(xml).toContain('<s:cellXfs count="4">');
    // Ours: xf 0 is the file's xf 0; xf 1 → new (yyyy-mm-dd is 165 now, font 1, fill 2); xf 2 uses the file's 0.000 (164).
    expect(xfMap).toEqual([0, 2, 3]);
    expect(xml).toContain('<s:xf numFmtId="165" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(xml).toContain(
      '<s:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"><s:alignment horizontal="center"/></s:xf></s:cellXfs>',
    );
    // Merging the same styles into the result adds nothing.
    expect(mergeStyles(xml, ours)).toEqual({ xml, xfMap });
  });
});

/** A minimal .xlsx as another program might write it: an inline string, nothing optional; with `prefixed`, x: and rel: prefixes. */
async function handMadeWorkbook(prefixed: boolean): Promise<Buffer> {
  const x = prefixed ? 'x:' : '';
  const xmlns = prefixed ? 'xmlns:x' : 'xmlns';
  const r = prefixed ? 'rel' : 'r';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
      `xmlns:${r}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${x}sheets><${x}sheet name="A&amp;B" sheetId="1" ${r}:id="rId1"/></${x}sheets></${x}workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${x}sheetData>` +
      `<${x}row r="1"><${x}c r="A1" t="inlineStr"><${x}is><${x}t>文本 &lt;1&gt;</${x}t></${x}is></${x}c><${x}c r="B1"><${x}v>42</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`,
  );
  return (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })) as Buffer;
}

// ───────────────────────────── LibreOffice ─────────────────────────────

const { run: runOffice, missing } = officeTools('LibreOffice merge tests', ['pdftotext']);
const describeOffice = runOffice ? describe : describe.skip;

describeOffice('the merged file opens in LibreOffice', () => {
  beforeAll(() => {
    if (missing.length) throw new Error(`CI is set but ${missing.join(', ')} is missing: install LibreOffice and poppler-utils`);
  });

  const printed = async (buf: Buffer | Uint8Array, name: string): Promise<string> => {
    const xlsx = path.join(dir, `${name}.xlsx`);
    const pdf = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(xlsx, buf);
    await convertToPdf(xlsx, pdf);
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  };

  test('a regenerated book with foreign parts prints our title and the user data', async () => {
    const merged = await mergePlansIntoPackage(await mergePlansIntoPackage(input, plans), plans);
    const text = await printed(merged, 'lo-merged');
    expect(text).toContain(String(plans[0].values[0][0]).replace(/\s+/g, ' '));
    expect(text).toContain('单位编码');
  }, 180_000);

  test('the hand-made books from another producer, plain and prefixed', async () => {
    for (const prefixed of [false, true]) {
      const text = await printed(await mergePlansIntoPackage(await handMadeWorkbook(prefixed), plans), `lo-handmade-${prefixed}`);
      expect(text).toContain(String(plans[0].values[0][0]).replace(/\s+/g, ' '));
      expect(text).toContain('文本 <1>');
    }
  }, 180_000);

  test("our sheets named with & and ' print under their names' print setup", async () => {
    const named = oddlyNamed(plans, [`R&D's <汇总>`, `"明细" & Co`]);
    const text = await printed(await mergePlansIntoPackage(await mergePlansIntoPackage(input, named), named), 'lo-odd');
    expect(text).toContain(String(plans[0].values[0][0]).replace(/\s+/g, ' '));
  }, 180_000);
});
