// `npm run demo`: build the bundled sample, summarize 2026Q3 and 2026 into one copy, write the
// quarter's 考核通报, print the quarter's summaries and the notice to PDF when LibreOffice is
// present, and show the quarter's results as a table. The same code paths as the command.
import * as fs from 'fs';
import * as path from 'path';
import { assess, readWorkbook, ymdOf, type Assessment, type Period, type SheetPlan } from '../engine';
import { noticeDocx } from '../notice/docx';
import { readWorkbookFile } from '../xlsx/node/read';
import { writeSummariesFile } from '../xlsx/node/write';
import { writeSampleOrTemplate } from './init';
import { pdfFonts } from './notice-fonts';
import { convertDocxToPdf, findSoffice, printPlansToPdf } from './pdf';
import { resultTable } from './demo-table';

const DEMO_DIR = path.resolve(__dirname, '../../demo');

async function demo(): Promise<void> {
  fs.mkdirSync(DEMO_DIR, { recursive: true });
  const book = path.join(DEMO_DIR, 'sample-2026.xlsx');
  const out = path.join(DEMO_DIR, 'sample-2026.summary.xlsx');
  await writeSampleOrTemplate(book, true);

  const input = await readWorkbookFile(book);
  const { snapshot } = input;
  const reading = readWorkbook(snapshot);
  const today = ymdOf(new Date());
  const run = (period: Period) => {
    const a: Assessment = assess(reading, { period, today });
    if (!a.ok) throw new Error('the bundled sample does not validate');
    return a;
  };
  const quarter = run({ kind: 'quarter', year: 2026, quarter: 3 });
  const year = run({ kind: 'year', year: 2026 });
  const plans: SheetPlan[] = [...quarter.sheets(), ...year.sheets()];
  await writeSummariesFile(input, out, plans);

  const notice = quarter.notice();
  const docx = path.join(DEMO_DIR, '2026Q3-通报.docx');
  fs.writeFileSync(docx, await noticeDocx(notice));
  const yearNotice = year.notice();
  const yearDocx = path.join(DEMO_DIR, '2026-通报.docx');
  fs.writeFileSync(yearDocx, await noticeDocx(yearNotice));

  const written = [book, out, docx, yearDocx];
  const soffice = findSoffice();
  let pdfNote = '';
  if (soffice) {
    // Each sheet printed on its own (numbered 第 1 页 共 N 页 per sheet), the notices through Writer.
    const pdf = path.join(DEMO_DIR, '2026Q3-summary.pdf');
    await printPlansToPdf(quarter.sheets(), pdf, soffice);
    const yearPdf = path.join(DEMO_DIR, '2026-summary.pdf');
    await printPlansToPdf(year.sheets(), yearPdf, soffice);
    const noticePdf = path.join(DEMO_DIR, '2026Q3-通报.pdf');
    await convertDocxToPdf(await noticeDocx(notice, pdfFonts().fonts), noticePdf, soffice);
    const yearNoticePdf = path.join(DEMO_DIR, '2026-通报.pdf');
    await convertDocxToPdf(await noticeDocx(yearNotice, pdfFonts().fonts), yearNoticePdf, soffice);
    written.push(pdf, yearPdf, noticePdf, yearNoticePdf);
  } else {
    pdfNote = '(未找到 LibreOffice,跳过 PDF;安装:sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui fonts-wqy-microhei)';
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
