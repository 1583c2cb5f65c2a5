// Sheets that look like a ledger but are not named like one (SPEC §2 rule 1: nothing is silently
// dropped). A renamed ledger (2026二级单位考核记录, 二级单位考核记录(2)) used to be skipped, and the
// quarter scored on a fraction of its events with exit 0.
//
// Decision (docs/scoring.md): a sheet we would otherwise skip whose header row is a ledger's (all
// of 日期, 单位, 来源, 条款, 等级, 事项描述 within the first 10 rows) is read as a ledger, with a
// warning that says so — better a visible double count of a backup copy than a silent loss of
// the real records. A sheet that has every column but 单位 cannot be read (whose events are
// they?), and a sheet named like a ledger without its header is not read either: both are a
// warning. A copy of our own 扣分明细 (its header has 第几次 and 系数) is never read.
import type { SheetSnapshot, SheetRole } from '../types';
import { EVENT_TABLE, UNIT_EVENT_TABLE } from './schema';
import { headerRowOf, Issues } from './table';
import { explain, isDetailCopy } from './unread';

/** A name that says "assessment records" (考核记录, or 记录 with 考核 anywhere). */
const LEDGER_NAME = /考核记录|考核台账|考核明细记录/;

/**
 * For each sheet nobody claimed (role null, not skipped, not generated): 'ledger' when its header
 * is a ledger's; warnings for the near misses. Returns the roles to give.
 */
export function ledgerLikeSheets(
  sheets: readonly SheetSnapshot[],
  role: readonly (SheetRole | null)[],
  skip: readonly boolean[],
  issues: Issues,
): (SheetRole | null)[] {
  return sheets.map((s, k) => {
    if (role[k] !== null || skip[k] || s.generated) return role[k];
    const full = headerRowOf(s, EVENT_TABLE);
    if (full && !isDetailCopy(full.cells)) {
      issues.warn(
        'ledger-like-sheet',
        s.name,
        `工作表名不是「部门考核记录」或「二级单位考核记录」,但第 ${full.row} 行的表头与考核记录相同,已作为考核记录读取,其中的事项计入考核。如这张表是备份、草稿或副本,请删除它或移出本工作簿,否则其中的事项会重复计分;如是正式台账,建议改名为「二级单位考核记录」或「部门考核记录」`,
        full.row,
      );
      return 'ledger';
    }
    const partial = headerRowOf(s, UNIT_EVENT_TABLE);
    if (partial && !isDetailCopy(partial.cells)) {
      issues.warn(
        'ledger-like-sheet',
        s.name,
        `第 ${partial.row} 行的表头像考核记录,但没有「单位」列,工作表名也不是任何单位的名称或编码,所以这张表没有读取,其中的事项不计入考核:如要计入,请加一列「单位」,或把工作表改名为所属单位的名称或编码`,
        partial.row,
      );
      return null;
    }
    // With data under a header of its own it is explained in full by unread.ts instead.
    if (LEDGER_NAME.test(s.name) && !full && explain(s) === null) {
      issues.warn(
        'ledger-like-sheet',
        s.name,
        '工作表名像考核记录,但前 10 行内找不到考核记录的表头(日期、单位、来源、条款、等级、事项描述),所以没有读取,其中的内容不计入考核:如这是考核记录,请补齐表头',
      );
    }
    return null;
  });
}
