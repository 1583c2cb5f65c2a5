// `qs-assess import <book.xlsx> <source> [--sheet NAME] [--map 源列=字段 …] [--dry-run] [--strict]
// [--out F.xlsx | --in-place] [--force]` (SPEC §9). Read the book and the source (an .xlsx, or a
// .csv in whatever encoding the office's systems save) → the engine plans the import (one function
// for every door) → the planned rows are appended to a copy of the book (default
// <book>.imported.xlsx) or, with --in-place, to the book itself by an atomic replace.
import * as fs from 'fs';
import * as path from 'path';
import { describeImport, importPlanFor, type MapOverride, type Snapshot } from '../engine';
import { readCsv } from '../xlsx/csv';
import { appendLedgerRows } from '../xlsx/append';
import { FileProblem, checkInputFile, checkOutputTarget, describeReadError, sameFile, writeAtomically } from '../xlsx/node/files';
import { readWorkbookFile } from '../xlsx/node/read';
import { NODE_MERGE } from '../xlsx/node/write';
import { UsageError } from './args';
import type { Io } from './io';
import { Progress } from './progress';

export interface ImportCommandOptions {
  book: string;
  source: string;
  sheet: string | null;
  map: MapOverride[];
  dryRun: boolean;
  strict: boolean;
  out: string | null;
  inPlace: boolean;
  force: boolean;
}

/** A CSV export bigger than this is not a quarter's work orders: refused before reading. */
const MAX_CSV_BYTES = 256 * 1024 * 1024;

/** `<dir>/<name>.imported.xlsx` for `<dir>/<name>.xlsx`. */
export function defaultImportPath(book: string): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}.imported.xlsx`);
}

export async function importCommand(cmd: ImportCommandOptions, io: Io): Promise<number> {
  const out = cmd.inPlace ? cmd.book : (cmd.out ?? defaultImportPath(cmd.book));
  if (!cmd.inPlace && (path.resolve(out) === path.resolve(cmd.book) || sameFile(out, cmd.book))) {
    throw new FileProblem('输出文件与工作簿相同。如确需把记录直接导入原工作簿,请改用 --in-place。');
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new FileProblem(`输出文件「${out}」应以 .xlsx 结尾。`);
  if (!cmd.dryRun) {
    checkOutputTarget(out);
    if (!cmd.inPlace && !cmd.force && fs.existsSync(out)) {
      throw new FileProblem(
        `输出文件「${out}」已存在,为免覆盖,未做任何改动。请用 --out 换一个文件名,加 --force 覆盖它,或用 --in-place 直接导入原工作簿。`,
      );
    }
  }
  checkInputFile(cmd.book);
  const progress = new Progress(io);
  progress.step(`读取「${cmd.book}」…`);
  const { snapshot: book } = await readWorkbookFile(cmd.book);

  progress.step(`读取源文件「${cmd.source}」…`);
  const self = sameFile(cmd.source, cmd.book);
  const source = self ? { snapshot: book, encoding: null } : await readSource(cmd.source);
  if (source.encoding) io.out(`源文件编码:${source.encoding}`);
  const plan = importPlanFor(book, source.snapshot, { sheet: cmd.sheet, map: cmd.map, sourceIsBook: self });
  if (plan.problems.length) {
    for (const p of plan.problems) io.err(`错误:${p}`);
    return 2;
  }
  const refused = plan.counts.refused > 0;
  const write = !cmd.dryRun && plan.counts.new > 0 && !(cmd.strict && refused);
  for (const line of describeImport(plan, { written: write })) io.out(line);
  if (cmd.strict && refused) {
    io.err(`有 ${plan.counts.refused} 行被拒绝,按 --strict 未写入任何内容。请改正源表中的这些行(或去掉 --strict)后重试。`);
    return 1;
  }
  if (cmd.dryRun) {
    io.out('--dry-run:只做检查,未写入任何文件。');
    return 0;
  }
  if (!write) {
    io.out('没有新记录,未写入任何文件。');
    return 0;
  }
  progress.step(`写入「${out}」…`);
  const original = fs.readFileSync(cmd.book);
  const bytes = appendLedgerRows(original, plan.writes, cmd.book, NODE_MERGE);
  await writeAtomically(out, (temp) => fs.promises.writeFile(temp, bytes));
  io.out(`已写入「${out}」。下一步:补填标色的单元格,然后运行 qs-assess validate ${quoteArg(out)} 核对。`);
  return 0;
}

/** The source file as a Snapshot: an .xlsx through the reader, a .csv decoded (its encoding reported). */
async function readSource(file: string): Promise<{ snapshot: Snapshot; encoding: string | null }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return { snapshot: (await readWorkbookFile(file)).snapshot, encoding: null };
  if (ext !== '.csv' && ext !== '.txt') {
    throw new UsageError(
      `源文件「${file}」应是 .xlsx 或 .csv(扩展名为「${ext || '无'}」):旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV 后再导入。`,
    );
  }
  let bytes: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new FileProblem(`「${file}」是一个文件夹,不是 CSV 文件。`);
    if (st.size > MAX_CSV_BYTES) throw new FileProblem(`CSV 文件「${file}」超过 256 MB,未读取:请按月份拆分后分次导入。`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
  const { snapshot, encoding } = readCsv(bytes, path.basename(file, ext));
  return { snapshot, encoding };
}

function quoteArg(s: string): string {
  return /[\s"']/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s;
}
