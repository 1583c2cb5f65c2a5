// The page's XlsxPort: the xlsx layer's browser-safe reader and package merge (src/xlsx, the same
// code the command runs), and fresh workbooks (新建模板 / 示例) drawn by the xlsx layer's template
// renderer on ExcelJS's browser build — ExcelJS is used for those two downloads only, never to
// read or rewrite the user's file.
import ExcelJS from 'exceljs';
import { sampleSheets, templateSheets } from '../engine/template';
import { mergePlansIntoPackage } from '../xlsx/merge';
import { readSnapshot } from '../xlsx/reader';
import { renderTemplate } from '../xlsx/template';
import type { XlsxPort } from './xlsx-port';

export const browserXlsx: XlsxPort = {
  async read(bytes, fileName) {
    return readSnapshot(bytes, { file: fileName });
  },

  async merge(bytes, plans) {
    // INTERIM: the command's package merge of main (JSZip + ExcelJS), bundled with a Buffer and a
    // POSIX path shim, until issue 8's browser-safe merge replaces it (see webpack.web.config.js).
    return new Uint8Array(await mergePlansIntoPackage(bytes, plans));
  },

  async newWorkbook(sample) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'QS Assess';
    renderTemplate(workbook, sample ? sampleSheets() : templateSheets());
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  },
};
