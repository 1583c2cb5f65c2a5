// The one door from the page to the .xlsx layer (src/xlsx): bytes in, bytes out, no Node APIs.
// Everything the page does to a workbook file goes through these functions, so the page
// follows the xlsx layer's reader and package merge exactly as the command uses them.
import type { LedgerWrite, SheetPlan, Snapshot } from '../engine';

export interface XlsxPort {
  /** The workbook's Snapshot, generated sheets flagged; throws a Chinese message for a bad file. */
  read(bytes: Uint8Array, fileName: string): Promise<Snapshot>;
  /** The package with the plans' sheets merged in: the user's parts byte for byte (SPEC §3). */
  merge(bytes: Uint8Array, plans: SheetPlan[], fileName: string): Promise<Uint8Array>;
  /** A fresh workbook: the empty template, or the bundled sample organisation and events. */
  newWorkbook(sample: boolean): Promise<Uint8Array>;
  /** An import's source (SPEC §9): an .xlsx's sheets, or a .csv as one sheet with the encoding it was read in. */
  readSource(bytes: Uint8Array, fileName: string): Promise<{ snapshot: Snapshot; encoding: string | null }>;
  /** The package with an import plan's rows appended to its ledgers (src/xlsx/append.ts). */
  append(bytes: Uint8Array, writes: readonly LedgerWrite[], fileName: string): Promise<Uint8Array>;
}
