// The 考核通报 (SPEC §7) as the office gets it: the .docx read back from its XML (title, document
// number, the tables' numbers equal the Result), and the PDF LibreOffice prints from it (A4
// portrait, the title, every unit).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import {
  parsePeriod,
  parseWorkbook,
  planNotice,
  readNoticeTemplate,
  sampleSheets,
  score,
  type NoticePlan,
  type Result,
  type Snapshot,
} from '../../src/engine';
import { formatCell, noticeDocx } from '../../src/notice/docx';
import { convertDocxToPdf } from '../../src/cli/pdf';
import { pdfFonts } from '../../src/cli/notice-fonts';
import { officeTools } from '../helpers/office-tools';
import { tempDir } from '../cli/helpers';

const NUMBER = '黄州供电〔2026〕12号';
const DATE = { year: 2026, month: 10, day: 15 };

/** The bundled sample with a 通报文号 and (optionally) a 通报模板 sheet of our own. */
function sampleBook(extra: (name: string, values: (string | null)[][]) => (string | null)[][] = (_, v) => v): Snapshot {
  return {
    sheets: sampleSheets().map((t) => {
      const values = [t.columns.map((c) => c.header), ...t.rows] as (string | null)[][];
      if (t.name === '考核参数') setParam(values, '通报文号', NUMBER);
      return { name: t.name, values: extra(t.name, values) };
    }),
  };
}

function setParam(values: (string | null)[][], key: string, value: string): void {
  values.find((r) => r[0] === key)![1] = value;
}

function noticeOf(snapshot: Snapshot, period = '2026Q3'): { plan: NoticePlan; result: Result } {
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  const result = score(model, parsePeriod(period)!);
  return { plan: planNotice(model, result, { date: DATE, template: readNoticeTemplate(snapshot).template }), result };
}

/** The text of each table of document.xml: rows of cell texts. */
function tablesOf(xml: string): string[][][] {
  const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]))),
  );
}

describe('the .docx', () => {
  const { plan, result } = noticeOf(sampleBook());
  let xml = '';
  let files: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    const bytes = await noticeDocx(plan);
    expect(bytes).toBeInstanceOf(Uint8Array);
    files = unzipSync(bytes);
    xml = strFromU8(files['word/document.xml']);
  });

  test('is a Word package: title in its properties, A4 portrait, page numbers in odd and even footers', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    expect(strFromU8(files['docProps/core.xml'])).toContain('<dc:title>关于2026年第3季度优质服务考核情况的通报</dc:title>');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(strFromU8(files[f])).toContain('PAGE');
  });

  test('版头, document number, the title on two lines, 主送, the five parts and the 落款, in order', () => {
    const order = [
      '黄冈黄州区供电公司文件',
      NUMBER,
      '关于2026年第3季度',
      '优质服务考核情况的通报',
      '各部门、各二级单位：',
      '一、总体情况',
      '二、考核结果',
      '三、主要问题',
      '四、处罚情况',
      '五、工作要求',
      '2026年10月15日',
    ];
    const at = order.map((s) => xml.indexOf(`>${s}<`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('the ranking tables hold the Result’s ranks, names, scores, grades and vetoes', () => {
    const tables = tablesOf(xml).filter((t) => t[0].join('|') === '名次|单位|得分|等级|一票否决');
    expect(tables).toHaveLength(2);
    const rows = tables.flatMap((t) => t.slice(1));
    expect(rows).toHaveLength(result.units.length);
    for (const u of result.units) {
      expect(rows).toContainEqual([String(u.rank), u.name, u.score.toFixed(2), u.grade, u.veto ? '是' : '否']);
    }
  });

  test('the fines tables add up to the Result; personal fines are the Result’s people', () => {
    const tables = tablesOf(xml);
    const units = tables.find((t) => t[0][0] === '单位' && t[0][1] === '单位罚款')!;
    const sum = (f: (u: Result['units'][number]) => number) =>
      formatCell(
        result.units.reduce((s, u) => s + f(u), 0),
        '#,##0',
      );
    expect(units.at(-1)).toEqual([
      '合计',
      sum((u) => u.unitFine),
      sum((u) => u.headFine),
      sum((u) => u.personFine),
      sum((u) => u.unitFine + u.headFine + u.personFine),
    ]);
    const people = tables.find((t) => t[0].join('|') === '姓名|单位|角色|事项数|罚款')!;
    expect(people.length - 2).toBe(result.people.length);
    expect(people.at(-1)![4]).toBe(sum((u) => u.headFine + u.personFine));
  });

  test('the rule-11 footnote is printed while the ladder is the unconfirmed default', () => {
    expect(xml).toContain('（处罚标准为系统默认值（考核办法第十七条原文缺失），尚未经公司确认）');
  });
});

describe('the notice plan', () => {
  test('五、工作要求 comes from the 通报模板 sheet when present; a confirmed ladder prints no footnote', async () => {
    const { plan } = noticeOf(
      sampleBook((name, values) => {
        if (name === '考核参数') setParam(values, '处罚标准已确认', '是');
        if (name === '通报模板')
          return [
            ['项目', '内容'],
            ['工作要求', '一、请各单位十月底前完成整改。'],
            ['主送', '公司各部门:'],
            ['版头', '国网黄州供电公司文件'],
          ];
        return values;
      }),
    );
    const requirements = plan.blocks.slice(plan.blocks.findIndex((b) => b.kind === 'heading' && b.text === '五、工作要求') + 1);
    expect(requirements).toEqual([{ kind: 'paragraph', text: '1. 请各单位十月底前完成整改。' }]);
    expect([plan.issuer, plan.recipients, plan.number, plan.footnote]).toEqual(['国网黄州供电公司文件', '公司各部门：', NUMBER, null]);
    const xml = strFromU8(unzipSync(await noticeDocx(plan))['word/document.xml']);
    expect(xml).not.toContain('尚未经公司确认');
  });

  test('an unknown row of 通报模板 is a warning naming sheet, row and column, not an error', () => {
    const book = sampleBook((name, values) =>
      name === '通报模板'
        ? [
            ['项目', '内容'],
            ['落款', 'x'],
          ]
        : values,
    );
    const { warnings, template } = readNoticeTemplate(book);
    expect(template).toEqual({ requirements: null, recipients: null, issuer: null });
    expect(warnings).toEqual([expect.objectContaining({ code: 'notice-template', sheet: '通报模板', row: 2, column: 1 })]);
  });

  test('an annual notice covers the year and compares with nothing when the previous year is empty', () => {
    const { plan } = noticeOf(sampleBook(), '2026');
    expect(plan.title).toBe('关于2026年度优质服务考核情况的通报');
    expect(plan.blocks).toContainEqual({
      kind: 'paragraph',
      text: '本工作簿中没有上一期的考核记录，本期不作环比。各来源事项如下：',
      keepWithNext: true,
    });
  });
});

const tools = officeTools('notice PDF tests', ['pdfinfo', 'pdftotext']);
(tools.run ? describe : describe.skip)('the PDF (LibreOffice Writer)', () => {
  const dir = tempDir('qs-notice-');
  const pdf = path.join(dir, 'notice.pdf');
  const { plan, result } = noticeOf(sampleBook());
  beforeAll(async () => {
    await convertDocxToPdf(await noticeDocx(plan, pdfFonts().fonts), pdf);
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('A4 portrait, the title, every unit, the footnote', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
    // pdftotext puts spaces between Latin and CJK runs; compare without whitespace.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('关于2026年第3季度优质服务考核情况的通报');
    expect(text).toContain(NUMBER);
    for (const u of result.units) expect(text).toContain(u.name);
    // LibreOffice hangs the comma after 「）」 past the line's end and drops it: compare without it.
    expect(text.replace('），', '）')).toContain('处罚标准为系统默认值（考核办法第十七条原文缺失）尚未经公司确认');
    expect(text).toContain('—1—');
  });
});
