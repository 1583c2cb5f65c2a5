// The follow-up block of the summary and the detail (SPEC §3, §10): incidents of earlier periods
// still open at the period's end (历史未闭环事项) and the period's own overdue ones, as lines of
// text after the sign-off line. Text lines rather than columns, so the block never changes the
// table it follows and prints across the table's width.
import type { Params } from '../types';
import type { FollowUp, OpenItem } from '../followup';
import { serialToYmd } from '../dates';

export interface TextBlock {
  heading: string;
  lines: string[];
}

/** The blocks to print; none when nothing is open (a clean record needs no empty list). */
export function followUpBlocks(fu: FollowUp, p: Params): TextBlock[] {
  const { year, month, day } = serialToYmd(fu.end);
  const end = `${year}年${month}月${day}日`;
  const blocks: TextBlock[] = [];
  if (fu.history.length) {
    const scored = p.historyOpenPoints ? `,每项扣 ${p.historyOpenPoints} 分(历史未闭环扣分)` : ',只列出不扣分(历史未闭环扣分为 0)';
    blocks.push({
      heading: `历史未闭环事项:以往季度发生、截至${end}仍未闭环的事项共 ${fu.history.length} 项${scored}。`,
      lines: fu.history.map((it, i) => itemLine(it, i)),
    });
  }
  if (fu.overdue.length) {
    blocks.push({
      heading: `本期逾期未整改事项:截至${end}已过整改期限仍未闭环的本期事项共 ${fu.overdue.length} 项。`,
      lines: fu.overdue.map((it, i) => itemLine(it, i)),
    });
  }
  return blocks;
}

/** One item in a clerk's words: who, when, what, the deadline and how late, and the row behind it. */
export function itemLine(it: OpenItem, i: number): string {
  const person = it.person ? `,直接责任人 ${it.person}` : '';
  const deadline =
    it.deadline === null
      ? ',未填整改期限'
      : it.overdueDays !== null
        ? `,整改期限 ${it.deadline},逾期 ${it.overdueDays} 天`
        : `,整改期限 ${it.deadline}`;
  // Pieces joined, not one template literal: V8 keeps a template of twenty parts as a tree of
  // partial strings until it is read, and a quarter's 70k lines held as trees until the sheet
  // punctuates them cost the garbage collector more than their text (docs/BENCHMARKS.md).
  return [
    `（${i + 1}）`,
    it.unitName,
    ' ',
    it.date,
    ' 条款 ',
    it.clause,
    '(',
    it.level,
    '):',
    it.description,
    person,
    deadline,
    ';「',
    it.sheet,
    '」第 ',
    it.row,
    ' 行。',
  ].join('');
}

/**
 * The summary's one line about the lists (null when nothing is open): the counts and where the
 * items are listed. The summary keeps to one page for the signature (SPEC §3) whatever the lists'
 * length; the detail and the notice list every item. `listedIn` names where (the quarter's detail
 * sheet, or for a year the fourth quarter's detail, which lists what is open at the year's end).
 */
export function followUpSummaryNote(fu: FollowUp, listedIn: string): string | null {
  if (!fu.history.length && !fu.overdue.length) return null;
  const late = fu.history.filter((it) => it.overdueDays !== null).length;
  const parts: string[] = [];
  if (fu.history.length) parts.push(`历史未闭环事项 ${fu.history.length} 项${late ? `(其中逾期 ${late} 项)` : ''}`);
  if (fu.overdue.length) parts.push(`本期逾期未整改事项 ${fu.overdue.length} 项`);
  return `${parts.join('、')},逐项列在${listedIn}。`;
}
