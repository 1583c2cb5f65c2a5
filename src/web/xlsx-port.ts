// The one door from the page to the .xlsx layer (src/xlsx): bytes in, bytes out, no Node APIs.
// Everything the page does to a workbook file goes through these three functions, so the page
// follows the xlsx layer's reader and package merge exactly as the command uses them.
import type { SheetPlan, Snapshot } from '../engine';

export interface XlsxPort {
  /** The workbook's Snapshot, generated sheets flagged; throws a Chinese message for a bad file. */
  read(bytes: Uint8Array, fileName: string): Promise<Snapshot>;
  /** The package with the plans' sheets merged in: the user's parts byte for byte (SPEC §3). */
  merge(bytes: Uint8Array, plans: SheetPlan[], fileName: string): Promise<Uint8Array>;
  /** A fresh workbook: the empty template, or the bundled sample organisation and events. */
  newWorkbook(sample: boolean): Promise<Uint8Array>;
}
