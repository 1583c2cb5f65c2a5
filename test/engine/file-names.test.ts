// The files written for a workbook carry the period, the same from every door, so a quarter's and
// a year's download never take each other's name.
import { noticeFileName, parsePeriod, summaryFileName } from '../../src/engine';

describe('the names of the files written for a workbook', () => {
  const q3 = parsePeriod('2026Q3')!;
  const year = parsePeriod('2026')!;

  it('puts the period between the book’s name and what the file is', () => {
    expect(summaryFileName('考核.xlsx', q3)).toBe('考核.2026Q3.summary.xlsx');
    expect(summaryFileName('考核.xlsx', year)).toBe('考核.2026.summary.xlsx');
    expect(noticeFileName('考核.xlsx', q3)).toBe('考核.2026Q3.通报.docx');
  });

  it('drops only the workbook extension, in any case, and never leaves an empty name', () => {
    expect(summaryFileName('2026.考核.XLSX', q3)).toBe('2026.考核.2026Q3.summary.xlsx');
    expect(noticeFileName('宏.xlsm', q3)).toBe('宏.2026Q3.通报.docx');
    expect(noticeFileName('.xlsx', q3)).toBe('考核.2026Q3.通报.docx');
  });
});
