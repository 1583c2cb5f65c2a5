// Printing to PDF through LibreOffice (soffice --headless --convert-to pdf). Each run gets its own
// LibreOffice profile in a private temporary folder, so concurrent runs never fight over one.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../engine';
import { writePlansWorkbook } from '../xlsx/merge';
import { FileProblem, writeAtomically } from '../xlsx/node/files';
import { stampPdf } from '../xlsx/node/fingerprint';
import { stopChild, trackChild, trackPath, untrackChild, untrackPath } from '../xlsx/node/cleanup';
import { NODE_MERGE } from '../xlsx/node/write';

export const INSTALL_HINT =
  '未找到 LibreOffice(soffice),无法生成 PDF。请先安装:sudo apt-get install libreoffice-calc-nogui fonts-wqy-microhei' +
  '(Windows / macOS 请从 https://www.libreoffice.org 下载),或设置环境变量 QS_SOFFICE 指向 soffice,然后重试。' +
  ' (LibreOffice not found: install it, or set QS_SOFFICE.)';

/** The notice's PDF needs Writer (not only Calc) and serif CJK fonts for its 仿宋/小标宋 fallbacks. */
export const NOTICE_INSTALL_HINT =
  '未找到 LibreOffice(soffice),无法生成通报 PDF。请先安装:sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-microhei' +
  '(Windows / macOS 请从 https://www.libreoffice.org 下载),或设置环境变量 QS_SOFFICE 指向 soffice,然后重试。' +
  ' (LibreOffice not found: install it, or set QS_SOFFICE.)';

const CONVERT_TIMEOUT_MS = 180_000;

/** The soffice executable: $QS_SOFFICE, else `soffice` or `libreoffice` on the PATH; null when none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.QS_SOFFICE) return isExecutable(env.QS_SOFFICE) ? env.QS_SOFFICE : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Converts an .xlsx file to `pdfTarget` (written atomically). Throws FileProblem when LibreOffice is missing or fails. */
export async function convertToPdf(xlsxFile: string, pdfTarget: string, soffice = findSoffice()): Promise<void> {
  await convert(async (input) => fs.copyFileSync(xlsxFile, input), pdfTarget, soffice);
}

/** Prints a workbook (all its sheets, by their print setup) to `pdfTarget`. */
export async function printWorkbookToPdf(workbook: ExcelJS.Workbook, pdfTarget: string, soffice = findSoffice()): Promise<void> {
  await convert((input) => workbook.xlsx.writeFile(input), pdfTarget, soffice);
}

/** Prints a Word document (the 考核通报, as bytes) to `pdfTarget` through LibreOffice Writer. */
export async function convertDocxToPdf(
  docx: Uint8Array,
  pdfTarget: string,
  soffice = findSoffice(),
  beforeReplace?: () => void,
): Promise<void> {
  await convert(async (input) => fs.writeFileSync(input, docx), pdfTarget, soffice, 'notice.docx', beforeReplace);
}

async function convert(
  writeInput: (file: string) => Promise<void>,
  pdfTarget: string,
  soffice: string | null,
  inputName = 'summary.xlsx',
  beforeReplace?: () => void,
): Promise<void> {
  if (!soffice) throw new FileProblem(inputName.endsWith('.docx') ? NOTICE_INSTALL_HINT : INSTALL_HINT);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-assess-pdf-'));
  trackPath(work);
  try {
    const input = path.join(work, inputName);
    await writeInput(input);
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, input]);
    const produced = path.join(outDir, `${path.basename(inputName, path.extname(inputName))}.pdf`);
    if (!fs.existsSync(produced))
      throw new FileProblem(
        `LibreOffice 没有生成 PDF 文件。请确认 LibreOffice 安装完整(含 ${inputName.endsWith('.docx') ? 'Writer' : 'Calc'})后重试。`,
      );
    // Fingerprinted (src/xlsx/node/fingerprint.ts): a later run replaces only a PDF it wrote, unchanged.
    await writeAtomically(pdfTarget, async (temp) => fs.writeFileSync(temp, stampPdf(fs.readFileSync(produced))), {
      beforeRename: beforeReplace,
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    untrackPath(work);
  }
}

/**
 * Runs soffice as the leader of a process group of its own (`detached`), registered with the
 * cleanup (src/xlsx/node/cleanup.ts): an interrupted run, or a conversion past its time limit,
 * stops soffice and whatever it started, not only the launcher script.
 */
function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HOME: process.env.HOME ?? os.tmpdir() },
    });
    trackChild(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stopChild(child);
      stderr += `\n(超过 ${CONVERT_TIMEOUT_MS / 1000} 秒未完成,已停止)`;
    }, CONVERT_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      untrackChild(child);
      reject(new FileProblem(`LibreOffice 转换 PDF 失败:${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      untrackChild(child);
      if (code === 0) resolve();
      else reject(new FileProblem(`LibreOffice 转换 PDF 失败:${(stderr || `退出码 ${code ?? signal}`).trim()}`));
    });
  });
}

/**
 * Prints generated sheets to one PDF, each sheet printed on its own so that its footer's
 * 「第 &P 页 共 &N 页」 counts that sheet's pages only (LibreOffice's &N counts the whole document
 * when a workbook is printed at once), then joined with poppler's pdfunite. Without pdfunite the
 * sheets are printed as one workbook (pages still numbered from 1 per sheet, the total is the whole).
 * `beforeReplace` (guardOutput) may refuse at the rename a target changed while LibreOffice worked.
 */
export async function printPlansToPdf(
  plans: SheetPlan[],
  pdfTarget: string,
  soffice = findSoffice(),
  beforeReplace?: () => void,
): Promise<void> {
  const unite = plans.length > 1 ? findOnPath('pdfunite') : null;
  if (!unite) {
    const write = async (input: string) => fs.writeFileSync(input, writePlansWorkbook(plans, NODE_MERGE));
    await convert(write, pdfTarget, soffice, 'summary.xlsx', beforeReplace);
    return;
  }
  if (!soffice) throw new FileProblem(INSTALL_HINT);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-assess-pdf-'));
  trackPath(work);
  try {
    const inputs = plans.map((plan, i) => {
      const input = path.join(work, `sheet${i + 1}.xlsx`);
      fs.writeFileSync(input, writePlansWorkbook([plan], NODE_MERGE));
      return input;
    });
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    // One LibreOffice start for all the sheets.
    await run(soffice, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...inputs,
    ]);
    const pdfs = inputs.map((input) => path.join(outDir, `${path.basename(input, '.xlsx')}.pdf`));
    if (pdfs.some((p) => !fs.existsSync(p)))
      throw new FileProblem('LibreOffice 没有生成 PDF 文件。请确认 LibreOffice 安装完整(含 Calc)后重试。');
    const joined = path.join(work, 'joined.pdf');
    await run(unite, [...pdfs, joined]);
    // Fingerprinted like every PDF we write (src/xlsx/node/fingerprint.ts).
    await writeAtomically(pdfTarget, async (temp) => fs.writeFileSync(temp, stampPdf(fs.readFileSync(joined))), {
      beforeRename: beforeReplace,
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    untrackPath(work);
  }
}

function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}
