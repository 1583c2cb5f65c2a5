// The 考核通报 measured against GB/T 9704-2012 the way a 文秘 would check it (docs/notice.md's
// checklist): from the .docx XML (margins, positions, fonts, colours, the 版记) and from the PDF
// LibreOffice prints (where things land on the page; no half-width punctuation between Chinese).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { assess, halfWidthInChinese, parsePeriod, sampleSheets, type NoticePlan, type Snapshot } from '../../src/engine';
import { noticeDocx } from '../../src/notice/docx';
import { convertDocxToPdf } from '../../src/cli/pdf';
import { pdfFonts } from '../../src/cli/notice-fonts';
import { officeTools } from '../helpers/office-tools';
import { tempDir } from '../cli/helpers';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number) => twips / TWIPS_PER_MM;
const PT_TO_MM = 25.4 / 72;

function planOf(params: Record<string, string>, period = '2026Q3'): NoticePlan {
  const snapshot: Snapshot = {
    sheets: sampleSheets().map((t) => {
      const values = [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][];
      if (t.name === '考核参数') for (const [k, v] of Object.entries(params)) values.find((r) => r[0] === k)![1] = v;
      return { name: t.name, values };
    }),
  };
  const a = assess(snapshot, { period: parsePeriod(period)!, today: { year: 2026, month: 10, day: 15 } });
  if (!a.ok) throw new Error('sample does not validate');
  return a.notice();
}

const WITH_RECORD = { 通报文号: '黄州供电〔2026〕12号', 抄送: '市公司营销部' };

/** Paragraphs of document.xml as { xml, text }. */
function paragraphsOf(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}
const attr = (xml: string, element: string, name: string) => {
  const m = new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
};

describe('the .docx, measured (GB/T 9704-2012)', () => {
  let files: Record<string, Uint8Array>;
  let xml: string;
  let paras: { xml: string; text: string }[];
  const plan = planOf(WITH_RECORD);
  const find = (text: string) => paras.find((p) => p.text === text)!;
  beforeAll(async () => {
    files = unzipSync(await noticeDocx(plan));
    xml = strFromU8(files['word/document.xml']);
    paras = paragraphsOf(xml);
  });

  test('A4, 版心 156 × 225 mm: margins top 37, bottom 35, left 28, right 26 mm', () => {
    const sect = /<w:pgMar [^>]*>/.exec(xml)![0];
    const m = (n: string) => mm(Number(attr(sect, 'pgMar', n)));
    expect([m('top'), m('bottom'), m('left'), m('right')].map(Math.round)).toEqual([37, 35, 28, 26]);
    expect(210 - m('left') - m('right')).toBeCloseTo(156, 0);
    expect(297 - m('top') - m('bottom')).toBeCloseTo(225, 0);
  });

  test('发文机关标志: red 小标宋, its line 35 mm below the 版心’s top', () => {
    const p = paras[0];
    expect(p.text).toBe('黄冈黄州区供电公司文件');
    expect(mm(Number(attr(p.xml, 'spacing', 'before')))).toBeCloseTo(35, 1);
    expect(attr(p.xml, 'color', 'val')).toBe('E60012');
    expect(attr(p.xml, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(attr(p.xml, 'jc', 'val')).toBe('center');
  });

  test('发文字号 two 3号 lines below, centred; the red rule 4 mm under it; the title two lines under the rule', () => {
    const number = find('黄州供电〔2026〕12号');
    expect(Number(attr(number.xml, 'spacing', 'before'))).toBe(2 * 560);
    expect(attr(number.xml, 'jc', 'val')).toBe('center');
    expect(attr(number.xml, 'bottom', 'color')).toBe('E60012');
    expect(Number(attr(number.xml, 'bottom', 'space')) * PT_TO_MM).toBeCloseTo(4, 0);
    const title = paras[paras.indexOf(number) + 1];
    expect(title.text).toBe('关于2026年第3季度优质服务考核情况的通报');
    expect(Number(attr(title.xml, 'spacing', 'before'))).toBe(2 * 560);
    expect(Number(attr(title.xml, 'spacing', 'after'))).toBe(560); // 主送 one line under the title
    expect(attr(title.xml, 'sz', 'val')).toBe('44'); // 2号
    expect(paras[paras.indexOf(title) + 1].text).toBe('各部门、各二级单位：');
  });

  test('an empty 通报文号 prints the placeholder 〔    〕    号 in grey', async () => {
    const empty = paragraphsOf(strFromU8(unzipSync(await noticeDocx(planOf({})))['word/document.xml']));
    const line = empty.find((p) => p.text.includes('〔'))!;
    expect(line.text).toMatch(/^〔\s+〕\s+号$/);
    expect(attr(line.xml, 'color', 'val')).toBe('999999');
  });

  test('body 3号 仿宋 with 2-character indents on 28 pt lines; headings 黑体 / 楷体, kept with the next paragraph', () => {
    const body = paras.find((p) => p.text.startsWith('为持续提升'))!;
    expect(attr(body.xml, 'sz', 'val')).toBe('32');
    expect(attr(body.xml, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(body.xml, 'ind', 'firstLine')).toBe('640');
    expect(attr(body.xml, 'spacing', 'line')).toBe('560');
    const h1 = find('一、总体情况');
    expect(attr(h1.xml, 'rFonts', 'eastAsia')).toBe('黑体');
    const h2 = find('（一）部门');
    expect(attr(h2.xml, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    for (const h of [h1, h2]) expect(h.xml).toContain('<w:keepNext/>');
    // The sentence introducing a table stays with it.
    expect(paras.find((p) => p.text.startsWith('部门共'))!.xml).toContain('<w:keepNext/>');
  });

  test('署名 centred over the 成文日期, the date four characters in from the right', () => {
    const issuer = find('黄冈黄州区供电公司');
    const date = find('2026年10月15日');
    const right = (p: { xml: string }) => Number(attr(p.xml, 'ind', 'right'));
    expect(right(date)).toBe(4 * 320);
    // Widths in 3号 characters (digits half, a quarter between Chinese and digits): 2026年10月15日 = 8.25, the 署名 9.
    const centre = (p: { xml: string }, width: number) => right(p) / 320 + width / 2;
    expect(centre(issuer, 9)).toBeCloseTo(centre(date, 8.25), 1);
    expect(paras.indexOf(date)).toBe(paras.indexOf(issuer) + 1);
    // The body's last paragraph keeps with them: the 落款 never stands alone on a page.
    for (const p of paras.slice(paras.indexOf(issuer) - 2, paras.indexOf(issuer))) expect(p.xml).toContain('<w:keepNext/>');
  });

  test('附注 in brackets on the line under the date, two characters in, black', () => {
    const note = paras.find((p) => p.text.startsWith('（处罚标准为系统默认值'))!;
    expect(note.text.endsWith('）')).toBe(true);
    expect(attr(note.xml, 'ind', 'firstLine')).toBe('640');
    expect(attr(note.xml, 'color', 'val')).toBeNull();
    expect(note.xml).not.toContain('<w:b/>');
    expect(paras.indexOf(note)).toBe(paras.indexOf(find('2026年10月15日')) + 1);
  });

  test('版记 at the foot of the last page: 抄送, then 印发机关 and 印发日期, between rules the width of the 版心', () => {
    const record = paras.filter((p) => p.xml.includes('<w:framePr'));
    expect(record.map((p) => p.text)).toEqual(['抄送：市公司营销部。', '黄冈黄州区供电公司办公室\t2026年10月15日印发']);
    expect(paras.slice(-2)).toEqual(record); // the last paragraphs: the 版记 lands on the last page
    for (const p of record) {
      expect(mm(Number(attr(p.xml, 'framePr', 'w')))).toBeCloseTo(156, 0);
      expect(attr(p.xml, 'framePr', 'vAnchor')).toBe('page');
      expect(attr(p.xml, 'sz', 'val')).toBe('28'); // 4号
      expect(attr(p.xml, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    }
    // Its last line ends on the 版心’s last line: 297 − 35 mm.
    const last = record.at(-1)!;
    expect(mm(Number(attr(last.xml, 'framePr', 'y')) + Number(attr(last.xml, 'framePr', 'h')))).toBeCloseTo(262, 0);
    expect(attr(record[0].xml, 'top', 'sz')).toBe('8'); // first and last rules 0.35 mm, the one between 0.25 mm
    expect(attr(record[0].xml, 'bottom', 'sz')).toBe('6');
    expect(attr(last.xml, 'bottom', 'sz')).toBe('8');
  });

  test('page numbers 4号 宋体 「— 1 —」: odd pages right, even pages left, one character in', () => {
    expect(strFromU8(files['word/settings.xml'])).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]));
    const aligns = footers.map((f) => attr(f, 'jc', 'val')).sort();
    expect(aligns).toEqual(['left', 'right']);
    for (const f of footers) {
      expect(attr(f, 'sz', 'val')).toBe('28');
      expect(attr(f, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —/);
    }
  });

  test('no half-width , : ; ( ) next to Chinese anywhere in the text', () => {
    expect(paras.flatMap((p) => halfWidthInChinese(p.text))).toEqual([]);
  });
});

const tools = officeTools('notice PDF measurements', ['pdftotext', 'pdfinfo']);
(tools.run ? describe : describe.skip)('the PDF, measured (LibreOffice Writer)', () => {
  const dir = tempDir('qs-gbt-');
  const pdf = path.join(dir, 'notice.pdf');
  let pages: { words: { x0: number; y0: number; x1: number; y1: number; text: string }[] }[] = [];
  beforeAll(async () => {
    await convertDocxToPdf(await noticeDocx(planOf(WITH_RECORD), pdfFonts().fonts), pdf);
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    pages = html
      .split('<page ')
      .slice(1)
      .map((page) => ({
        words: [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          x0: Number(m[1]) * PT_TO_MM,
          y0: Number(m[2]) * PT_TO_MM,
          x1: Number(m[3]) * PT_TO_MM,
          y1: Number(m[4]) * PT_TO_MM,
          text: m[5],
        })),
      }));
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('发文机关标志’s top 35 mm below the 版心’s top (37 + 35 = 72 mm from the page’s top)', () => {
    const issuer = pages[0].words.find((w) => w.text.startsWith('黄冈黄州区供电公司文件'))!;
    expect(Math.abs(issuer.y0 - 72)).toBeLessThan(1.5);
  });

  test('page numbers 7 mm under the 版心 (262 + 7 mm), odd right and even left, one character in', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const dashes = page.words.filter((w) => w.text === '—');
      expect(dashes).toHaveLength(2);
      const foot = Math.max(...dashes.map((d) => d.y1));
      expect(Math.abs(foot - 269)).toBeLessThan(1.5);
      if (i % 2 === 0) expect(Math.abs(Math.max(...dashes.map((d) => d.x1)) - (184 - 4.9))).toBeLessThan(1.5);
      else expect(Math.abs(Math.min(...dashes.map((d) => d.x0)) - (28 + 4.9))).toBeLessThan(1.5);
    });
  });

  test('版记 on the last page, its last line just above the 版心’s foot', () => {
    const last = pages.at(-1)!.words;
    const printed = last.find((w) => w.text.includes('印发'))!;
    expect(printed).toBeDefined();
    expect(printed.y1).toBeLessThan(262.5);
    expect(printed.y1).toBeGreaterThan(255);
    expect(last.some((w) => w.text.startsWith('抄送'))).toBe(true);
  });

  test('no half-width comma, colon, semicolon or parenthesis between Chinese characters', () => {
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('各部门、各二级单位：');
    expect(halfWidthInChinese(text)).toEqual([]);
  });
});
