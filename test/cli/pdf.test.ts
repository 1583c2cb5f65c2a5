// Printing through LibreOffice: a 60-unit quarterly summary becomes an A4 landscape PDF whose page
// count, titles, unit names and page numbers are what the plan implies. Also proves another
// spreadsheet program opens our files and shows user text beginning with '=' as text.
//
// Needs soffice, pdfinfo and pdftotext. Without them the tests skip with a message — except when
// env CI is set, where they must run and fail.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parsePeriod, parseWorkbook, planSummaries, score, type SheetPlan, type Snapshot } from '../../src/engine';
import { renderPlans } from '../../src/xlsx/exceljs/render';
import { printWorkbookToPdf } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { generateWorkbook, DEPARTMENTS, SUB_UNITS } from '../../bench/generate';
import { runBin, tempDir } from './helpers';
import { provenanceOf } from '../../src/xlsx/node/fingerprint';

const { run, missing } = officeTools('LibreOffice PDF tests', ['pdfinfo', 'pdftotext']);
const describePdf = run ? describe : describe.skip;

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)![1]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages, width: Number(m[1]), height: Number(m[2]) };
}

function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/**
 * Pages the plan implies when printed one page wide: the scale that fits the columns' width onto
 * the printable width, then rows laid down page by page with the title rows repeated on each.
 * Column widths convert as Excel does (7 px per character + 5 px padding at 96 dpi); rows without
 * a height take the default 15 pt.
 */
function impliedPages(plan: SheetPlan): number {
  const { margins, titleRows, area } = plan.print;
  const A4 = { long: 841.89, short: 595.28 };
  const widthPt = plan.columnWidths.slice(area.col, area.col + area.cols).reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, (A4.long - (margins.left + margins.right) * 72) / widthPt);
  const usable = (A4.short - (margins.top + margins.bottom) * 72) / scale;
  const heights = new Map(plan.rowHeights.map((r) => [r.row, r.height]));
  const h = (r: number) => heights.get(r) ?? 15;
  let titles = 0;
  for (let r = titleRows.first; r <= titleRows.last; r++) titles += h(r);
  let pages = 1;
  let used = 0;
  for (let r = area.row; r < area.row + area.rows; r++) {
    if (used + h(r) > usable) {
      pages++;
      used = titles;
    }
    used += h(r);
  }
  return pages;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('qs-pdf-');
  if (run && missing.length) throw new Error(`CI is set but ${missing.join(', ')} is missing: install LibreOffice and poppler-utils`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function plansFor(snapshot: Snapshot, period: string): SheetPlan[] {
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  return planSummaries(model, score(model, parsePeriod(period)!));
}

describePdf('printing through LibreOffice', () => {
  test('a 60-unit quarterly summary: A4 landscape, the implied page count, titles, every unit, page numbers', async () => {
    const snapshot = generateWorkbook({ events: 3000 });
    const [summary] = plansFor(snapshot, '2026Q3');
    expect(summary.kind).toBe('quarter-summary');
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [summary]);
    const pdf = path.join(dir, 'q3-60.pdf');
    await printWorkbookToPdf(wb, pdf);

    const info = pdfInfo(pdf);
    expect(Math.round(info.width)).toBe(842);
    expect(Math.round(info.height)).toBe(595);
    const implied = impliedPages(summary);
    expect(implied).toBeGreaterThan(1);
    expect(info.pages).toBeGreaterThanOrEqual(implied - 1);
    expect(info.pages).toBeLessThanOrEqual(implied + 1);

    const title = String(summary.values[0][0]);
    expect(title).toContain('2026年第3季度');
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    expect(text).toContain(title.replace(/\s+/g, ' '));
    for (const name of [...DEPARTMENTS, ...SUB_UNITS]) expect(text).toContain(name);
    for (let p = 1; p <= info.pages; p++) {
      const page = pdfText(pdf, p).replace(/\s+/g, ' ');
      // The footer '第 &P 页 共 &N 页'; pdftotext may drop the spaces between CJK glyphs.
      expect(page.replace(/\s+/g, '')).toContain(`第${p}页共${info.pages}页`);
      // The header row is repeated at the top of every page.
      expect(page).toMatch(/序号 单位/);
    }
  });

  test("user text beginning with '=' prints as text in another spreadsheet program", async () => {
    const snapshot = generateWorkbook({ events: 200 });
    const ledger = snapshot.sheets.find((s) => s.name === '二级单位考核记录')!;
    const descCol = ledger.values[0].indexOf('事项描述');
    const q3Row = ledger.values.findIndex((r, i) => i > 0 && typeof r[0] === 'number' && r[0] >= 46204 && r[0] <= 46295);
    ledger.values[q3Row][descCol] = '=1+1 客户留言';
    const plans = plansFor(snapshot, '2026Q3');
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, plans);
    const pdf = path.join(dir, 'formula-text.pdf');
    await printWorkbookToPdf(wb, pdf);
    expect(pdfText(pdf)).toContain('=1+1 客户留言');
  });

  test('qs-assess summarize --pdf on the sample, through the real bin', () => {
    const book = path.join(dir, 'sample.xlsx');
    expect(runBin(['init', book, '--sample'], dir).code).toBe(0);
    const pdf = path.join(dir, '2026Q3.pdf');
    const r = runBin(['summarize', book, '--period', '2026Q3', '--pdf', pdf], dir);
    if (r.code !== 0) throw new Error(`summarize --pdf failed (${r.code}): ${r.stderr}`);
    const info = pdfInfo(pdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    const pages = Array.from({ length: info.pages }, (_, i) => pdfText(pdf, i + 1));
    const text = pages[0];
    expect(text).toContain('黄冈黄州区供电公司');
    expect(text).toContain('路口供电所');
    expect(text).toMatch(/制表人：\s*刘婷/);
    // SPEC §3: the summary table on one page (all 18 units, the sign-off), the chart on the next;
    // each sheet numbered from 1 with its own total; nothing printed that only feeds the chart.
    const footer = (p: string) => /第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/.exec(p)!.slice(1).map(Number);
    const summaryPages = pages.filter((p) => p.includes('优质服务考核汇总表'));
    expect(summaryPages).toHaveLength(2);
    expect(summaryPages[0]).toMatch(/制表人/);
    expect(summaryPages[1]).toContain('各单位得分');
    expect(summaryPages.map(footer)).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const detailFirst = pages.find((p) => p.includes('扣分明细表'))!;
    expect(footer(detailFirst)[0]).toBe(1);
    const peopleFirst = pages.find((p) => p.includes('个人罚款汇总表'))!;
    expect(footer(peopleFirst)[0]).toBe(1);
    for (const p of pages) expect(p).not.toContain('图表数据');
    // Ours, fingerprinted: the next run replaces it; once changed (an appended signature), it is not.
    expect(provenanceOf(pdf)).toEqual({ kind: 'pdf', intact: true });
    expect(runBin(['summarize', book, '--period', '2026Q3', '--pdf', pdf], dir).code).toBe(0);
    fs.appendFileSync(pdf, '1 0 obj<</Type/Sig>>endobj\n%%EOF\n');
    const again = runBin(['summarize', book, '--period', '2026Q3', '--pdf', pdf], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/是本工具生成的PDF,但此后被修改过/);
  });
});
