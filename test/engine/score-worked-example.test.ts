// The worked example of docs/scoring.md (第八节 计算示例), number for number. If this test
// changes, the document must change with it (the README quotes it).

import { event } from '../helpers/snapshot';
import { paramsSheet, scoreBook } from './score-book';

const closed = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };

export const WORKED_EXAMPLE = {
  units: [
    { 单位编码: 'D01', 单位名称: '办公室', 类别: '部门', 第一责任人: '王主任' },
    { 单位编码: 'D02', 单位名称: '营销部', 类别: '部门', 第一责任人: '李主任' },
    { 单位编码: 'S01', 单位名称: '城区供电所', 类别: '二级单位', 第一责任人: '陈所长' },
    { 单位编码: 'S02', 单位名称: '路口供电所', 类别: '二级单位', 第一责任人: '刘所长' },
    { 单位编码: 'S03', 单位名称: '客户服务中心', 类别: '二级单位', 第一责任人: '赵主任' },
  ],
  events: [
    event({
      日期: '2026-04-08',
      单位: '城区供电所',
      来源: '95598工单',
      条款: '8.4',
      等级: '一般',
      事项描述: '客户投诉装表接电超时',
      ...closed,
    }),
    event({
      日期: '2026-07-06',
      单位: '城区供电所',
      来源: '95598工单',
      条款: '8.4',
      等级: '一般',
      事项描述: '装表接电再次超时',
      ...closed,
    }),
    event({
      日期: '2026-08-19',
      单位: '城区供电所',
      来源: '明察暗访',
      条款: '8.2',
      等级: '轻微',
      事项描述: '柜台人员未佩戴服务证',
      原因查清: '是',
      责任处理: '是',
      整改落实: '否',
    }),
    event({ 日期: '2026-09-10', 单位: '城区供电所', 来源: '客户表扬', 条款: '8.3', 等级: '表扬', 事项描述: '客户来信表扬' }),
    event({
      日期: '2026-07-15',
      单位: '路口供电所',
      来源: '新闻媒体',
      条款: '11',
      等级: '重大',
      事项描述: '计划停电未提前公告,省级媒体曝光',
      ...closed,
    }),
    event({ 日期: '2026-08-01', 单位: '路口供电所', 来源: '客户表扬', 条款: '12', 等级: '省级以上表彰', 事项描述: '省级优质服务表彰' }),
    event({ 日期: '2026-09-20', 单位: '路口供电所', 来源: '客户表扬', 条款: '12', 等级: '市级表彰', 事项描述: '市级媒体正面报道' }),
    event({ 日期: '2026-09-25', 单位: '路口供电所', 来源: '客户表扬', 条款: '12', 等级: '锦旗', 事项描述: '客户赠送锦旗' }),
    event({
      日期: '2026-07-22',
      单位: '客户服务中心',
      来源: '来信来访',
      条款: '8.5',
      等级: '较大',
      事项描述: '收费超时引发越级投诉',
      扣分调整: 3,
      备注: '市公司核定扣 3 分',
      ...closed,
    }),
    event({ 日期: '2026-08-05', 单位: '营销部', 来源: '日常考核', 条款: '5.2', 等级: '一般', 事项描述: '跨部门协作推诿', ...closed }),
    event({ 日期: '2026-09-02', 单位: '办公室', 来源: '上级检查', 条款: '5.1', 等级: '一般', 事项描述: '工作总结未按时报送', ...closed }),
  ],
  sheets: [paramsSheet({ 未闭环扣分: 0.5 })],
};

describe('docs/scoring.md worked example', () => {
  test('2026 年第 3 季度', () => {
    const { result } = scoreBook(WORKED_EXAMPLE, '2026Q3');
    // code, 扣分(事件), 未闭环, 加分, 得分, 等级, 名次, 一票否决, 事件数, 有效投诉, 罚款(单位/第一责任人/直接责任人)
    expect(
      result.units.map((u) => [
        u.code,
        u.points,
        u.openItems,
        u.bonus,
        u.score,
        u.grade,
        u.rank,
        u.veto,
        u.events,
        u.complaints,
        u.unitFine,
        u.headFine,
        u.personFine,
      ]),
    ).toEqual([
      ['D01', 2, 0, 0, 98, '优秀', 1, false, 1, 0, 200, 100, 200],
      ['D02', 2, 0, 0, 98, '优秀', 1, false, 1, 0, 200, 100, 200],
      ['S01', 4, 1, 0.5, 96, '优秀', 2, false, 3, 1, 300, 150, 350],
      ['S02', 10, 0, 5, 95, '合格', 3, true, 4, 0, 2000, 1000, 1000],
      ['S03', 3, 0, 0, 97, '优秀', 1, false, 1, 1, 500, 300, 500],
    ]);
    const s01 = result.events.filter((e) => e.unit === 'S01');
    expect(s01.map((e) => [e.date, e.occurrence, e.multiplier, e.points, e.open])).toEqual([
      ['2026-07-06', 2, 1.5, 3, false],
      ['2026-08-19', 1, 1, 1, true],
      ['2026-09-10', 0, 1, 0, false],
    ]);
    const s03 = result.events.find((e) => e.unit === 'S03')!;
    expect([s03.points, s03.override, s03.unitFine]).toEqual([3, true, 500]);
  });

  test('2026 年度,季度平均', () => {
    const { result } = scoreBook(WORKED_EXAMPLE, '2026');
    expect(result.units.map((u) => [u.code, u.quarters, u.score, u.grade, u.rank, u.veto])).toEqual([
      ['D01', [100, 100, 98, 100], 99.5, '优秀', 1, false],
      ['D02', [100, 100, 98, 100], 99.5, '优秀', 1, false],
      ['S01', [100, 98, 96, 100], 98.5, '优秀', 3, false],
      ['S02', [100, 100, 95, 100], 98.75, '合格', 2, true],
      ['S03', [100, 100, 97, 100], 99.25, '优秀', 1, false],
    ]);
  });

  test('2026 年度,年度累计', () => {
    const { result } = scoreBook({ ...WORKED_EXAMPLE, sheets: [paramsSheet({ 未闭环扣分: 0.5, 年度得分方式: '年度累计' })] }, '2026');
    // S01: 100 − (2 + 3 + 1) − 0.5 + 0.5 = 94; S02: 100 − 10 + min(6, 20) = 96 (合格: capped).
    expect(result.units.map((u) => [u.code, u.score, u.grade, u.rank])).toEqual([
      ['D01', 98, '优秀', 1],
      ['D02', 98, '优秀', 1],
      ['S01', 94, '良好', 3],
      ['S02', 96, '合格', 2],
      ['S03', 97, '优秀', 1],
    ]);
  });
});
