// Names, titles and markers of the generated sheets, in one place so the renderers, the task
// pane and the tests agree on them.

import type { Params, Period } from '../types';
import { quarterBounds } from '../dates';
import { formatPeriod } from '../period';
import { serialToYmd } from '../dates';

export function sheetName(period: Period, part: 'summary' | 'detail' | 'people'): string {
  const what = part === 'summary' ? '考核汇总' : part === 'detail' ? '扣分明细' : '个人罚款';
  if (period.kind === 'year') return `${period.year}年度${what}`;
  return `${period.year}年第${period.quarter}季度${what}`;
}

/** ASCII and defined-name safe: letters, digits and dots, starting with a letter. */
export function marker(period: Period, part: 'summary' | 'detail' | 'annual' | 'people'): string {
  return `QSAssess.${formatPeriod(period)}.${part}`;
}

export function periodLabel(period: Period): string {
  return period.kind === 'year' ? `${period.year}年度` : `${period.year}年第${period.quarter}季度`;
}

export function title(params: Params, period: Period, what: '考核汇总表' | '考核扣分明细表' | '个人罚款汇总表'): string {
  return `${params.company} ${periodLabel(period)}优质服务${what}`;
}

export function subtitle(params: Params, period: Period): string {
  const first = period.kind === 'year' ? quarterBounds(period.year, 1).first : quarterBounds(period.year, period.quarter).first;
  const last = period.kind === 'year' ? quarterBounds(period.year, 4).last : quarterBounds(period.year, period.quarter).last;
  return `考核期间:${chineseDate(first)} 至 ${chineseDate(last)}    考核单位:${params.company}    金额单位:元`;
}

function chineseDate(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${year}年${month}月${day}日`;
}
