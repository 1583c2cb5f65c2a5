// The charts of SPEC §3, as data for layoutSheet: the quarter's scores per unit as bars with the
// three grade lines, and the year's Q1–Q4 scores per unit. Colours are fixed here so every
// renderer (Office, the .xlsx writer, LibreOffice's print) shows the same chart.
import type { Params, UnitResult } from '../types';
import type { ChartBlock } from './layout';
import { POINTS } from './layout';

const BAR = '#4472C4';
const QUARTER_BARS = ['#4472C4', '#ED7D31', '#A5A5A5', '#5B9BD5'];
const LINES = { excellent: '#70AD47', good: '#FFC000', pass: '#C00000' };

/** Bars of the quarter's scores, and 优秀线 / 良好线 / 合格线 as lines (columns of equal values). */
export function quarterChart(title: string, units: readonly UnitResult[], p: Params): ChartBlock {
  const line = (v: number) => units.map(() => v);
  return {
    title,
    categoryHeader: '单位',
    categories: units.map((u) => u.name),
    series: [
      { name: '得分', values: units.map((u) => u.score), type: 'bar', color: BAR, format: POINTS },
      { name: '优秀线', values: line(p.excellentLine), type: 'line', color: LINES.excellent, format: POINTS },
      { name: '良好线', values: line(p.goodLine), type: 'line', color: LINES.good, format: POINTS },
      { name: '合格线', values: line(p.passLine), type: 'line', color: LINES.pass, format: POINTS },
    ],
    valueAxis: axis(
      units.map((u) => u.score),
      p.passLine,
      p.base + p.bonusCap,
    ),
  };
}

/** The four quarterly scores of each unit as clustered bars. */
export function annualChart(title: string, units: readonly UnitResult[], p: Params): ChartBlock {
  const names = ['第一季度', '第二季度', '第三季度', '第四季度'];
  const quarters = names.map((_, q) => units.map((u) => u.quarters?.[q] ?? u.base));
  return {
    title,
    categoryHeader: '单位',
    categories: units.map((u) => u.name),
    series: names.map((name, q) => ({ name, values: quarters[q], type: 'bar' as const, color: QUARTER_BARS[q], format: POINTS })),
    valueAxis: axis(quarters.flat(), p.passLine, p.base + p.bonusCap),
  };
}

/**
 * The value axis: from a round ten at least 10 below both the lowest score and the pass line
 * (bars of 96 and 100 are then told apart, and the grade lines are inside), never below 0, up to
 * the highest possible quarterly score.
 */
function axis(values: readonly number[], passLine: number, top: number): ChartBlock['valueAxis'] {
  const low = Math.min(passLine, ...values);
  const min = Math.max(0, Math.floor(low / 10) * 10 - 10);
  const max = Math.max(top, ...values, min + 10);
  return { min, max: Math.ceil(max), title: '得分' };
}
