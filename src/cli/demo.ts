// `npm run demo`: build the bundled sample, summarize 2026Q3 and 2026 into one copy, print the
// quarter to PDF when LibreOffice is present, and show the quarter's results as a table.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parsePeriod, type SheetPlan } from '../engine';
import { readWorkbookFile } from '../xlsx/read';
import { renderPlans } from '../xlsx/render';
import { writeSummariesFile } from '../xlsx/write';
import { writeSampleOrTemplate } from './init';
import { findSoffice, printWorkbookToPdf } from './pdf';
import { summarizeSnapshot } from './summarize';
import { resultTable } from './demo-table';

const DEMO_DIR = path.resolve(__dirname, '../../demo');

async function demo(): Promise<void> {
  fs.mkdirSync(DEMO_DIR, { recursive: true });
  const book = path.join(DEMO_DIR, 'sample-2026.xlsx');
  const out = path.join(DEMO_DIR, 'sample-2026.summary.xlsx');
  await writeSampleOrTemplate(book, true);

  const { snapshot } = await readWorkbookFile(book);
  const quarter = summarizeSnapshot(snapshot, parsePeriod('2026Q3')!);
  const year = summarizeSnapshot(snapshot, parsePeriod('2026')!);
  if (!quarter.ok || !year.ok) throw new Error('the bundled sample does not validate');
  const plans: SheetPlan[] = [...quarter.plans, ...year.plans];
  await writeSummariesFile(book, out, plans);

  const written = [book, out];
  const soffice = findSoffice();
  let pdfNote = '';
  if (soffice) {
    const pdf = path.join(DEMO_DIR, '2026Q3-summary.pdf');
    const printed = new ExcelJS.Workbook();
    renderPlans(printed, quarter.plans);
    await printWorkbookToPdf(printed, pdf, soffice);
    written.push(pdf);
  } else {
    pdfNote = '(未找到 LibreOffice,跳过 PDF;安装:sudo apt-get install libreoffice-calc-nogui fonts-wqy-microhei)';
  }

  const r = quarter.result;
  console.log(`${r.company} ${r.period} 优质服务考核结果(名次分部门、二级单位排列)\n`);
  for (const line of resultTable(r)) console.log(line);
  console.log(`\n已写入:`);
  for (const f of written) console.log(`  ${path.relative(process.cwd(), f)}`);
  if (pdfNote) console.log(pdfNote);
}

demo().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
