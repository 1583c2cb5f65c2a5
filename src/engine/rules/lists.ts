// Closed lists users pick from (drop-downs in the template and the task pane).
import type { Category, RepairArea } from '../types';

/** 来源 of an event (SPEC §1.5). */
export const EVENT_SOURCES = [
  '95598工单',
  '新闻媒体',
  '来信来访',
  '明察暗访',
  '上级检查',
  '公司检查',
  '日常考核',
  '客户表扬',
  '其他',
] as const;

/** Sources whose deducting events count as complaints (SPEC §4 `complaints`). */
export const COMPLAINT_SOURCES: readonly string[] = ['95598工单', '来信来访'];

export const CATEGORIES: readonly Category[] = ['部门', '二级单位'];

export const REPAIR_AREAS: readonly RepairArea[] = ['城区', '农村', '边远'];

/** 类型 in the 节假日 sheet: a day off, a make-up working day. */
export const CALENDAR_TYPES = ['休', '班'] as const;

/** What the template offers in the three 三不放过 columns. */
export const YES_NO = ['是', '否'] as const;

/** What the template offers in the 认定 column (SPEC §1.5, §2 rule 12); blank means 属实有责. */
export const FINDINGS = ['属实有责', '不属实', '无责', '免责'] as const;

/** The ledger sheets and their category, and the other sheets the parser reads (by exact name). */
export const SHEET_NAMES = {
  units: '单位',
  clauses: '考核条款',
  ladder: '处罚标准',
  params: '考核参数',
  calendar: '节假日',
  departmentLedger: '部门考核记录',
  unitLedger: '二级单位考核记录',
} as const;
