// The words the tool writes (SPEC §3, §7): GB/T 15834 punctuation on every string table, and every
// sentence of the 考核通报 that carries a number says what the Result says.
import {
  assess,
  DEFAULT_REQUIREMENTS,
  fullWidth,
  halfWidthInChinese,
  parsePeriod,
  sampleSheets,
  type NoticeBlock,
  type NoticePlan,
  type Result,
  type SheetPlan,
  type Snapshot,
} from '../../src/engine';
import { DEFAULT_LADDER_NOTE } from '../../src/engine/rules/confirmation';
import { DEFAULT_REGULATION } from '../../src/engine/rules/params';
import { EVENT_SOURCES } from '../../src/engine/rules/lists';
import { NUMBER_PLACEHOLDER } from '../../src/engine/report/notice';

const TODAY = { year: 2026, month: 10, day: 15 };

/** The bundled sample, with 考核参数 values set as a user would type them. */
function sample(params: Record<string, string> = {}): Snapshot {
  return {
    sheets: sampleSheets().map((t) => {
      const values = [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][];
      if (t.name === '考核参数')
        for (const [key, value] of Object.entries(params)) {
          const row = values.find((r) => r[0] === key);
          if (row) row[1] = value;
          else values.push([key, value]);
        }
      return { name: t.name, values };
    }),
  };
}

function run(
  period: string,
  params: Record<string, string> = {},
  today = TODAY,
): { notice: NoticePlan; sheets: SheetPlan[]; result: Result } {
  const a = assess(sample(params), { period: parsePeriod(period)!, today });
  if (!a.ok) throw new Error(JSON.stringify(a.errors.slice(0, 3)));
  return { notice: a.notice(), sheets: a.sheets(), result: a.result };
}

/** Every text of a notice plan: head, blocks (table cells included), 落款, 附注, 版记. */
function noticeTexts(n: NoticePlan): string[] {
  const block = (b: NoticeBlock): string[] =>
    b.kind === 'table' ? [...b.header, ...b.rows.flat().filter((v): v is string => typeof v === 'string')] : [b.text];
  return [
    n.issuer,
    n.title,
    ...n.titleLines,
    n.recipients,
    ...n.blocks.flatMap(block),
    n.signature.issuer,
    n.footnote ?? '',
    n.record.copyTo ?? '',
    n.record.printer,
  ];
}

/** The tool's own words on a sheet: title, subtitle, headers, and the rows under the table (notes, rule 11, sign-off). */
function sheetTexts(p: SheetPlan): string[] {
  const own = [p.values[0][0], p.values[1][0], ...p.values[2]];
  const totals = p.values.findIndex((r) => r[1] === '合计');
  for (let r = totals + 1; r < p.print.area.rows; r++) own.push(p.values[r][0]);
  return [...own, ...p.charts.map((c) => c.title)].filter((v): v is string => typeof v === 'string');
}

const paragraphs = (n: NoticePlan) => n.blocks.filter((b): b is Extract<NoticeBlock, { kind: 'paragraph' }> => b.kind === 'paragraph');
const tables = (n: NoticePlan) => n.blocks.filter((b): b is Extract<NoticeBlock, { kind: 'table' }> => b.kind === 'table');
const sentence = (n: NoticePlan, starts: string | RegExp) =>
  paragraphs(n).find((p) => (typeof starts === 'string' ? p.text.includes(starts) : starts.test(p.text)))!.text;

describe('GB/T 15834 punctuation (fullWidth)', () => {
  test.each([
    ['根据《办法》,现将通报如下:', '根据《办法》，现将通报如下：'],
    ['(一)部门', '（一）部门'],
    ['处罚标准为系统默认值(考核办法第十七条原文缺失),尚未经公司确认', '处罚标准为系统默认值（考核办法第十七条原文缺失），尚未经公司确认'],
    ['系数依次为 1,1.5,2;表扬', '系数依次为 1,1.5,2；表扬'],
    ['罚款 1,000 元,其中', '罚款 1,000 元，其中'],
    ['10:30', '10:30'],
    ['QS.SCORE(unit, period)', 'QS.SCORE(unit, period)'],
    ['「A」第 1、2 行;「B」第 3 行', '「A」第 1、2 行；「B」第 3 行'],
    ['制表人:________  审核人:________', '制表人：________  审核人：________'],
  ])('%s → %s', (from, to) => {
    expect(fullWidth(from)).toBe(to);
    expect(fullWidth(to)).toBe(to); // idempotent
    expect(halfWidthInChinese(to)).toEqual([]);
  });

  test('the string tables of the engine: default 工作要求, rule 11’s note', () => {
    for (const t of [...DEFAULT_REQUIREMENTS, DEFAULT_LADDER_NOTE]) expect(halfWidthInChinese(fullWidth(t))).toEqual([]);
  });

  test.each(['2026Q1', '2026Q3', '2026'])('%s: every text of the notice and of every sheet’s own words', (period) => {
    const { notice, sheets } = run(period);
    const found = [...noticeTexts(notice), ...sheets.flatMap(sheetTexts)].flatMap(halfWidthInChinese);
    expect(found).toEqual([]);
    // Our label for a fine with nobody named, on the 个人罚款 sheet; the JSON keeps SPEC §3's form.
    const people = sheets.find((p) => p.kind.endsWith('people'))!;
    const names = people.values.slice(3).map((r) => r[1]);
    expect(names).not.toContain('(未填写)');
    if (run(period).result.people.some((x) => x.name === '(未填写)')) expect(names).toContain('（未填写）');
    // The checker would see them: the source keeps the ASCII forms.
    expect(halfWidthInChinese('各单位:')).toEqual(['各单位:']);
  });
});

describe('every sentence with a number says what the Result says (2026Q3 of the sample)', () => {
  const { notice, result } = run('2026Q3');
  const sum = (f: (u: Result['units'][number]) => number) => result.units.reduce((s, u) => s + f(u), 0);

  test('一、总体情况: events, deducting, commendations, the rest; complaints, vetoes, open items, points, fines', () => {
    const text = sentence(notice, '共登记考核事项');
    const n = (re: RegExp) => Number(re.exec(text)![1].replace(/,/g, ''));
    const deducting = result.events.filter((e) => e.points > 0).length;
    const praised = result.events.filter((e) => e.bonus > 0).length;
    expect(n(/共登记考核事项 (\d+) 项/)).toBe(result.events.length);
    expect(n(/其中扣分事项 (\d+) 项/)).toBe(deducting);
    expect(n(/表扬类事项 (\d+) 项/)).toBe(praised);
    expect(n(/不扣分事项 (\d+) 项/)).toBe(result.events.length - deducting - praised);
    expect(n(/有效投诉 (\d+) 件/)).toBe(sum((u) => u.complaints));
    expect(n(/(\d+) 个单位被一票否决/)).toBe(result.units.filter((u) => u.veto).length);
    expect(n(/未闭环事项 (\d+) 项/)).toBe(sum((u) => u.openItems));
    expect(n(/合计扣分 ([\d.]+) 分/)).toBeCloseTo(
      sum((u) => u.points),
      2,
    );
    expect(n(/加分 ([\d.]+) 分/)).toBeCloseTo(
      sum((u) => u.bonus),
      2,
    );
    expect(n(/罚款合计 ([\d,]+) 元/)).toBe(sum((u) => u.unitFine + u.headFine + u.personFine));
    expect(n(/其中单位罚款 ([\d,]+) 元/)).toBe(sum((u) => u.unitFine));
    expect(n(/第一责任人罚款 ([\d,]+) 元/)).toBe(sum((u) => u.headFine));
    expect(n(/直接责任人罚款 ([\d,]+) 元/)).toBe(sum((u) => u.personFine));
  });

  test('the table by source counts every event of each source', () => {
    const bySource = tables(notice).find((t) => t.header[0] === '来源')!;
    for (const row of bySource.rows.slice(0, -1)) {
      expect(EVENT_SOURCES).toContain(row[0]);
      expect(row[1]).toBe(result.events.filter((e) => e.source === row[0]).length);
    }
    expect(bySource.rows.at(-1)!.slice(0, 2)).toEqual(['合计', result.events.length]);
  });

  test('二、考核结果: the grade counts of each category', () => {
    for (const category of ['部门', '二级单位'] as const) {
      const units = result.units.filter((u) => u.category === category);
      const text = sentence(notice, new RegExp(`^${category}共 `));
      expect(text).toContain(`${category}共 ${units.length} 个`);
      for (const g of ['优秀', '良好', '合格', '不合格']) expect(text).toContain(`${g} ${units.filter((u) => u.grade === g).length} 个`);
    }
  });

  test('三、主要问题: each clause of the table counts every event of the clause, with its points', () => {
    const clauses = tables(notice).find((t) => t.header[0] === '条款')!;
    expect(clauses.rows.length).toBeGreaterThan(0);
    for (const [id, , events, points] of clauses.rows) {
      const of = result.events.filter((e) => e.clause === id);
      expect(events).toBe(of.length);
      expect(points).toBeCloseTo(
        of.reduce((s, e) => s + e.points, 0),
        2,
      );
    }
    // The sample's clause 11 has an event that scores nothing: it is counted all the same.
    const eleven = clauses.rows.find((r) => r[0] === '11');
    if (eleven) expect(eleven[2]).toBe(result.events.filter((e) => e.clause === '11').length);
  });

  test('四、处罚情况: fined units counted by kind of fine', () => {
    const text = sentence(notice, '涉及罚款');
    const fined = result.units.filter((u) => u.unitFine + u.headFine + u.personFine > 0);
    expect(text).toContain(`本期共有 ${fined.length} 个单位涉及罚款`);
    expect(text).toContain(`${result.units.filter((u) => u.unitFine > 0).length} 个单位被处以单位罚款`);
    expect(text).toContain(`${result.units.filter((u) => u.headFine > 0).length} 个单位的第一责任人`);
    expect(text).toContain(`${result.units.filter((u) => u.personFine > 0).length} 个单位的直接责任人`);
    // The sample has units with personal fines only: the old sentence 「对 N 个单位处以罚款」 was wrong for them.
    expect(result.units.filter((u) => u.unitFine > 0).length).toBeLessThan(fined.length);
  });

  test('the regulation is cited by its title; the sentences introducing a table keep with it', () => {
    expect(paragraphs(notice)[0].text).toContain(`根据《${DEFAULT_REGULATION}》`);
    const blocks = notice.blocks;
    blocks.forEach((b, i) => {
      if (b.kind === 'table' && blocks[i - 1].kind === 'paragraph') expect(blocks[i - 1]).toMatchObject({ keepWithNext: true });
    });
  });
});

describe('the annual notice states the annual method', () => {
  test('季度平均 (default)', () => {
    const { notice } = run('2026');
    expect(sentence(notice, '年度得分按')).toMatch(/^年度得分按“季度平均”方式计算，即四个季度得分的平均值/);
  });
  test('年度累计', () => {
    const { notice } = run('2026', { 年度得分方式: '年度累计' });
    expect(sentence(notice, '年度得分按')).toMatch(
      /^年度得分按“年度累计”方式计算：基础分 100 分减去全年扣分和未闭环扣分，加上全年加分（最多 20 分）/,
    );
  });
});

describe('the 考核参数 of the notice', () => {
  test('通报日期 is the 成文日期 and the 印发日期; 考核办法名称, 抄送 and 印发机关 are printed', () => {
    const { notice } = run('2026Q3', {
      通报日期: '2026年10月20日',
      考核办法名称: '《某某办法》',
      抄送: '市公司营销部',
      印发机关: '营销部',
      通报文号: '黄州供电〔2026〕12号',
    });
    expect(notice.signature.date).toBe('2026年10月20日');
    expect(notice.record).toEqual({ copyTo: '市公司营销部。', printer: '营销部', printDate: '2026年10月20日' });
    expect(paragraphs(notice)[0].text).toContain('根据《某某办法》');
    expect(notice.numberLine).toEqual({ text: '黄州供电〔2026〕12号', placeholder: false });
    expect(notice.warnings).toEqual([]);
  });

  test('defaults: the run date, the company’s 办公室, no 抄送; an empty 通报文号 prints a grey placeholder and warns', () => {
    const { notice } = run('2026Q3');
    expect(notice.signature.date).toBe('2026年10月15日');
    expect(notice.record).toEqual({ copyTo: null, printer: '黄冈黄州区供电公司办公室', printDate: '2026年10月15日' });
    expect(notice.numberLine).toEqual({ text: NUMBER_PLACEHOLDER, placeholder: true });
    expect(notice.warnings).toEqual([expect.objectContaining({ code: 'notice-number-missing', sheet: '考核参数' })]);
  });

  test('a notice is never dated before its period ends: the run date or 通报日期 moves to the last day, with a warning', () => {
    const early = run('2026Q3', { 通报文号: 'x' }, { year: 2026, month: 9, day: 20 }).notice;
    expect(early.signature.date).toBe('2026年9月30日');
    expect(early.warnings).toEqual([
      expect.objectContaining({ code: 'notice-date-before-period-end', message: expect.stringContaining('今天(2026年9月20日)') }),
    ]);
    const typed = run('2026', { 通报文号: 'x', 通报日期: '2026-11-30' }).notice;
    expect(typed.signature.date).toBe('2026年12月31日');
    expect(typed.warnings[0].message).toContain('「考核参数」中的通报日期');
  });

  test('a 通报日期 that is not a date is an error naming the sheet, row and column', () => {
    const a = assess(sample({ 通报日期: '十月中旬' }), { period: parsePeriod('2026Q3')!, today: TODAY });
    expect(a.ok).toBe(false);
    expect(a.errors).toEqual([expect.objectContaining({ sheet: '考核参数', message: expect.stringContaining('不是日期') })]);
    expect(a.errors[0].row).toBeGreaterThan(0);
    expect(a.errors[0].column).not.toBeNull();
  });
});
