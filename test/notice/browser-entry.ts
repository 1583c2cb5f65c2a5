// Bundled for the browser by test/notice/browser.e2e.test.ts (webpack, target web, no Node
// polyfills): the notice path a browser page takes — Snapshot → NoticePlan → .docx bytes.
import { parsePeriod, parseWorkbook, planNotice, readNoticeTemplate, sampleSheets, score } from '../../src/engine';
import { noticeDocx } from '../../src/notice/docx';

(window as unknown as Record<string, unknown>).qsNotice = async (period: string): Promise<number[]> => {
  const snapshot = { sheets: sampleSheets().map((t) => ({ name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] })) };
  const { model } = parseWorkbook(snapshot);
  const plan = planNotice(model, score(model, parsePeriod(period)!), {
    date: { year: 2026, month: 10, day: 15 },
    template: readNoticeTemplate(snapshot).template,
  });
  const bytes = await noticeDocx(plan);
  if (!(bytes instanceof Uint8Array)) throw new Error('noticeDocx did not return a Uint8Array');
  return Array.from(bytes);
};
