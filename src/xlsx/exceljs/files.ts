// Loading a workbook with ExcelJS, for the tests' cross-checks: ExcelJS is an independent reader
// of what we write. Kept apart so that no command loads ExcelJS (~0.4 s) to do its work.
import ExcelJS from 'exceljs';
import { checkInputFile, FileProblem } from '../node/files';

/** Reads a checked .xlsx; a zip or XML that ExcelJS cannot make sense of becomes a FileProblem. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  checkInputFile(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new FileProblem(`无法读取文件「${file}」:文件已损坏或不是 Excel 保存的 .xlsx 工作簿。请在 Excel 中打开并另存为 .xlsx 后再试。`);
  }
  return workbook;
}
