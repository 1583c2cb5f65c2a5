// SPEC §2 rule 11: the warning appears exactly while the ladder in use is the built-in one (from
// the defaults or an unchanged template copy) and 处罚标准已确认 is not 是 — in the parse
// warnings, as the footnote of every generated sheet, and in the notice.
import {
  DEFAULT_LADDER,
  DEFAULT_LADDER_NOTE,
  parsePeriod,
  parseWorkbook,
  planNotice,
  planSummaries,
  score,
  templateSheets,
} from '../../src/engine';
import type { CellValue, SheetSnapshot, Snapshot } from '../../src/engine';
import { event, sheet, workbook } from '../helpers/snapshot';
import { paramsSheet } from './score-book';
import { fullWidth } from '../../src/engine/text';

const ladderSheet = (rows: CellValue[][]): SheetSnapshot => ({
  name: '处罚标准',
  values: [['等级', '代码', '单位扣分', '单位罚款', '第一责任人罚款', '直接责任人罚款', '加分', '等级上限'], ...rows],
});
const defaultRows = (): CellValue[][] =>
  DEFAULT_LADDER.map((l) => [l.name, l.code, l.points, l.unitFine, l.headFine, l.personFine, l.bonus, l.gradeCap]);

/** Every place the warning can show, for one workbook. */
function outputs(snapshot: Snapshot) {
  const { model, errors, warnings } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  const quarter = score(model, parsePeriod('2026Q3')!);
  const year = score(model, parsePeriod('2026')!);
  const plans = [...planSummaries(model, quarter), ...planSummaries(model, year)];
  const notice = planNotice(model, quarter, { date: { year: 2026, month: 10, day: 15 } });
  return {
    warned: warnings.filter((w) => w.code === 'default-ladder'),
    footnotes: plans.map((p) => p.values.some((r) => r[0] === `※ ${fullWidth(DEFAULT_LADDER_NOTE)}`)),
    notice: notice.footnote,
  };
}

const events = [event(), event({ 日期: '2026-04-10' })];

describe.each<[string, SheetSnapshot[], boolean]>([
  ['no 处罚标准 sheet, nothing confirmed', [], true],
  ['an unchanged copy of the built-in ladder (rows in another order)', [ladderSheet(defaultRows().reverse())], true],
  ['the built-in ladder, 处罚标准已确认 = 否', [paramsSheet({ 处罚标准已确认: '否' })], true],
  ['the built-in ladder confirmed (是)', [paramsSheet({ 处罚标准已确认: '是' })], false],
  ['an unchanged template copy confirmed', [ladderSheet(defaultRows()), paramsSheet({ 处罚标准已确认: '是' })], false],
  [
    'one number changed (一般: 单位罚款 300)',
    [ladderSheet(defaultRows().map((r) => (r[1] === 'L2' ? [...r.slice(0, 3), 300, ...r.slice(4)] : r)))],
    false,
  ],
  ['a level removed', [ladderSheet(defaultRows().filter((r) => r[1] !== 'B4'))], false],
])('%s', (_, sheets, expected) => {
  const o = outputs(workbook({ events, sheets }));

  test(`parse warning ${expected ? 'given once, with rule 11’s sentence' : 'absent'}`, () => {
    expect(o.warned).toHaveLength(expected ? 1 : 0);
    if (expected) expect(o.warned[0].message).toContain(DEFAULT_LADDER_NOTE);
  });

  test(`footnote on every generated sheet: ${expected}`, () => {
    expect(o.footnotes).toHaveLength(5); // quarter: summary, detail, people; year: summary, people
    expect(o.footnotes.every((f) => f === expected)).toBe(true);
  });

  test(`notice footnote: ${expected}`, () => {
    expect(o.notice).toBe(expected ? fullWidth(DEFAULT_LADDER_NOTE) : null);
  });
});

test('the blank template, read back as a workbook, is the unconfirmed default (its note row is not a level)', () => {
  const units = sheet('单位', [{ 单位编码: 'S01', 单位名称: '城区供电所', 类别: '二级单位', 第一责任人: '陈所长' }]);
  const snapshot: Snapshot = {
    sheets: templateSheets().map((t) =>
      t.name === '单位' ? units : { name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] },
    ),
  };
  const { model, errors, warnings } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  expect(model.rules.source.ladder).toBe('workbook');
  expect(model.rules.ladder).toHaveLength(DEFAULT_LADDER.length);
  expect(warnings.map((w) => w.code)).toContain('default-ladder');
});

test('处罚标准已确认 accepts 是/否 and refuses anything else, naming the cell', () => {
  const bad = parseWorkbook(workbook({ events, sheets: [paramsSheet({ 处罚标准已确认: '也许' })] }));
  expect(bad.errors).toHaveLength(1);
  expect(bad.errors[0]).toMatchObject({ sheet: '考核参数', row: 2, header: '值', value: '也许' });
  expect(bad.errors[0].message).toContain('请填写“是”或“否”');
  expect(parseWorkbook(workbook({ events, sheets: [paramsSheet({ 处罚标准已确认: ' 是 ' })] })).model.rules.params.ladderConfirmed).toBe(
    true,
  );
});
