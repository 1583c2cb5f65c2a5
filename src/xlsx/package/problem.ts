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
