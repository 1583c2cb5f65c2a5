// The annual sheet of SPEC §3: the four quarterly scores, the year's score, grade, rank, veto,
// and the year's counts and fines.

import type { CellValue, Model, Period, Result, SheetPlan } from '../types';
import { roundPoints } from '../round';
import { COUNT, FINE_COLUMNS, POINTS, TEXT, layoutSheet, type Column } from './layout';
import { marker, periodLabel, sheetName, subtitle, title } from './names';
import { annualChart } from './charts';

const ANNUAL_COLUMNS: Column[] = [
  { header: '序号', format: COUNT, align: 'center', minWidth: 5 },
  { header: '单位', format: TEXT, minWidth: 10, maxWidth: 24 },
  { header: '类别', format: TEXT, align: 'center' },
  { header: '第一季度', format: POINTS },
  { header: '第二季度', format: POINTS },
  { header: '第三季度', format: POINTS },
  { header: '第四季度', format: POINTS },
  { header: '年度得分', format: POINTS },
  { header: '等级', format: TEXT, align: 'center' },
  { header: '名次', format: COUNT, align: 'center', minWidth: 5 },
  { header: '一票否决', format: TEXT, align: 'center' },
  { header: '事件数', format: COUNT, align: 'center' },
  ...FINE_COLUMNS,
];

export function planAnnualSummary(
  model: Model,
  result: Result,
  period: Period,
  warning: string | null,
  followUpNote: string | null = null,
): SheetPlan {
  const p = model.rules.params;
  const rows: CellValue[][] = result.units.map((u, i) => {
    const q = u.quarters ?? [null, null, null, null];
    return [
      i + 1,
      u.name,
      u.category,
      q[0],
      q[1],
      q[2],
      q[3],
      u.score,
      u.grade,
      u.rank,
      u.veto ? '是' : '否',
      u.events,
      u.unitFine,
      u.headFine,
      u.personFine,
    ];
  });
  const sum = (col: number) => rows.reduce((s, r) => s + (r[col] as number), 0);
  const totals: CellValue[] = ['', '合计', null, null, null, null, null, null, null, null, null, sum(11), sum(12), sum(13), sum(14)];
  const method =
    p.annualMethod === '年度累计'
      ? `年度得分方式:年度累计 —— 年度得分 = 基础分 − 全年扣分 − 全年未闭环扣分 + 全年加分(最多 4 × ${p.bonusCap} = ${roundPoints(4 * p.bonusCap)} 分),不低于 0、不高于 ${roundPoints(p.base + 4 * p.bonusCap)}。`
      : `年度得分方式:季度平均 —— 年度得分为四个季度得分的平均值(没有考核事项的季度按基础分 ${p.base} 计)。`;
  return layoutSheet({
    name: sheetName(period, 'summary'),
    kind: 'annual-summary',
    period: result.period,
    marker: marker(period, 'annual'),
    title: title(p, period, '考核汇总表'),
    subtitle: subtitle(p, period),
    columns: ANNUAL_COLUMNS,
    rows,
    totals,
    notes: [
      `注:1. ${method}`,
      `2. 全年任一事项带有等级上限(一票否决)的单位,年度等级不高于该上限;名次在部门、二级单位内分别排列;事件数和罚款为全年合计。`,
      ...(followUpNote ? [followUpNote] : []),
    ],
    params: p,
    warning,
    chart: annualChart(`${periodLabel(period)}各单位季度得分`, result.units, p),
  });
}
