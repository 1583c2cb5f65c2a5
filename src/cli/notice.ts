// `qs-assess notice <book.xlsx> --period P [--out F.docx] [--pdf F.pdf] [--force]`: the 考核通报
// (SPEC §7). Read → validate → score → NoticePlan (src/engine/report/notice.ts) → .docx (src/notice)
// → optionally PDF through LibreOffice Writer. Nothing is written while any validation error exists;
// warnings (the default ladder of SPEC §2 rule 11, the 通报模板 sheet) go to stderr.
import * as fs from 'fs';
import * as path from 'path';
import { assess, describeError, describeWarning, formatPeriod, ymdOf, type Period } from '../engine';
import { noticeDocx } from '../notice/docx';
import { FileProblem, checkInputFile, checkOutputTarget, readZipPart, sameFile, writeAtomically } from '../xlsx/node/files';
import { readWorkbookFile } from '../xlsx/node/read';
import type { Io } from './io';
import { pdfFonts } from './notice-fonts';
import { convertDocxToPdf, findSoffice, NOTICE_INSTALL_HINT } from './pdf';
import { Progress } from './progress';
import { writeSummariesFile } from '../xlsx/node/write';

export interface NoticeCommandOptions {
  book: string;
  period: Period;
  out: string | null;
  pdf: string | null;
  force: boolean;
  /** SPEC §10: regenerate a published period whose numbers changed, recording why. */
  republish?: boolean;
  reason?: string;
}

/** `<dir>/<name>.<period>.notice.docx` for `<dir>/<name>.xlsx`. */
export function defaultNoticePath(book: string, period: Period): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}.${formatPeriod(period)}.通报.docx`);
}

/** True when `file` is a notice this tool wrote (its core properties name QS Assess as creator). */
function isOurNotice(file: string): boolean {
  const core = readZipPart(file, 'docProps/core.xml');
  return core !== null && /<dc:creator>QS Assess<\/dc:creator>/.test(core);
}

export async function noticeCommand(cmd: NoticeCommandOptions, io: Io, today = new Date()): Promise<number> {
  const out = cmd.out ?? defaultNoticePath(cmd.book, cmd.period);
  if (path.extname(out).toLowerCase() !== '.docx') throw new FileProblem(`通报文件「${out}」应以 .docx 结尾。`);
  if (cmd.pdf !== null && path.extname(cmd.pdf).toLowerCase() !== '.pdf') throw new FileProblem(`PDF 文件「${cmd.pdf}」应以 .pdf 结尾。`);
  for (const target of [out, cmd.pdf]) {
    if (target !== null && (path.resolve(target) === path.resolve(cmd.book) || sameFile(target, cmd.book)))
      throw new FileProblem(`输出文件「${target}」与输入工作簿相同:请换一个文件名。`);
    if (target !== null) checkOutputTarget(target);
  }
  if (!cmd.force && fs.existsSync(out) && !isOurNotice(out)) {
    throw new FileProblem(
      `文件「${out}」已存在,且不是本工具生成的通报,为免覆盖您的文件,未做任何改动。请用 --out 换一个文件名,或加 --force 覆盖它。`,
    );
  }
  const soffice = cmd.pdf !== null ? findSoffice() : null;
  if (cmd.pdf !== null && !soffice) throw new FileProblem(NOTICE_INSTALL_HINT);

  checkInputFile(cmd.book);
  const progress = new Progress(io);
  progress.step(`读取「${cmd.book}」…`);
  const { snapshot } = await readWorkbookFile(cmd.book);
  progress.step(`检查并计算 ${formatPeriod(cmd.period)}…`);
  const n = assess(snapshot, { period: cmd.period, today: ymdOf(today) });
  for (const w of n.warnings) io.err(describeWarning(w));
  if (!n.ok) {
    for (const e of n.errors) io.err(describeError(e));
    io.err(`工作簿中有 ${n.errors.length} 个错误,未生成通报。请逐条修改(或运行 qs-assess validate 查看)后重试。`);
    return 1;
  }
  const regen = n.regeneration({ republish: cmd.republish ?? false, reason: cmd.reason ?? '' });
  if (!regen.allowed) {
    io.err(`未生成通报:${regen.message}`);
    return 2;
  }
  const plan = n.notice();
  const docx = await noticeDocx(plan);
  await writeAtomically(out, async (temp) => fs.writeFileSync(temp, docx));
  if (regen.republish) {
    // The republish is recorded where the record lives: the workbook's own 发布记录 sheet (only
    // that sheet is replaced, atomically; every other part is kept byte for byte).
    await writeSummariesFile(cmd.book, cmd.book, [regen.republish.plan]);
    io.out(`已重新发布(第 ${regen.republish.entry.seq} 次发布,原因:${regen.republish.entry.reason}),记入「${cmd.book}」的「发布记录」。`);
  }
  io.out(`已写入通报「${out}」${plan.number ? `(${plan.number})` : '(未填写通报文号:可在「考核参数」表中填写“通报文号”)'}`);
  if (cmd.pdf !== null) {
    progress.step('用 LibreOffice 生成 PDF…');
    // The PDF is printed from a copy naming installed faces, so LibreOffice never guesses a sans
    // face for the 仿宋 body; the .docx itself keeps the GB/T names for Word.
    const { fonts, substituted } = pdfFonts();
    if (substituted.length) io.err(`提示:本机没有公文字体,PDF 中改用 ${substituted.join('、')}。`);
    await convertDocxToPdf(await noticeDocx(plan, fonts), cmd.pdf, soffice);
    io.out(`已生成 PDF「${cmd.pdf}」`);
  }
  return 0;
}
