// The names of the files QS Assess writes for a workbook, the same from every door (the command,
// the page, the panes): `<book>.2026Q3.summary.xlsx`, `<book>.2026.summary.xlsx`,
// `<book>.2026Q3.通报.docx`. The period is in every name, so a quarter's and a year's download
// never overwrite each other in the Downloads folder.
import { formatPeriod } from './period';
import type { Period } from './types';

/** `考核.xlsx` → `考核`: the workbook's name without its extension (any .xlsx/.xlsm, any case). */
export function bookStem(book: string): string {
  return book.replace(/\.(xlsx|xlsm)$/i, '') || '考核';
}

export function summaryFileName(book: string, period: Period): string {
  return `${bookStem(book)}.${formatPeriod(period)}.summary.xlsx`;
}

export function noticeFileName(book: string, period: Period): string {
  return `${bookStem(book)}.${formatPeriod(period)}.通报.docx`;
}
