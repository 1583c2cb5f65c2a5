// A .csv file as a one-sheet Snapshot for the import (SPEC §9), with the encoding it was read in.
import type { Snapshot } from '../../engine';
import { decodeCsvBytes, type CsvEncoding } from './decode';
import { parseCsv } from './parse';

export type { CsvEncoding } from './decode';
export { decodeCsvBytes } from './decode';
export { parseCsv, detectDelimiter } from './parse';

/** `sheetName` names the one sheet (the file's base name), for the report's 「sheet」第 N 行. */
export function readCsv(bytes: Uint8Array, sheetName: string): { snapshot: Snapshot; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsvBytes(bytes);
  return { snapshot: { sheets: [{ name: sheetName, values: parseCsv(text) }] }, encoding };
}
