// A Snapshot → an .xlsx file, through ExcelJS's streaming writer (rows are committed as they are
// written, so a 100k-row ledger never sits in memory as cell objects). For benches and tests that
// need a real file from generated data; columns headed 日期 get a date format, as users' do.
import ExcelJS from 'exceljs';
import type { Snapshot } from '../../src/engine';

export async function writeSnapshotFile(snapshot: Snapshot, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const sheet of snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    const header = sheet.values[0] ?? [];
    header.forEach((h, i) => {
      if (h === '日期') ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
    for (const values of sheet.values) ws.addRow(values).commit();
    ws.commit();
  }
  await workbook.commit();
}
