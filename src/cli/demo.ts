// `npm run demo`: build the bundled sample, summarize 2026Q3 and 2026 into one copy, write the
// quarter's 考核通报, print the quarter's summaries and the notice to PDF when LibreOffice is
// present, and show the quarter's results as a table. The same code paths as the command.
import * as fs from 'fs';
import * as path from 'path';
import { parsePeriod, type SheetPlan } from '../engine';
import { noticeDocx } from '../notice/docx';
import { readWorkbookFile } from '../xlsx/node/read';
import { writeSummariesFile } from '../xlsx/node/write';
import { writeSampleOrTemplate } from './init';
import { noticeFromSnapshot } from './notice';
import { pdfFonts } from './notice-fonts';
import { convertDocxToPdf, findSoffice, printPlansToPdf } from './pdf';
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

  const notice = noticeFromSnapshot(snapshot, parsePeriod('2026Q3')!, new Date());
  if (!notice.ok) throw new Error('the bundled sample does not validate');
  const docx = path.join(DEMO_DIR, '2026Q3-通报.docx');
  fs.writeFileSync(docx, await noticeDocx(notice.plan));
  const yearNotice = noticeFromSnapshot(snapshot, parsePeriod('2026')!, new Date());
  if (!yearNotice.ok) throw new Error('the bundled sample does not validate');
  const yearDocx = path.join(DEMO_DIR, '2026-通报.docx');
  fs.writeFileSync(yearDocx, await noticeDocx(yearNotice.plan));

  const written = [book, out, docx, yearDocx];
  const soffice = findSoffice();
  let pdfNote = '';
  if (soffice) {
    const pdf = path.join(DEMO_DIR, '2026Q3-summary.pdf');
    await printPlansToPdf(quarter.plans, pdf, soffice);
    const yearPdf = path.join(DEMO_DIR, '2026-summary.pdf');
    await printPlansToPdf(year.plans, yearPdf, soffice);
    const noticePdf = path.join(DEMO_DIR, '2026Q3-通报.pdf');
    await convertDocxToPdf(await noticeDocx(notice.plan, pdfFonts().fonts), noticePdf, soffice);
    const yearNoticePdf = path.join(DEMO_DIR, '2026-通报.pdf');
    await convertDocxToPdf(await noticeDocx(yearNotice.plan, pdfFonts().fonts), yearNoticePdf, soffice);
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
