// The template and the bundled sample as engine data: what they contain, and that the engine
// reads them exactly as a user's workbook.
import { listFormula, officeListSource, sampleSheets, templateSheets, type TemplateSheet } from '../../src/engine/template';
import {
  AREAS,
  DEFAULT_CLAUSES,
  DEFAULT_LADDER,
  EVENT_SOURCES,
  LEVEL_MEANINGS,
  PARAM_DEFS,
  parsePeriod,
  parseWorkbook,
  score,
  type Snapshot,
} from '../../src/engine';

/** What a host would read back from the drawn sheets: header row, then the data rows. */
function asSnapshot(sheets: TemplateSheet[]): Snapshot {
  return { sheets: sheets.map((t) => ({ name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] })) };
}

const headers = (t: TemplateSheet) => t.columns.map((c) => c.header);
const byName = (sheets: TemplateSheet[], name: string) => sheets.find((s) => s.name === name)!;

describe('the blank template', () => {
  const sheets = templateSheets();

  test('has the sheets of SPEC §1 in working order, with their headers', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '单位',
      '部门考核记录',
      '二级单位考核记录',
      '考核条款',
      '处罚标准',
      '考核参数',
      '节假日',
      '通报模板',
    ]);
    expect(headers(sheets[0])).toEqual(['单位编码', '单位名称', '类别', '第一责任人', '归口部门', '别名']);
    const ledger = [
      '日期',
      '单位',
      '来源',
      '条款',
      '等级',
      '事项描述',
      '直接责任人',
      '扣分调整',
      '原因查清',
      '责任处理',
      '整改落实',
      '整改期限',
      '完成日期',
      '备注',
      '认定',
      '工单编号',
    ];
    expect(headers(sheets[1])).toEqual(ledger);
    expect(headers(sheets[2])).toEqual(ledger);
    expect(headers(sheets[3])).toEqual(['条款', '类别', '考核内容', '默认等级']);
    expect(headers(sheets[4])).toEqual([
      '等级',
      '代码',
      '单位扣分',
      '单位罚款',
      '第一责任人罚款',
      '直接责任人罚款',
      '加分',
      '等级上限',
      '说明',
    ]);
    expect(headers(sheets[5])).toEqual(['参数', '值']);
    expect(headers(sheets[6])).toEqual(['日期', '类型']);
    expect(headers(sheets[7])).toEqual(['项目', '内容']);
  });

  test('input sheets are empty; the rule sheets hold the built-in rules', () => {
    for (const name of ['单位', '部门考核记录', '二级单位考核记录', '节假日']) expect(byName(sheets, name).rows).toEqual([]);
    const clauses = byName(sheets, '考核条款').rows;
    expect(clauses).toHaveLength(27);
    expect(clauses[14]).toEqual(['8.4', '柜台服务', DEFAULT_CLAUSES[14].standard, '一般']);
    expect(byName(sheets, '处罚标准').rows[3]).toEqual(['重大', 'L4', 10, 2000, 1000, 1000, 0, '合格', LEVEL_MEANINGS.L4]);
    // SPEC §2 rule 11: the sheet says the ladder is our default until confirmed, under the ladder.
    expect(byName(sheets, '处罚标准').rows.at(-1)![8]).toMatch(
      /^※ 处罚标准为系统默认值\(考核办法第十七条原文缺失\),尚未经公司确认。.*处罚标准已确认/,
    );
    const params = byName(sheets, '考核参数').rows;
    expect(params.map((r) => r[0])).toEqual(PARAM_DEFS.map((d) => d.key));
    expect(params.find((r) => r[0] === '重复发生系数')).toEqual(['重复发生系数', '1,1.5,2']);
    expect(params.find((r) => r[0] === '制表人')).toEqual(['制表人', null]);
  });

  test('the engine reads the rule sheets back as the defaults; the only complaint is the empty 单位 sheet', () => {
    const { model, errors } = parseWorkbook(asSnapshot(sheets));
    expect(errors.map((e) => e.sheet)).toEqual(['单位']);
    expect(model.rules.source).toEqual({ clauses: 'workbook', ladder: 'workbook', params: 'workbook' });
    expect(model.rules.clauses).toEqual(DEFAULT_CLAUSES);
    expect(model.rules.ladder).toEqual(DEFAULT_LADDER);
  });

  test('drop-downs: short lists inline, editable lists as ranges that cover exactly the rule rows', () => {
    const ledger = byName(sheets, '二级单位考核记录');
    const dd = (h: string) => ledger.columns.find((c) => c.header === h)!.dropDown!;
    expect(listFormula(dd('条款'))).toBe("'考核条款'!$A$2:$A$28");
    expect(listFormula(dd('等级'))).toBe("'处罚标准'!$A$2:$A$10");
    expect(listFormula(dd('单位'))).toBe("'单位'!$B$2:$B$201");
    expect(listFormula(dd('来源'))).toBe(`"${EVENT_SOURCES.join(',')}"`);
    expect(listFormula(dd('原因查清'))).toBe('"是,否"');
    expect(officeListSource(dd('条款'))).toBe("='考核条款'!$A$2:$A$28");
    expect(officeListSource(dd('整改落实'))).toBe('是,否');
    expect(listFormula(dd('认定'))).toBe('"属实有责,不属实,无责,免责"');
    expect(listFormula(byName(sheets, '单位').columns[2].dropDown!)).toBe('"部门,二级单位"');
    expect(byName(sheets, '考核条款').columns[1].dropDown!.items).toEqual([...AREAS]);
    // Excel refuses inline lists over 255 characters.
    for (const t of sheets)
      for (const c of t.columns) if (c.dropDown?.items) expect(listFormula(c.dropDown).length).toBeLessThanOrEqual(255);
  });
});

describe('the bundled sample', () => {
  const sheets = sampleSheets();
  const { model, errors } = parseWorkbook(asSnapshot(sheets));

  test('is deterministic', () => {
    expect(sampleSheets()).toEqual(sheets);
  });

  test('reads clean: 18 units of DOMAIN.md, about 300 events of 2026', () => {
    expect(errors).toEqual([]);
    expect(model.units.map((u) => u.code)).toEqual([
      ...['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08'],
      ...['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10'],
    ]);
    expect(model.units.find((u) => u.code === 'D08')).toMatchObject({ name: '营销部', category: '部门' });
    expect(model.units.find((u) => u.code === 'S04')).toMatchObject({ name: '路口供电所', category: '二级单位', supervisor: 'D08' }); // 营销部, by code
    for (const u of model.units) expect(u.head).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    for (const u of model.units.filter((u) => u.category === '二级单位')) expect(u.supervisor).not.toBeNull();
    expect(model.events.length).toBeGreaterThanOrEqual(280);
    expect(model.events.length).toBeLessThanOrEqual(320);
    const first = Math.min(...model.events.map((e) => e.date));
    const last = Math.max(...model.events.map((e) => e.date));
    expect([first >= 46023, last <= 46387]).toEqual([true, true]); // 2026-01-01 … 2026-12-31
  });

  test('exercises every level, source and clause area', () => {
    const used = (f: (e: (typeof model.events)[number]) => string) => new Set(model.events.map(f));
    expect([...used((e) => e.level)].sort()).toEqual(DEFAULT_LADDER.map((l) => l.code).sort());
    expect([...used((e) => e.source)].sort()).toEqual([...EVENT_SOURCES].sort());
    const areaOf = new Map(DEFAULT_CLAUSES.map((c) => [c.id, c.area]));
    expect([...used((e) => areaOf.get(e.clause)!)].sort()).toEqual([...AREAS].sort());
  });

  test('has overrides with remarks, open 三不放过 items and realistic descriptions', () => {
    const overrides = model.events.filter((e) => e.override !== null);
    expect(overrides.length).toBeGreaterThanOrEqual(1);
    for (const e of overrides) expect(e.remark.length).toBeGreaterThan(4);
    const q3 = score(model, parsePeriod('2026Q3')!);
    expect(q3.units.reduce((a, u) => a + u.openItems, 0)).toBeGreaterThan(0);
    expect(model.events.some((e) => e.description.includes('客户投诉抄表员估抄电量,经核实属实'))).toBe(true);
  });

  test('2026Q3 has exactly one vetoed unit, and a repeat escalated across quarters', () => {
    const q3 = score(model, parsePeriod('2026Q3')!);
    expect(q3.units.filter((u) => u.veto).map((u) => u.name)).toEqual(['路口供电所']);
    // 城区供电所's third 9.1 of the year (Feb, May, Aug) takes the third factor, ×2.
    const repeat = q3.events.find((e) => e.unit === 'S03' && e.clause === '9.1' && e.multiplier === 2);
    expect(repeat).toBeDefined();
    expect(repeat!.occurrence).toBeGreaterThanOrEqual(3);
    // And the year as a whole has several vetoes, some graded down by them.
    const year = score(model, parsePeriod('2026')!);
    expect(year.units.filter((u) => u.veto).length).toBeGreaterThanOrEqual(3);
  });

  test('the exempted force-majeure event uses 认定 免责 (not 扣分调整 = 0) and is not fined', () => {
    const e = model.events.find((x) => x.remark.includes('不可抗力'))!;
    expect(e).toMatchObject({ unit: 'S09', finding: '免责', override: null });
    const q3 = score(model, parsePeriod('2026Q3')!);
    const r = q3.events.find((x) => x.sheet === e.sheet && x.row === e.row)!;
    expect([r.points, r.unitFine, r.headFine, r.personFine]).toEqual([0, 0, 0, 0]);
    expect(model.events.filter((x) => x.override === 0)).toEqual([]);
  });

  test('95598 tickets carry a 工单编号, unique in the workbook; units have 别名 for imports', () => {
    const tickets = model.events.filter((e) => e.source === '95598工单' && e.ticket).map((e) => e.ticket!);
    expect(tickets.length).toBeGreaterThan(20);
    expect(new Set(tickets).size).toBe(tickets.length);
    expect(model.units.find((u) => u.code === 'S03')!.aliases).toEqual(['城区所', '黄州城区供电所']);
  });

  test('the three sign-off names are filled in', () => {
    expect(model.rules.params).toMatchObject({ preparedBy: '刘婷', reviewedBy: '黄晓燕', approvedBy: '李明' });
  });
});

describe('the sample’s follow-up dates (SPEC §10)', () => {
  test('closed incidents have a 完成日期 within their quarter, so every score is what the three checks gave', () => {
    const { model, errors } = parseWorkbook({
      sheets: sampleSheets().map((s) => ({ name: s.name, values: [s.columns.map((c) => c.header), ...s.rows] })),
    });
    expect(errors).toEqual([]);
    const incidents = model.events.filter((e) => e.fixDeadline !== undefined);
    expect(incidents.length).toBeGreaterThan(100);
    for (const e of incidents) {
      const closed = e.causeFound && e.handled && e.fixed;
      expect(e.fixedOn === null).toBe(!closed);
      if (closed) expect(e.fixedOn! - e.date).toBeLessThanOrEqual(10);
      expect(e.fixDeadline! - e.date).toBe(30);
    }
  });
});
