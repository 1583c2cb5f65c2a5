// Issue 17: the engine's import plan (SPEC §9) and the explanation of unread sheets (SPEC §1.5),
// on snapshots. The real-file tests (xlsx, CSV, the command) are in test/cli/import.test.ts.
import { parseWorkbook } from '../../../src/engine/parse';
import { planImport, describeImport, sourceOfWord, fieldOfHeader, mapColumns } from '../../../src/engine/import';
import { ymdToSerial } from '../../../src/engine/dates';
import type { CellValue, Snapshot } from '../../../src/engine/types';
import { defaultUnits, event, workbook } from '../../helpers/snapshot';

const JUL15 = ymdToSerial(2026, 7, 15);

/** The clerk's ledger of the issue: 日期, 单位, 问题, 扣分, 罚款, and a SUMIFS summary beside it. */
const CLERK: CellValue[][] = [
  ['日期', '单位', '问题', '扣分', '罚款', null, '单位', '扣分合计'],
  ['2026-07-15', '城区供电所', '装表接电超时', 2, 200, null, '城区供电所', 2],
  ['2026/8/3', '营销部', '业扩报装督导不力', 1, 0, null, '营销部', 1],
  [null, null, null, null, null, null, '路口供电所', 0],
  [null, null, null, null, null, null, '客户服务中心', 0],
];

function book(extra: Snapshot['sheets'] = []): Snapshot {
  const units = defaultUnits().map((u) => ({ ...u, 别名: u.单位编码 === 'S01' ? '城区所' : null }));
  const snap = workbook({ units, events: [event({ 工单编号: 'GD-OLD' })] });
  snap.sheets.push(...extra);
  return snap;
}

function plan(b: Snapshot, source: Snapshot, options = {}) {
  const { model } = parseWorkbook(b);
  return planImport(b, model, source, options);
}

describe('unread sheets are explained', () => {
  test('the clerk’s ledger: resembles 考核记录, found / missing / could serve, and a warning', () => {
    const { model, warnings } = parseWorkbook(book([{ name: '2026年三季度考核', values: CLERK }]));
    expect(model.sheetsSkipped).toContain('2026年三季度考核');
    expect(model.sheetsUnread).toEqual([
      expect.objectContaining({
        name: '2026年三季度考核',
        rows: 4,
        headerRow: 1,
        resembles: '考核记录',
        found: ['日期', '单位'],
        missing: ['来源', '条款', '等级'],
        couldServe: [{ header: '问题', as: '事项描述' }],
      }),
    ]);
    const w = warnings.find((x) => x.code === 'unread-sheet')!;
    expect(w.sheet).toBe('2026年三季度考核');
    expect(w.message).toContain('它像考核记录(表头在第 1 行);已有「日期」「单位」;「问题」可作「事项描述」;缺少「来源」「条款」「等级」');
    expect(w.message).toContain('qs-assess import');
  });

  test('a units-like sheet, a table with no header of ours, and a short note', () => {
    const { model } = parseWorkbook(
      book([
        {
          name: '单位名单',
          values: [
            ['单位编码', '单位名称', '负责人'],
            ['D09', '新部门', '某某'],
          ],
        },
        {
          name: '统计',
          values: [
            ['甲', '乙', '丙'],
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
        { name: '说明', values: [['本工作簿用于……'], ['第二行']] },
      ]),
    );
    const u = model.sheetsUnread!;
    expect(u.map((x) => [x.name, x.resembles, x.missing])).toEqual([
      ['单位名单', '单位', ['类别', '第一责任人']],
      ['统计', null, []],
    ]);
    expect(u[1].message).toContain('找不到任何一张表的表头');
  });
});

describe('planImport', () => {
  test('the clerk’s ledger: mapped by synonyms, 扣分/罚款 kept in 备注, blanks marked, routed by category', () => {
    const b = book();
    const p = plan(b, { sheets: [{ name: '2026年三季度考核', values: CLERK }] });
    expect(p.problems).toEqual([]);
    expect(p.mapping.map((c) => [c.header, c.field, c.how])).toEqual([
      ['日期', 'date', 'ledger'],
      ['单位', 'unit', 'ledger'],
      ['问题', 'description', 'synonym'],
      ['扣分', null, 'remark'],
      ['罚款', null, 'remark'],
      ['单位', null, 'ignored'],
      ['扣分合计', null, 'ignored'],
    ]);
    expect(p.counts).toEqual({ new: 2, present: 0, refused: 0 });
    expect(p.unmapped).toEqual(['source', 'clause', 'level']);
    const s = p.writes.find((w) => w.sheet === '二级单位考核记录')!;
    expect(s.create).toBe(false);
    // The ledger has one row (row 2) under its header: the import appends at row 3.
    expect(s.rows).toEqual([
      {
        row: 3,
        cells: [
          { column: 1, value: JUL15, kind: 'date', mark: false },
          { column: 2, value: '城区供电所', kind: 'text', mark: false },
          { column: 3, value: null, kind: 'text', mark: true },
          { column: 4, value: null, kind: 'text', mark: true },
          { column: 5, value: null, kind: 'text', mark: true },
          { column: 6, value: '装表接电超时', kind: 'text', mark: false },
          { column: 8, value: '原表 扣分 2;罚款 200', kind: 'text', mark: false },
        ],
      },
    ]);
    // No 部门考核记录 in the book: it is created with the template's header.
    const d = p.writes.find((w) => w.sheet === '部门考核记录')!;
    expect(d.create).toBe(true);
    expect(d.headers.map((h) => h.text).slice(0, 6)).toEqual(['日期', '单位', '来源', '条款', '等级', '事项描述']);
    expect(d.rows[0].row).toBe(2);
    expect(p.rows.map((r) => r.toFill)).toEqual([
      ['source', 'clause', 'level'],
      ['source', 'clause', 'level'],
    ]);
    expect(describeImport(p, { written: false }).join('\n')).toMatch(/新增 2 行,已存在 0 行,拒绝 0 行/);
  });

  test('present by 工单编号 (any case and width) or by date + unit + description; duplicates within the source too', () => {
    const b = book();
    const src: CellValue[][] = [
      ['受理时间', '供电单位', '工单内容', '工单号', '工单类型'],
      ['2026-07-15 14:30', '城区所', '另一件事', 'ｇｄ-old', '投诉'], // the book's ticket GD-OLD
      ['2026-07-15', 'S01', ' 客户投诉装表接电超过时限 ', null, '投诉'], // the book's row, by key
      ['2026-07-16', 'S01', '新的', 'GD-NEW', '投诉'],
      ['2026-07-16', 'S01', '新的', 'GD-NEW', '投诉'], // again in the source
    ];
    const p = plan(b, { sheets: [{ name: 'export', values: src }] });
    expect(p.rows.map((r) => [r.row, r.status, r.reason])).toEqual([
      [2, 'present', '已在「二级单位考核记录」第 2 行'],
      [3, 'present', '已在「二级单位考核记录」第 2 行'],
      [4, 'new', undefined],
      [5, 'present', '与源表第 4 行重复'],
    ]);
    const cells = p.writes[0].rows[0].cells;
    expect(cells.find((c) => c.column === 3)).toEqual({ column: 3, value: '95598工单', kind: 'text', mark: false });
    // The book's ledger (from the helper) has 工单编号 as its 7th column.
    expect(cells.find((c) => c.column === 7)).toEqual({ column: 7, value: 'GD-NEW', kind: 'text', mark: false });
  });

  test('a second import of the same rows adds nothing (even while their blanks are unfilled)', () => {
    const b = book();
    const src = { sheets: [{ name: '2026年三季度考核', values: CLERK }] };
    const p1 = plan(b, src);
    // Apply the plan to the snapshot as a host would.
    for (const w of p1.writes) {
      let s = b.sheets.find((x) => x.name === w.sheet);
      if (!s) b.sheets.push((s = { name: w.sheet, values: [w.headers.map((h) => h.text)] }));
      for (const r of w.rows) {
        const row: CellValue[] = [];
        for (const c of r.cells) row[c.column - 1] = c.value;
        s.values[r.row - 1] = Array.from(row, (v) => v ?? null);
      }
    }
    const errors = parseWorkbook(b).errors;
    expect(errors.map((e) => [e.sheet, e.row, e.header])).toEqual([
      ['二级单位考核记录', 3, '来源'],
      ['二级单位考核记录', 3, '条款'],
      ['二级单位考核记录', 3, '等级'],
      ['部门考核记录', 2, '来源'],
      ['部门考核记录', 2, '条款'],
      ['部门考核记录', 2, '等级'],
    ]);
    const p2 = plan(b, src);
    expect(p2.counts).toEqual({ new: 0, present: 2, refused: 0 });
    expect(p2.writes).toEqual([]);
  });

  test('unknown units, blank and bad dates are refused with sheet, row and reason; the rest go in', () => {
    const src: CellValue[][] = [
      ['某系统导出'],
      [],
      ['发生时间', '责任单位', '诉求内容'],
      ['2026-07-15', '火星供电所', 'a'],
      [null, 'S01', 'b'],
      ['明天', 'S01', 'c'],
      ['46218', 'S02', 'serial as text'],
      [46219, '路口供电所', 'serial'],
      ['2026年7月20日', 'S01', 'd'],
      ['2026.7.21', 'S01', 'e'],
      ['合计', null, null],
    ];
    const p = plan(book(), { sheets: [{ name: '导出', values: src }] });
    expect(p.source).toEqual({ sheet: '导出', headerRow: 3 });
    expect(p.rows.filter((r) => r.status === 'refused').map((r) => [r.sheet, r.row, r.reason!.slice(0, 12)])).toEqual([
      ['导出', 4, '单位“火星供电所”不在「'],
      ['导出', 5, '日期为空'],
      ['导出', 6, '无法识别的日期“明天”:'],
    ]);
    const dates = p.writes.flatMap((w) => w.rows.map((r) => r.cells[0].value));
    expect(dates).toEqual([JUL15, JUL15 + 1, ymdToSerial(2026, 7, 20), ymdToSerial(2026, 7, 21)]);
  });

  test('--map overrides, 忽略, and bad --map entries are problems', () => {
    const src: CellValue[][] = [
      ['时间', '所', '情况'],
      ['2026-07-15', '城区供电所', 'x'],
    ];
    const p = plan(
      book(),
      { sheets: [{ name: 'a', values: src }] },
      {
        map: [
          { from: '所', to: '单位' },
          { from: '情况', to: '事项描述' },
        ],
      },
    );
    expect(p.mapping.map((c) => [c.header, c.field, c.how])).toEqual([
      ['时间', 'date', 'synonym'],
      ['所', 'unit', 'map'],
      ['情况', 'description', 'map'],
    ]);
    expect(p.counts.new).toBe(1);
    const bad = plan(
      book(),
      { sheets: [{ name: 'a', values: src }] },
      {
        map: [
          { from: '无此列', to: '单位' },
          { from: '所', to: '颜色' },
        ],
      },
    );
    expect(bad.problems).toHaveLength(2);
    expect(bad.problems[0]).toContain('「无此列」不在源表的表头中');
    expect(bad.problems[1]).toContain('「颜色」不是考核记录的列');
    const none = plan(book(), {
      sheets: [
        {
          name: 'a',
          values: [
            ['x', 'y'],
            [1, 2],
          ],
        },
      ],
    });
    expect(none.problems[0]).toContain('找不到可以导入的表头');
  });

  test('an old ledger without 工单编号 gets the header cell added right of its last header', () => {
    const b = book();
    const ledger = b.sheets.find((s) => s.name === '二级单位考核记录')!;
    ledger.values = ledger.values.map((r) => r.slice(0, 6));
    const p = plan(b, {
      sheets: [
        {
          name: 'x',
          values: [
            ['日期', '单位', '事项描述', '工单编号'],
            ['2026-07-20', 'S01', 'y', 'T1'],
          ],
        },
      ],
    });
    expect(p.writes[0].headers).toEqual([{ column: 7, text: '工单编号' }]);
    expect(p.writes[0].rows[0].cells.at(-1)).toEqual({ column: 7, value: 'T1', kind: 'text', mark: false });
  });
});

describe('the synonym tables', () => {
  test('headers and source words of SPEC §9', () => {
    expect(['受理时间', '发生时间', '登记日期'].map(fieldOfHeader)).toEqual(['date', 'date', 'date']);
    expect(['责任单位', '供电单位', '所属单位'].map(fieldOfHeader)).toEqual(['unit', 'unit', 'unit']);
    expect(['问题', '工单内容', '诉求内容', '反映内容'].map(fieldOfHeader)).toEqual(Array(4).fill('description'));
    expect(['工单号', '编号', '工单类型', '渠道', '责任人', '日期(Date)'].map(fieldOfHeader)).toEqual([
      'ticket',
      'ticket',
      'source',
      'source',
      'person',
      'date',
    ]);
    expect(['投诉', '95598', '来信', '来访', '媒体', '表扬工单', '其他', '火星'].map(sourceOfWord)).toEqual([
      '95598工单',
      '95598工单',
      '来信来访',
      '来信来访',
      '新闻媒体',
      '客户表扬',
      '其他',
      null,
    ]);
    // Two date columns: 日期 outranks 受理时间 whatever the order.
    expect(mapColumns(['受理时间', '日期']).map((c) => c.field)).toEqual([null, 'date']);
  });
});
