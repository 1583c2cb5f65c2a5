// The peer the command must beat: the formula workbook admin staff build by hand. The ledger
// rows as they are, one VLOOKUP per event row for its points (from the 处罚标准 table), and one
// SUMIFS per unit for the quarter's deductions (score = 100 − SUMIFS), computed by HyperFormula
// (a real formula engine, as Excel would). Only the arithmetic a spreadsheet does — no repeat
// factors, caps or grades — so the peer does less than the command, not more.
import { HyperFormula } from 'hyperformula';
import { generateWorkbook } from './generate';
import { ymdToSerial } from '../src/engine/dates';

const LADDER: [string, number][] = [
  ['轻微', 1],
  ['一般', 2],
  ['较大', 5],
  ['重大', 10],
  ['特别重大', 20],
  ['表扬', 0],
  ['锦旗', 0],
  ['市级表彰', 0],
  ['省级以上表彰', 0],
];

export function runPeer(events: number): Record<string, unknown> {
  const snapshot = generateWorkbook({ events });
  const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name)!.values;
  const units = sheet('单位')
    .slice(1)
    .map((r) => String(r[1]));
  // Both ledgers in one sheet, as many offices keep them: 日期, 单位, 等级, then the formula column.
  const ledger = [...sheet('部门考核记录').slice(1), ...sheet('二级单位考核记录').slice(1)];
  const rows = ledger.map((r, i) => [r[0], r[1], r[4], `=IFERROR(VLOOKUP(C${i + 2},'处罚标准'!$A$2:$B$10,2,FALSE),0)`]);
  const from = ymdToSerial(2026, 7, 1);
  const to = ymdToSerial(2026, 9, 30);
  const n = rows.length + 1;
  const summary = units.map((u, i) => [
    u,
    `=100-SUMIFS('考核记录'!$D$2:$D$${n},'考核记录'!$B$2:$B$${n},A${i + 2},'考核记录'!$A$2:$A$${n},">="&${from},'考核记录'!$A$2:$A$${n},"<="&${to})`,
  ]);
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets(
    {
      处罚标准: [['等级', '单位扣分'], ...LADDER],
      考核记录: [['日期', '单位', '等级', '扣分'], ...rows],
      汇总: [['单位', '得分'], ...summary],
    } as never,
    { licenseKey: 'gpl-v3', maxRows: Math.max(100_000, n + 10) },
  );
  const id = hf.getSheetId('汇总')!;
  const scores = hf
    .getSheetValues(id)
    .slice(1)
    .map((r) => r[1]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { events: rows.length, units: scores.length, computeMs: ms, firstScore: scores[0] };
}
