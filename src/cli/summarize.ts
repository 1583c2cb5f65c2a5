// `qs-assess summarize <book.xlsx> --period P [--out F.xlsx] [--pdf F.pdf] [--json] [--in-place]`.
// Read → validate → score → plan → render our sheets into a fresh workbook → merge them into a
// copy of the book's package (or, with --in-place, the book itself; src/xlsx/merge.ts) →
// optionally print our sheets to PDF. Nothing is written while any validation error exists.
import * as path from 'path';
import { assess, describeError, describeWarning, formatPeriod, ymdOf, type Period } from '../engine';
import { acquireLock, checkInputPath } from '../xlsx/node/files';
import { writeSummariesFile } from '../xlsx/node/write';
import { readWorkbookFile } from '../xlsx/node/read';
import type { Io } from './io';
import { INSTALL_HINT, printPlansToPdf } from './pdf';
import { preflightOutputs, type CheckedOutputs } from './preflight';
import { Progress } from './progress';

export interface SummarizeOptions {
  book: string;
  period: Period;
  out: string | null;
  pdf: string | null;
  json: boolean;
  inPlace: boolean;
  force: boolean;
  /** SPEC §10: regenerate a published period whose numbers changed, recording why. */
  republish?: boolean;
  reason?: string;
}

/** `<dir>/<name>.summary.xlsx` for `<dir>/<name>.xlsx`. */
export function defaultOutPath(book: string): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}.summary.xlsx`);
}

export async function summarizeCommand(cmd: SummarizeOptions, io: Io, today = new Date()): Promise<number> {
  const out = cmd.inPlace ? cmd.book : (cmd.out ?? defaultOutPath(cmd.book));
  const { guards, soffice } = preflightOutputs({
    book: cmd.book,
    main: {
      file: out,
      kind: 'summary',
      ext: '.xlsx',
      what: '输出文件',
      inPlace: cmd.inPlace,
      sameAsBook: '输出文件与输入工作簿相同。如确需把汇总表写回原工作簿,请改用 --in-place。',
    },
    pdf: cmd.pdf,
    force: cmd.force,
    installHint: INSTALL_HINT,
  });
  // Messages go to stderr when stdout carries the JSON.
  const say = cmd.json ? io.err : io.out;
  checkInputPath(cmd.book);

  // --in-place: one run at a time rewrites a workbook; a second one refuses at once (not after
  // scoring), and the lock goes with the run, however it ends.
  const release = cmd.inPlace ? acquireLock(cmd.book) : null;
  try {
    return await summarizeLocked(cmd, io, { out, soffice, guards }, say, today);
  } finally {
    release?.();
  }
}

/** Where a run writes: the summary workbook, LibreOffice for the PDF, and the replace checks for the rename. */
interface Targets {
  out: string;
  soffice: string | null;
  guards: CheckedOutputs['guards'];
}

async function summarizeLocked(
  cmd: SummarizeOptions,
  io: Io,
  { out, soffice, guards }: Targets,
  say: (line: string) => void,
  today: Date,
): Promise<number> {
  const progress = new Progress(io);
  progress.step(`读取「${cmd.book}」…`);
  // Read once: the same bytes are scored and merged into (src/xlsx/node/write.ts).
  const input = await readWorkbookFile(cmd.book);
  const { snapshot } = input;
  progress.step(`检查并计算 ${formatPeriod(cmd.period)}…`);
  const s = assess(snapshot, { period: cmd.period, today: ymdOf(today) });
  // Warnings never change the exit code; they go to stderr so that --json stays pure.
  for (const w of s.warnings) io.err(describeWarning(w));
  if (!s.ok) {
    for (const e of s.errors) io.err(describeError(e));
    io.err(`工作簿中有 ${s.errors.length} 个错误,未生成汇总表。请逐条修改(或运行 qs-assess validate 查看)后重试。`);
    return 1;
  }
  const regen = s.regeneration({ republish: cmd.republish ?? false, reason: cmd.reason ?? '' });
  if (!regen.allowed) {
    io.err(`未生成汇总表:${regen.message}`);
    return 2;
  }
  const summaries = s.sheets();
  // A republish writes the updated 发布记录 with the summaries (it is not printed with them).
  const plans = regen.republish ? [...summaries, regen.republish.plan] : summaries;
  progress.step(`写入 ${plans.length} 张汇总表(${s.result.units.length} 个单位,${s.result.events.length} 条事件)…`);
  // Our sheets merged into the user's package (whose parts are copied byte for byte, see
  // src/xlsx/merge.ts) and, with --pdf, printed from a workbook of their own.
  await writeSummariesFile(input, out, plans, guards.main);
  say(`已写入「${out}」:${plans.map((p) => p.name).join('、')}`);
  if (regen.republish) say(`已重新发布(第 ${regen.republish.entry.seq} 次发布,原因:${regen.republish.entry.reason}),记入「发布记录」。`);

  if (cmd.pdf !== null) {
    progress.step('用 LibreOffice 生成 PDF…');
    await printPlansToPdf(summaries, cmd.pdf, soffice, guards.pdf);
    say(`已生成 PDF「${cmd.pdf}」`);
  }
  if (cmd.json) io.out(JSON.stringify(s.result, null, 2));
  return 0;
}
