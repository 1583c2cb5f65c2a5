// The one error type of the .xlsx layer: a file we cannot or will not read or write. Its message is
// for the user, in Chinese, and names the file and, where there is one, the part of the package.
// Browser-safe: the Node layer (src/xlsx/node) throws the same class for file-system errors.

export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileProblem';
  }
}

/** What the .xlsx is called in messages: a path on the command line, a file name in the page. */
export type FileLabel = string;

const ADVICE = '请在 Excel 中打开原文件并另存为 .xlsx 后再试。';

/** A part of the package is damaged or not what it should be. */
export function damagedPart(file: FileLabel, part: string, why: string): FileProblem {
  return new FileProblem(`文件「${file}」中的部件 ${part} 无法读取(${why})。文件可能已损坏。${ADVICE}`);
}

/** The package as a whole is not an .xlsx workbook. */
export function notWorkbook(file: FileLabel, why: string): FileProblem {
  return new FileProblem(`文件「${file}」不是有效的 .xlsx 工作簿(${why})。${ADVICE}`);
}

/** The first bytes of an OLE2 compound file: an .xlsx with a password to open, or an old .xls. */
export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/** An encrypted workbook (a password to open is an OLE2 wrapper) or an old .xls: the same words in the command and the page. */
export function encryptedOrLegacy(file: FileLabel): FileProblem {
  return new FileProblem(
    `文件「${file}」设置了打开密码(已加密),或是旧版 .xls 格式,无法读取。` +
      '请在 Excel 中取消密码(文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密,清空密码)或另存为 .xlsx 后再试。',
  );
}
