// File safety for the command line: refuse what we cannot read before reading it, and never
// leave a half-written file behind (write to a temporary name in the target folder, then rename).
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import ExcelJS from 'exceljs';

/** Larger files are refused by size, before a byte is read. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/** A file we cannot or will not read; the message is for the user, in Chinese. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileProblem';
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// An encrypted .xlsx (a password to open) is not a zip but an OLE2 compound file, like an old .xls.
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Every complete zip ends with an end-of-central-directory record (22 bytes + a comment ≤ 65535).
const EOCD_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * Checks an input workbook: it exists, is a regular file of at most 100 MB, is named .xlsx, and
 * looks like a complete zip. Throws FileProblem saying what is wrong and what to do.
 */
export function checkInputFile(file: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new FileProblem(`找不到文件「${file}」。请检查路径和文件名。`);
  }
  if (st.isDirectory()) throw new FileProblem(`「${file}」是一个文件夹,不是 Excel 工作簿。`);
  if (st.size > MAX_INPUT_BYTES) {
    const mb = (st.size / 1024 / 1024).toFixed(0);
    throw new FileProblem(`文件「${file}」有 ${mb} MB,超过 100 MB 的上限,未读取。请删除无关的工作表或数据后再试。`);
  }
  const ext = path.extname(file).toLowerCase();
  const head = readBytes(file, 0, 8);
  if (head.length >= 8 && head.equals(OLE2_MAGIC)) {
    throw new FileProblem(
      `文件「${file}」设置了打开密码(已加密),或是旧版 .xls 格式,无法读取。` +
        '请在 Excel 中取消密码(文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密,清空密码)或另存为 .xlsx 后再试。',
    );
  }
  if (ext !== '.xlsx') {
    throw new FileProblem(`文件「${file}」不是 .xlsx 工作簿(扩展名为「${ext || '无'}」)。请在 Excel 中另存为 .xlsx 格式。`);
  }
  if (head.length < 4 || !head.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new FileProblem(`文件「${file}」不是有效的 .xlsx 工作簿(内容不是 Excel 格式)。请在 Excel 中另存为 .xlsx 格式。`);
  }
  const tailLength = Math.min(st.size, 22 + 65535);
  const tail = readBytes(file, st.size - tailLength, tailLength);
  if (tail.lastIndexOf(EOCD_MAGIC) < 0) {
    throw new FileProblem(`文件「${file}」已损坏或不完整(可能复制或下载时中断)。请重新获取完整的文件。`);
  }
}

function readBytes(file: string, position: number, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** A temporary name next to `target`, so the final rename stays on one file system (atomic). */
export function tempNameFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Produces `target` atomically: `write` fills a temporary file in the same folder, which then
 * replaces `target` by rename. On failure the temporary file is removed and `target` is untouched.
 */
export async function writeAtomically(target: string, write: (tempFile: string) => Promise<void>): Promise<void> {
  const temp = tempNameFor(target);
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * ExcelJS deflates with JSZip's pure-JS deflate at its default level; level 1 takes about 30% less
 * time on a 100k-row workbook for a file about 30% larger — the better trade for a command people wait on.
 */
const ZIP_OPTIONS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  await writeAtomically(target, (temp) => workbook.xlsx.writeFile(temp, ZIP_OPTIONS));
}

/** Reads a checked .xlsx; a zip or XML that ExcelJS cannot make sense of becomes a FileProblem. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  checkInputFile(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new FileProblem(
      `无法读取文件「${file}」:文件已损坏或不是 Excel 保存的 .xlsx 工作簿(${(e as Error).message})。请在 Excel 中打开并另存为 .xlsx 后再试。`,
    );
  }
  return workbook;
}
