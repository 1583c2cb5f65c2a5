// What the one UI (the task pane in Excel and in WPS, and the browser page) asks of a workbook.
// The UI owns this interface; each host provides it (src/office, src/wps, src/web) and the UI
// never reaches a host API any other way. DRAFT contract for the hosts being built in parallel:
// the task-pane work moves RenderOutcome/TemplateOutcome/Requirements here and may refine it.
import type { SheetPlan, Snapshot, SummaryKind } from '../engine';

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
}

/** A sheet QS Assess generated, known by its marker (a `QSAssess.<period>.<kind>` defined name). */
export interface GeneratedSheet {
  name: string;
  period: string;
  kind: SummaryKind;
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
  /** Offers a file to save (the notice, a workbook); null where the host cannot: the UI then says how to get it. */
  download: ((name: string, bytes: Uint8Array, mime: string) => Promise<void>) | null;
}
