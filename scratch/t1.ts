import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { readSnapshot } from '/work/main/src/xlsx';
(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('S'); ws.mergeCells(5,1,5,2);
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  const x = strFromU8(unzipSync(buf)['xl/worksheets/sheet1.xml']); console.log(x.slice(-400));
  try { console.log(JSON.stringify(readSnapshot(buf))); } catch (e) { console.log(String(e)); }
})();
