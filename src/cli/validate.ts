// `qs-assess validate <book.xlsx>`: every error, one per line; which sheets were read and skipped;
// where the rules came from.
import { describeError, describeWarning, readWorkbook, type Model, type SheetRole } from '../engine';
import { readWorkbookFile } from '../xlsx/node/read';
import type { Io } from './io';
import { Progress } from './progress';

const ROLE_NAMES: Record<SheetRole, string> = {
  units: '单位',
  clauses: '考核条款',
  ladder: '处罚标准',
  params: '考核参数',
  calendar: '节假日',
  ledger: '考核记录',
  'unit-sheet': '单位考核记录',
};

export async function validateCommand(cmd: { book: string }, io: Io): Promise<number> {
  const progress = new Progress(io);
  progress.step(`读取「${cmd.book}」…`);
  const { snapshot } = await readWorkbookFile(cmd.book);
  progress.step('检查数据…');
  const { model, errors, warnings } = readWorkbook(snapshot);
  for (const line of describeSheets(model)) io.out(line);
  for (const w of warnings) io.err(describeWarning(w));
  for (const e of errors) io.out(describeError(e));
  if (errors.length) {
    io.out(`共发现 ${errors.length} 个错误,请逐条修改后再运行 qs-assess validate。`);
    return 1;
  }
  io.out(`未发现错误:${model.units.length} 个单位,${model.events.length} 条考核事件。`);
  return 0;
}

/** Which sheets were read (as what, how many rows), which skipped, and where the rules came from. */
export function describeSheets(model: Model): string[] {
  const read = model.sheetsRead.map((s) => `「${s.name}」(${ROLE_NAMES[s.role]},${s.rows} 行)`);
  const lines = [`已读取的工作表:${read.length ? read.join('、') : '无'}`];
  // A skipped sheet with data says so here; the warning below says what it resembles (SPEC §1.5).
  const unread = new Map((model.sheetsUnread ?? []).map((u) => [u.name, u]));
  const skipped = model.sheetsSkipped.map((n) =>
    unread.has(n) ? `「${n}」(有 ${unread.get(n)!.rows} 行数据,未读取,原因见下)` : `「${n}」`,
  );
  lines.push(`已跳过的工作表:${skipped.length ? skipped.join('、') : '无'}`);
  const from = (s: 'workbook' | 'default') => (s === 'workbook' ? '工作簿' : '内置默认');
  const src = model.rules.source;
  lines.push(`规则来源:考核条款 — ${from(src.clauses)};处罚标准 — ${from(src.ladder)};考核参数 — ${from(src.params)}`);
  return lines;
}
