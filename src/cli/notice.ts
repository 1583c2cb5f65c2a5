// `qs-assess notice <book.xlsx> --period P [--out F.docx] [--pdf F.pdf] [--force]`: the 考核通报
// (SPEC §7). Read → validate → score → NoticePlan (src/engine/report/notice.ts) → .docx (src/notice)
// → optionally PDF through LibreOffice Writer. Nothing is written while any validation error exists;
// warnings (the default ladder of SPEC §2 rule 11, the 通报模板 sheet) go to stderr.
import * as fs from 'fs';
import * as path from 'path';
import { assess, describeError, describeWarning, formatPeriod, XML_FORBIDDEN, ymdOf, type NoticePlan, type Period } from '../engine';
import { noticeDocx } from '../notice/docx';
import { checkInputPath, writeAtomically } from '../xlsx/node/files';
import { stampPackage } from '../xlsx/node/fingerprint';
import { readWorkbookFile } from '../xlsx/node/read';
import type { Io } from './io';
import { pdfFonts } from './notice-fonts';
import { convertDocxToPdf, NOTICE_INSTALL_HINT } from './pdf';
import { preflightOutputs } from './preflight';
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

/** The XML-forbidden characters anywhere in the notice's text, as U+XXXX codes (the writer drops them). */
function forbiddenCharacters(plan: NoticePlan): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const m of v.match(XML_FORBIDDEN) ?? []) found.add(`U+${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(plan);
  return [...found];
}

export async function noticeCommand(cmd: NoticeCommandOptions, io: Io, today = new Date()): Promise<number> {
  const out = cmd.out ?? defaultNoticePath(cmd.book, cmd.period);
  const { guards, soffice } = preflightOutputs({
    book: cmd.book,
    main: { file: out, kind: 'notice', ext: '.docx', what: '通报文件' },
    pdf: cmd.pdf,
    force: cmd.force,
    installHint: NOTICE_INSTALL_HINT,
  });

  checkInputPath(cmd.book);
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
  const dropped = forbiddenCharacters(plan);
  if (dropped.length)
    io.err(
      `警告:通报的文字中有 Word 文件无法保存的控制字符(${dropped.join('、')},多为从网页或其他程序粘贴而来),已去掉。请在工作簿中删除它们。`,
    );
  // The notice's own warnings: no 通报文号 (a grey placeholder is printed), a 成文日期 moved to the period's end.
  for (const w of plan.warnings) io.err(describeWarning(w));
  // Fingerprinted, so that a later run replaces it only while nobody has edited it.
  const docx = stampPackage(await noticeDocx(plan), 'notice');
  await writeAtomically(out, async (temp) => fs.writeFileSync(temp, docx), { beforeRename: guards.main });
  if (regen.republish) {
    // The republish is recorded where the record lives: the workbook's own 发布记录 sheet (only
    // that sheet is replaced, atomically; every other part is kept byte for byte).
    await writeSummariesFile(cmd.book, cmd.book, [regen.republish.plan]);
    io.out(`已重新发布(第 ${regen.republish.entry.seq} 次发布,原因:${regen.republish.entry.reason}),记入「${cmd.book}」的「发布记录」。`);
  }
  io.out(`已写入通报「${out}」${plan.number ? `(${plan.number})` : '(未填写通报文号,发文字号处为灰色占位)'}`);
  if (cmd.pdf !== null) {
    progress.step('用 LibreOffice 生成 PDF…');
    // The PDF is printed from a copy naming installed faces, so LibreOffice never guesses a sans
    // face for the 仿宋 body; the .docx itself keeps the GB/T names for Word.
    const { fonts, substituted } = pdfFonts();
    if (substituted.length) io.err(`提示:本机没有公文字体,PDF 中改用 ${substituted.join('、')}。`);
    await convertDocxToPdf(await noticeDocx(plan, fonts), cmd.pdf, soffice, guards.pdf);
    io.out(`已生成 PDF「${cmd.pdf}」`);
  }
  return 0;
}
