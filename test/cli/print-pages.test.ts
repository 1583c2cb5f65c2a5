// SPEC §3's print contract, measured in the PDF LibreOffice prints: up to 24 units, a quarter's
// summary is one table page at 9 pt or more plus the chart's own page; the year's summary too;
// nothing that only feeds a chart is printed; each sheet is numbered from 1.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { assess, parsePeriod, sampleSheets, type SheetPlan, type Snapshot } from '../../src/engine';
import { printPlansToPdf } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { tempDir } from './helpers';

const tools = officeTools('summary print tests', ['pdfinfo', 'pdftotext']);

/** The sample, with `extra` sub-units added to its 单位 sheet (names as long as the sample's longest, 7 characters). */
function book(extra: number): Snapshot {
  return {
    sheets: sampleSheets().map((t) => {
      const values = [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][];
      if (t.name === '单位') {
        const h = values[0];
        for (let i = 0; i < extra; i++) {
          const row: (string | null)[] = h.map(() => null);
          row[h.indexOf('单位编码')] = `X${i + 1}`;
          row[h.indexOf('单位名称')] = `城东第${'一二三四五六七八九'[i]}供电所`;
          row[h.indexOf('类别')] = '二级单位';
          row[h.indexOf('第一责任人')] = `责任人${i + 1}`;
          values.push(row);
        }
      }
      return { name: t.name, values };
    }),
  };
}

function plans(snapshot: Snapshot, period: string): SheetPlan[] {
  const a = assess(snapshot, { period: parsePeriod(period)!, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error(JSON.stringify(a.errors.slice(0, 2)));
  return a.sheets();
}

interface Word {
  x0: number;
  x1: number;
  text: string;
}

function pdfPages(pdf: string): { text: string; words: Word[] }[] {
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).split('<page ').slice(1);
  return Array.from({ length: n }, (_, i) => ({
    text: execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
    words: [...bbox[i].matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      x1: Number(m[2]),
      text: m[3],
    })),
  }));
}

/** The printed size of 11 pt text: a CJK glyph is 1 em wide. */
function printedSize(words: Word[], text: string): number {
  const w = words.find((x) => x.text === text)!;
  return (w.x1 - w.x0) / [...text].length;
}

(tools.run ? describe : describe.skip)('summaries printed through LibreOffice', () => {
  const dir = tempDir('qs-print-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['the sample (18 units)', 0],
    ['24 units', 6],
  ])(
    '%s: the quarter summary is one table page at ≥ 9 pt and one chart page',
    async (_, extra) => {
      const [summary, detail, people] = plans(book(extra), '2026Q3');
      const pdf = path.join(dir, `q3-${extra}.pdf`);
      await printPlansToPdf([summary, detail, people], pdf);
      const pages = pdfPages(pdf);
      const own = pages.filter((p) => p.text.includes('优质服务考核汇总表'));
      expect(own).toHaveLength(2);
      expect(own[0].text).toContain('营销部');
      expect(own[0].text).toMatch(/制表人：.*审核人：.*批准人：/); // the sign-off on the table’s page
      expect(own[1].text).toContain('各单位得分'); // the chart's title on its own page
      expect(printedSize(own[0].words, '营销部')).toBeGreaterThanOrEqual(9 * 0.99);
      for (const p of pages) expect(p.text).not.toContain('图表数据');
      expect(own[0].text).not.toContain('###'); // every number fits its column, the 合计 row's too
      // Each sheet numbered from 1, its total its own.
      const footers = pages.map((p) => /第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/.exec(p.text)!.slice(1).join('/'));
      expect(footers.slice(0, 2)).toEqual(['1/2', '2/2']);
      expect(footers[2]).toMatch(/^1\//);
      // The detail prints 备注.
      expect(pages.find((p) => p.text.includes('扣分明细表'))!.text).toContain('备注');
    },
    240_000,
  );

  test('the year summary: one table page and one chart page', async () => {
    const [annual] = plans(book(0), '2026');
    const pdf = path.join(dir, 'year.pdf');
    await printPlansToPdf([annual], pdf);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[1].text).toContain('各单位季度得分');
    for (const p of pages) expect(p.text).not.toContain('图表数据');
  }, 240_000);
});
