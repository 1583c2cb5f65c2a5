// `qs-assess publish <book.xlsx> --period P [--reason 文字] [--republish] [--out F | --in-place]`
// (SPEC §10): records the period's results in the workbook's own protected sheet 发布记录 — the
// numbers that were signed and issued, against which every later read compares. Writes like
// summarize: a copy by default (<book>.published.xlsx), the book itself with --in-place, atomically,
// only our sheet replaced.
import * as fs from 'fs';
import * as path from 'path';
import { assess, describeError, describeWarning, formatPeriod, ymdOf, type Period } from '../engine';
import { FileProblem, checkInputFile, checkOutputTarget, isOurOutput, sameFile } from '../xlsx/node/files';
import { writeSummariesFile } from '../xlsx/node/write';
import { readWorkbookFile } from '../xlsx/node/read';
import type { Io } from './io';
import { Progress } from './progress';

export interface PublishCommandOptions {
  book: string;
  period: Period;
  out: string | null;
  inPlace: boolean;
  force: boolean;
  republish: boolean;
  reason: string;
}

/** `<dir>/<name>.published.xlsx` for `<dir>/<name>.xlsx`. */
export function defaultPublishedPath(book: string): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}.published.xlsx`);
}

export async function publishCommand(cmd: PublishCommandOptions, io: Io, today = new Date()): Promise<number> {
  const out = cmd.inPlace ? cmd.book : (cmd.out ?? defaultPublishedPath(cmd.book));
  if (!cmd.inPlace && (path.resolve(out) === path.resolve(cmd.book) || sameFile(out, cmd.book))) {
    throw new FileProblem('输出文件与输入工作簿相同。如确需把发布记录写回原工作簿,请改用 --in-place。');
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new FileProblem(`输出文件「${out}」应以 .xlsx 结尾。`);
  checkOutputTarget(out);
  if (!cmd.inPlace && !cmd.force && fs.existsSync(out) && !isOurOutput(out)) {
    throw new FileProblem(
      `输出文件「${out}」已存在,且不是本工具生成的工作簿,为免覆盖您的文件,未做任何改动。请用 --out 换一个文件名,或加 --force 覆盖它。`,
    );
  }
  checkInputFile(cmd.book);
  const progress = new Progress(io);
  progress.step(`读取「${cmd.book}」…`);
  const { snapshot } = await readWorkbookFile(cmd.book);
  progress.step(`检查并计算 ${formatPeriod(cmd.period)}…`);
  // The run date on the machine's clock is the publish date (the clerk's day: Asia/Shanghai in the office).
  const a = assess(snapshot, { period: cmd.period, today: ymdOf(today) });
  for (const w of a.warnings) io.err(describeWarning(w));
  if (!a.ok) {
    for (const e of a.errors) io.err(describeError(e));
    io.err(`工作簿中有 ${a.errors.length} 个错误,未发布。请逐条修改(或运行 qs-assess validate 查看)后重试。`);
    return 1;
  }
  const outcome = a.publish({ reason: cmd.reason, republish: cmd.republish });
  if (!outcome.ok) {
    if (outcome.kind === 'unchanged') {
      io.out(outcome.message);
      return 0;
    }
    io.err(`未发布:${outcome.message}`);
    return 2;
  }
  await writeSummariesFile(cmd.book, out, [outcome.plan]);
  io.out(`${outcome.message}已写入「${out}」(${outcome.result.units.length} 个单位,${outcome.result.events.length} 条事件)。`);
  return 0;
}
