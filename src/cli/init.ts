// `qs-assess init <book.xlsx> [--sample] [--force]`: a new template (or the bundled sample).
import * as fs from 'fs';
import * as path from 'path';
import { sampleSheets, templateSheets } from '../engine';
import { writeTemplateWorkbook } from '../xlsx';
import { checkOutputTarget, FileProblem, writeAtomically } from '../xlsx/node/files';
import { NODE_MERGE } from '../xlsx/node/write';
import type { Io } from './io';

export async function initCommand(cmd: { book: string; sample: boolean; force: boolean }, io: Io): Promise<number> {
  if (path.extname(cmd.book).toLowerCase() !== '.xlsx') {
    throw new FileProblem(`新工作簿的文件名应以 .xlsx 结尾,例如 ${path.basename(cmd.book, path.extname(cmd.book)) || '考核'}.xlsx。`);
  }
  if (fs.existsSync(cmd.book) && !cmd.force) {
    throw new FileProblem(`文件「${cmd.book}」已存在,未做任何改动。如确需覆盖,请加 --force。`);
  }
  checkOutputTarget(cmd.book);
  await writeSampleOrTemplate(cmd.book, cmd.sample);
  io.out(
    cmd.sample
      ? `已生成示例工作簿「${cmd.book}」:黄冈黄州区供电公司的 18 个单位和 2026 年示例事件。试试:qs-assess summarize ${cmd.book} --period 2026Q3`
      : `已生成考核工作簿模板「${cmd.book}」。请在「单位」和考核记录工作表中填写数据,然后运行 qs-assess validate ${cmd.book}`,
  );
  return 0;
}

/** Writes the template or the sample workbook to `file` (atomically; overwrites). */
export async function writeSampleOrTemplate(file: string, sample: boolean): Promise<void> {
  const bytes = writeTemplateWorkbook(sample ? sampleSheets() : templateSheets(), NODE_MERGE);
  await writeAtomically(file, async (temp) => fs.writeFileSync(temp, bytes));
}
