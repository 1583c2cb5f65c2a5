// The ExcelJS side of files, kept apart so that the commands that do not need ExcelJS (summarize,
// validate) never load it (~0.4 s): writing the template or sample workbook (init), loading a
// workbook for the tests and the benchmarks.
import ExcelJS from 'exceljs';
import type { TemplateSheet } from '../../engine';
import { checkInputFile, FileProblem, writeAtomically } from '../node/files';
import { renderTemplate } from './template';

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
  } catch {
    throw new FileProblem(`无法读取文件「${file}」:文件已损坏或不是 Excel 保存的 .xlsx 工作簿。请在 Excel 中打开并另存为 .xlsx 后再试。`);
  }
  return workbook;
}

/** Writes a workbook of template sheets (the template or the sample) to `file`, atomically. */
export async function writeTemplateFile(file: string, sheets: TemplateSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QS Assess';
  renderTemplate(workbook, sheets);
  await writeWorkbookAtomically(workbook, file);
}
