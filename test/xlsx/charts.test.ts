// Native charts from ChartPlans (src/xlsx/writer/charts.ts), merged as a drawing part and chart
// parts: the package is wired (rels, content types, references into our own cells), regenerating
// leaves no orphan parts, ExcelJS still opens the book, and LibreOffice prints the chart — its
// title and legend as text, its bars in their colour on the rendered page.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { mergePlans, writePlansWorkbook } from '../../src/xlsx';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { convertToPdf, findSoffice } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { chartedPlan, CHART_COLORS } from '../doubles/plans';

let dir: string;
let book: Buffer;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-charts-'));
  const file = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(file, true);
  book = fs.readFileSync(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) out[k] = strFromU8(v);
  return out;
}

test('a plan with a chart gets a drawing and a chart part, wired and referring to its own cells', () => {
  const plan = chartedPlan(12);
  const p = parts(mergePlans(book, [plan]));
  const charts = Object.keys(p).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
  const drawings = Object.keys(p).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k));
  expect(charts).toHaveLength(1);
  expect(drawings).toHaveLength(1);
  // Our sheet → its drawing → the chart, and content types for both.
  const sheetPart = Object.keys(p).find((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k) && p[k].includes('<drawing r:id="rId1"/>'))!;
  expect(sheetPart).toBeDefined();
  const sheetRels = p[sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels'];
  expect(sheetRels).toContain(`Target="../drawings/${path.basename(drawings[0])}"`);
  expect(p[`xl/drawings/_rels/${path.basename(drawings[0])}.rels`]).toContain(`Target="../charts/${path.basename(charts[0])}"`);
  expect(p['[Content_Types].xml']).toContain(
    `PartName="/${drawings[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`,
  );
  expect(p['[Content_Types].xml']).toContain(
    `PartName="/${charts[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
  );
  const chart = p[charts[0]];
  expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  expect(chart.match(/<c:ser>/g)).toHaveLength(3);
  expect(chart).toContain('<c:lineChart>');
  // Units B4:B15, scores D4:D15, grade lines F and G, on our sheet by its quoted name.
  expect(chart).toContain(`<c:f>&apos;${plan.name}&apos;!$B$4:$B$15</c:f>`.replace(/&apos;/g, "'"));
  expect(chart).toContain(`<c:f>'${plan.name}'!$D$4:$D$15</c:f>`);
  expect(chart).toContain(`<c:f>'${plan.name}'!$F$4:$F$15</c:f>`);
  expect(chart).toContain('<c:max val="100"/><c:min val="0"/>');
  // Anchored below the table: rows 17..37 (0-based from/to), columns 0..7.
  expect(p[drawings[0]]).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>');
  expect(p[drawings[0]]).toContain('<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>37</xdr:row>');
});

test('regenerating replaces the chart: no orphan drawing or chart parts, and ExcelJS still opens the book', async () => {
  const plan = chartedPlan(12);
  const once = mergePlans(book, [plan]);
  const twice = mergePlans(once, [plan]);
  const p = parts(twice);
  expect(Object.keys(p).filter((k) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(k))).toHaveLength(2);
  expect(Object.keys(p).filter((k) => /_rels\/(chart|drawing)\d+\.xml\.rels$/.test(k))).toHaveLength(1);
  expect(p['[Content_Types].xml'].match(/drawingml\.chart\+xml/g)).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(twice) as unknown as ArrayBuffer);
  expect(wb.getWorksheet(plan.name)?.getCell('B4').value).toBe('单位1');
});

const tools = officeTools('chart printing', ['pdftotext', 'pdftoppm']);
(tools.run ? test : test.skip)(
  'LibreOffice prints the chart: title and legend as text, the bars in their colour',
  async () => {
    if (tools.missing.length) throw new Error(`missing: ${tools.missing.join(', ')}`);
    const xlsx = path.join(dir, 'charted.xlsx');
    const pdf = path.join(dir, 'charted.pdf');
    fs.writeFileSync(xlsx, writePlansWorkbook([chartedPlan(12)]));
    await convertToPdf(xlsx, pdf, findSoffice());
    // pdftotext spaces out CJK next to digits in the chart's title: compare without white space.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('2026年第3季度各单位得分');
    // The legend, after the table (whose header also names the grade lines): 得分 then both lines.
    expect(text.slice(text.indexOf('各单位得分'))).toMatch(/得分优秀线合格线/);
    // Page 1 as raw RGB (PPM): count pixels of the bars' colour.
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', pdf, prefix]);
    const ppm = fs.readFileSync(
      fs
        .readdirSync(dir)
        .map((f) => path.join(dir, f))
        .find((f) => f.endsWith('.ppm'))!,
    );
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 50))!;
    const pixels = ppm.subarray(header[0].length);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(CHART_COLORS.bar.slice(i, i + 2), 16));
    let bar = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) {
      if (Math.abs(pixels[i] - r) < 24 && Math.abs(pixels[i + 1] - g) < 24 && Math.abs(pixels[i + 2] - b) < 24) bar++;
    }
    expect(bar).toBeGreaterThan(500);
  },
  180_000,
);
