// The import plan in words (SPEC §9's report): the mapping, the counts, each refused row with its
// source sheet, row and reason, and the cells left for the clerk. The command prints these lines;
// the panes and the page show the same text.
import type { ImportPlan } from './plan';
import { LEDGER_HEADER } from './synonyms';

const HOW: Record<string, string> = { ledger: '同名', synonym: '同义', map: '指定', remark: '记入备注', ignored: '不导入' };

/** One line per source column: 「受理时间」→ 日期(同义). */
export function describeMapping(plan: ImportPlan): string[] {
  return plan.mapping.map((c) => {
    const to = c.field ? `→ ${LEDGER_HEADER[c.field]}` : c.how === 'remark' ? '→ 备注' : '→ (不导入)';
    return `  「${c.header}」${to}(${HOW[c.how]}${c.note ? `:${c.note}` : ''})`;
  });
}

/** The whole report, for a terminal or a dialog. */
export function describeImport(plan: ImportPlan, opts: { written: boolean }): string[] {
  if (plan.problems.length) return plan.problems;
  const lines: string[] = [];
  if (plan.source) lines.push(`源表「${plan.source.sheet}」,表头在第 ${plan.source.headerRow} 行。列的对应:`);
  lines.push(...describeMapping(plan));
  if (plan.unmapped.length) {
    lines.push(`源表没有这些必填列,导入后留空并标色,待补填:${plan.unmapped.map((f) => LEDGER_HEADER[f]).join('、')}`);
  }
  const { counts } = plan;
  lines.push(`新增 ${counts.new} 行,已存在 ${counts.present} 行,拒绝 ${counts.refused} 行。`);
  for (const w of plan.writes) {
    const rows = w.rows.map((r) => r.row);
    const span = rows.length > 1 ? `第 ${rows[0]}–${rows[rows.length - 1]} 行` : rows.length ? `第 ${rows[0]} 行` : '';
    lines.push(`  ${opts.written ? '已追加到' : '将追加到'}「${w.sheet}」${w.create ? '(新建)' : ''}${span},共 ${rows.length} 行`);
  }
  for (const r of plan.rows) if (r.status === 'refused') lines.push(`  拒绝:「${r.sheet}」第 ${r.row} 行 — ${r.reason}`);
  const toFill = plan.rows.filter((r) => r.status === 'new' && r.toFill && r.toFill.length > 0);
  if (toFill.length) {
    const cells = toFill.reduce((a, r) => a + r.toFill!.length, 0);
    lines.push(`有 ${cells} 个单元格留空或内容无法识别,已用浅黄色标出,请补填后运行 qs-assess validate 核对(它会逐一列出这些单元格)。`);
  }
  return lines;
}
