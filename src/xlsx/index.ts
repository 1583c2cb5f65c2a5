// The .xlsx layer's browser-safe API: bytes in, bytes out, no Node APIs, no ExcelJS. The command
// (through the Node layer: src/xlsx/node/read.ts, write.ts, files.ts) and the browser page use it.
//
//   readSnapshot(bytes, { file })          .xlsx bytes → the engine's Snapshot
//   readWorkbookBytes(bytes, { file })     … and whether the book counts dates from 1904
//   mergePlans(bytes, plans, file)         the user's .xlsx with our sheets merged in → bytes
//   writePlansWorkbook(plans)              a workbook of our sheets alone → bytes
//   appendLedgerRows(bytes, writes, file)  imported rows appended to the ledgers (SPEC §9) → bytes
//   writeTemplateWorkbook(sheets)          a new workbook: the template or the sample (init, 新建模板) → bytes
//
// Problems with a file are FileProblems with a Chinese message naming the file and the part; a
// user's sheet with the name of one of ours is a SheetNameClashError.
export { readSnapshot, readWorkbookBytes, type ReadOptions, type ReadResult } from './reader';
export { mergePlans, writePlansWorkbook, type MergeOptions } from './merge';
export { appendLedgerRows, MARK_FILL } from './append';
export { writeTemplateWorkbook } from './writer/template';
export { FileProblem } from './package/problem';
export { SheetNameClashError } from './marker';
export { LIMITS, type Limits } from './package/limits';
