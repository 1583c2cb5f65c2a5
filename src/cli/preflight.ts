// What `summarize` and `notice` check about their outputs before the book is read (a long read
// must not end in "cannot write there"): the extensions, no output naming the book itself, each
// folder there and writable, an existing file replaced only when it is ours as we wrote it (and
// the same check kept for the rename: guardOutput), LibreOffice present when a PDF is asked for.
import * as path from 'path';
import { FileProblem, checkOutputTarget, sameFile } from '../xlsx/node/files';
import { guardOutput, type OutputKind } from '../xlsx/node/fingerprint';
import { findSoffice } from './pdf';

export interface OutputRequest {
  book: string;
  /** The command's own output: its file, kind and extension; `inPlace` when it is the book itself. */
  main: { file: string; kind: OutputKind; ext: '.xlsx' | '.docx'; what: string; inPlace?: boolean; sameAsBook?: string };
  pdf: string | null;
  force: boolean;
  /** What to say when LibreOffice is missing for --pdf (Calc for sheets, Writer for the notice). */
  installHint: string;
}

export interface CheckedOutputs {
  /** For writeAtomically's beforeRename: undefined where there is nothing to re-check (--in-place). */
  guards: { main?: () => void; pdf?: () => void };
  soffice: string | null;
}

export function preflightOutputs(r: OutputRequest): CheckedOutputs {
  const { main, pdf } = r;
  // Compare the files, not the spellings: a symlinked folder, `./`, or another case on a
  // case-insensitive file system name the same workbook.
  const isBook = (target: string) => path.resolve(target) === path.resolve(r.book) || sameFile(target, r.book);
  if (!main.inPlace && isBook(main.file))
    throw new FileProblem(main.sameAsBook ?? `输出文件「${main.file}」与输入工作簿相同:请换一个文件名。`);
  if (path.extname(main.file).toLowerCase() !== main.ext) throw new FileProblem(`${main.what}「${main.file}」应以 ${main.ext} 结尾。`);
  if (pdf !== null && path.extname(pdf).toLowerCase() !== '.pdf') throw new FileProblem(`PDF 文件「${pdf}」应以 .pdf 结尾。`);
  if (pdf !== null && isBook(pdf)) throw new FileProblem(`输出文件「${pdf}」与输入工作簿相同:请换一个文件名。`);
  for (const target of [main.file, pdf]) if (target !== null) checkOutputTarget(target);
  // Checked now and again at the rename: a file the user saved meanwhile is theirs.
  const guards = {
    main: main.inPlace ? undefined : guardOutput(main.file, main.kind, r.force),
    pdf: pdf !== null ? guardOutput(pdf, 'pdf', r.force, '--pdf') : undefined,
  };
  // Asked for before any work, so a missing one costs nothing.
  const soffice = pdf !== null ? findSoffice() : null;
  if (pdf !== null && !soffice) throw new FileProblem(r.installHint);
  return { guards, soffice };
}
