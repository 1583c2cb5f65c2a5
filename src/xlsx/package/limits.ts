// What we agree to unpack. The reader keeps values, not XML (src/xlsx/reader), so what bounds
// memory is the data itself: about 330 bytes of JS heap per event row, plus the engine's own
// objects. Measured with bench/file.ts (60 units, ExcelJS streaming writer): 1,000,000 events are
// a 60 MB file with about 420 MiB of sheet XML and read into ~0.4 GB of values. The bounds below
// let a workbook of about 2.5 million events through and stop a zip bomb at once.
export const LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 256 * 1024 * 1024,
  /** Everything the reader unpacks (worksheets, shared strings, styles, workbook), counted as it comes out. */
  unpackedBytes: 1024 * 1024 * 1024,
  /** The shared-string table alone: every string in it is held in memory for the whole read. */
  sharedStringBytes: 256 * 1024 * 1024,
  /**
   * Unpacked : packed ratio beyond which a large part is a bomb, not data. Spreadsheet XML packs
   * about 5–20 : 1 (even a column of one repeated value stays well under 200 : 1); deflate cannot
   * exceed about 1032 : 1.
   */
  bombRatio: 400,
  /** Parts smaller than this are never called bombs, whatever their ratio. */
  bombMinBytes: 16 * 1024 * 1024,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
