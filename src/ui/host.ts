// What the one UI (the task pane in Excel and in WPS, and the browser page) asks of a workbook.
// The UI owns this interface; each host provides it (src/office, src/wps, src/web) and the UI
// never reaches a host API any other way. Hosts import only this file from src/taskpane (types and
// the WorkbookError class), never each other.
import type { LedgerWrite, SheetPlan, Snapshot, SummaryKind } from '../engine';

export type HostKind = 'excel' | 'wps' | 'web';

/** Sheets written so far, as `done` of `total` steps. */
export type Progress = (done: number, total: number) => void;

export interface RenderOutcome {
  /** Sheet names written, in plan order; the first is activated. */
  written: string[];
  /** Plain-Chinese notes about what could not be done on this host (e.g. no page setup). */
  warnings: string[];
}

export interface TemplateOutcome {
  created: string[];
  /** Sheets left alone because the workbook already has them. */
  skipped: string[];
  /** Plain-Chinese notes about features this host lacks (tables, drop-downs). */
  warnings: string[];
  /**
   * Set when the new workbook went to a file of its own (the page, with a workbook already open):
   * its name. Then nothing was created in the workbook on screen, and the pane must not say so.
   */
  downloaded?: string;
}

/** A sheet QS Assess generated, known by its marker (a `QSAssess.<period>.<part>` defined name). */
export interface GeneratedSheet {
  name: string;
  /** '2026Q3' or '2026', from the marker. */
  period: string;
  /**
   * From the marker's last part: summary → 'quarter-summary', detail → 'quarter-detail',
   * annual → 'annual-summary'; a part this build does not know yet (a newer sheet kind) is
   * passed through as it is, so the list still shows and deletes it.
   */
  kind: SummaryKind | (string & {});
}

/**
 * What went wrong, sorted into the few kinds a user can act on. Every host rejects with this (a
 * host maps its own API's errors onto the kinds); anything else the UI shows as 'unknown'.
 */
export type WorkbookErrorKind =
  /** The user is typing in a cell: Excel refuses every API call until they press Enter or Esc. */
  | 'edit-mode'
  /** This host lacks an API we need. */
  | 'unsupported'
  /** A sheet we would replace was not made by QS Assess. */
  | 'sheet-conflict'
  /** A sheet or cell we were asked to show no longer exists. */
  | 'not-found'
  /** The host refused a request for its size even after splitting. */
  | 'too-large'
  /** We refused, or the host did, for a reason the message states in full (shown as it is). */
  | 'refused'
  /** The file changed on disk since it was opened and cannot be read again without the user (the page). */
  | 'file-changed'
  | 'unknown';

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    /** Plain Chinese, shown when the pane has no sentence of its own for the kind. */
    message: string,
    /** Sheet names the error is about (conflicts, missing sheets). */
    readonly sheets: string[] = [],
    /** The host API's own error code, for the detail line and support. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/** Anything a host threw → a WorkbookError (hosts should throw one; this is the UI's safety net). */
export function asWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new WorkbookError('unknown', message);
}

export interface WorkbookHost {
  readonly kind: HostKind;
  /**
   * Every sheet's used values; dates as 1900-system serials (a 1904-system book is converted),
   * generated sheets flagged.
   */
  readSnapshot(): Promise<Snapshot>;
  /** Writes the plans; replaces only generated sheets of the same names, refuses a user's sheet of that name. */
  renderPlans(plans: SheetPlan[], onProgress?: Progress): Promise<RenderOutcome>;
  createTemplate(): Promise<TemplateOutcome>;
  insertSample(): Promise<TemplateOutcome>;
  /** Shows a cell: Excel and WPS select it; the browser page shows the row. */
  selectCell(sheet: string, row: number | null, column: number | null): Promise<void>;
  /** The generated sheets, from the markers. */
  generatedSheets(): Promise<GeneratedSheet[]>;
  /** Deletes the generated sheets of one period with their markers: the undo a host does not give. */
  deleteGenerated(period: string): Promise<void>;
  /** A value kept in the document itself (the last period chosen). */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Calls back when the user edits a sheet; resolves to an unsubscribe. */
  onChanged(listener: () => void): Promise<() => void>;
  /**
   * The workbook's file name (`考核.xlsx`), for the names of the files written from it; null when
   * unknown (a book never saved) — and, on the page only, when no file is open.
   */
  bookName?(): string | null;
  /**
   * 「导入记录…」 (SPEC §9): appends an import plan's rows to the ledgers — creating a missing
   * ledger, filling only empty cells, marking the cells to fill. The engine planned them; the
   * host only writes. Absent where a host cannot (the pane then offers no import).
   */
  appendRows?(writes: readonly LedgerWrite[], rows: number): Promise<void>;
  /** Offers a file to save (the notice, a workbook); null where the host cannot: the UI then says how to get it. */
  download: ((name: string, bytes: Uint8Array, mime: string) => Promise<void>) | null;
}
