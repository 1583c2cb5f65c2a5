// The page's XlsxPort: the xlsx layer's browser-safe API (src/xlsx/index.ts: the reader, the
// package merge and the template writer the command uses, bytes in and out, no Node APIs).
import { sampleSheets, templateSheets } from '../engine';
import { appendLedgerRows, mergePlans, readSnapshot, writeTemplateWorkbook } from '../xlsx';
import { readImportSource } from '../xlsx/import-source';
import type { XlsxPort } from './xlsx-port';

export const browserXlsx: XlsxPort = {
  async read(bytes, fileName) {
    return readSnapshot(bytes, { file: fileName });
  },

  async merge(bytes, plans, fileName) {
    return mergePlans(bytes, plans, fileName);
  },

  async newWorkbook(sample) {
    return writeTemplateWorkbook(sample ? sampleSheets() : templateSheets());
  },

  readSource: readImportSource,

  async append(bytes, writes, fileName) {
    return appendLedgerRows(bytes, writes, fileName);
  },
};
