// The page's XlsxPort: the xlsx layer's browser-safe API (src/xlsx/index.ts: the reader and the
// package merge the command uses, bytes in and out, no Node APIs), and fresh workbooks (新建模板 /
// 示例) drawn by the xlsx layer's template renderer on ExcelJS's browser build, as `qs-assess init`
// draws them. ExcelJS serves those two downloads only; it never reads or rewrites the user's file.
import ExcelJS from 'exceljs';
import { sampleSheets, templateSheets } from '../engine';
import { appendLedgerRows, mergePlans, readSnapshot } from '../xlsx';
import { readImportSource } from '../xlsx/import-source';
import { renderTemplate } from '../xlsx/exceljs/template';
import type { XlsxPort } from './xlsx-port';

export const browserXlsx: XlsxPort = {
  async read(bytes, fileName) {
    return readSnapshot(bytes, { file: fileName });
  },

  async merge(bytes, plans, fileName) {
    return mergePlans(bytes, plans, fileName);
  },

  async newWorkbook(sample) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'QS Assess';
    renderTemplate(workbook, sample ? sampleSheets() : templateSheets());
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  },

  readSource: readImportSource,

  async append(bytes, writes, fileName) {
    return appendLedgerRows(bytes, writes, fileName);
  },
};
