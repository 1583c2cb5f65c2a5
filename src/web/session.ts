// The workbook the page has open: the user's file as it was read (never changed), the bytes with
// the summaries generated so far merged in, and the plans of those summaries (for the print view).
// The page keeps everything in memory; nothing leaves the machine until the user downloads or
// saves back.
import { bookStem, parsePeriod, summaryFileName, type SheetPlan, type SheetSnapshot, type Snapshot } from '../engine';

/** What the browser gives for a file the page may write back to (File System Access API). */
export interface WritableFileHandle {
  readonly name: string;
  /** The file as it is on disk now (every handle the browser gives has it; optional for test doubles). */
  getFile?(): Promise<File>;
  createWritable(): Promise<{ write(data: Uint8Array | Blob): Promise<void>; close(): Promise<void> }>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  /** Present when the browser let us keep a handle to the file (Chromium 86+); else null. */
  handle: WritableFileHandle | null;
  /** Size and modification time when the page read it (or last saved it): absent for a workbook the page made. */
  stamp?: FileStamp | null;
  /** The File the browser gave (no handle): reading it again fails once the file changed on disk. */
  source?: Blob | null;
}

export interface FileStamp {
  size: number;
  lastModified: number;
}

/** Where the page should point the user: a row of a sheet (no Excel to jump to), or a generated sheet. */
export type Location = { sheet: string; row: number | null; column: number | null };

export type SessionEvent =
  | { type: 'opened' }
  /** The file changed on disk and was read again; summaries generated from the old content were dropped. */
  | { type: 'reread'; dropped: boolean }
  | { type: 'generated'; plans: SheetPlan[] }
  | { type: 'show'; location: Location }
  | { type: 'saved'; how: 'download' | 'in-place'; name: string }
  | { type: 'imported'; rows: number };

export class WorkbookSession {
  private opened: OpenedFile | null = null;
  private bytes: Uint8Array | null = null;
  /** The user's file with the rows imported so far and no summaries: what generations merge into. */
  private baseBytes: Uint8Array | null = null;
  private importedRows = 0;
  /** Plans merged since the file was opened, in the order they were generated (later wins by name). */
  private batches: SheetPlan[][] = [];
  private snapshotCache: Snapshot | null = null;
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  readonly settings = new Map<string, string>();

  get file(): OpenedFile | null {
    return this.opened;
  }

  /** The bytes to download or save: the user's file with every summary generated so far. */
  get current(): Uint8Array | null {
    return this.bytes;
  }

  /** True once a summary has been merged in, i.e. there is something new to download or save. */
  get hasGenerated(): boolean {
    return this.batches.length > 0;
  }

  /** The file as opened plus the imports (SPEC §9), without our summaries. */
  get base(): Uint8Array | null {
    return this.baseBytes;
  }

  /** Rows imported since the file was opened. */
  get imported(): number {
    return this.importedRows;
  }

  /** Something to download or save: summaries generated, or rows imported. */
  get hasChanges(): boolean {
    return this.batches.length > 0 || this.importedRows > 0;
  }

  /** The download's name: `考核.summary.xlsx` once summaries are in, else `考核.imported.xlsx` (as the command names them). */
  get downloadName(): string {
    if (this.hasGenerated || this.importedRows === 0) return this.summaryName;
    return (this.opened?.name ?? '考核.xlsx').replace(/\.xlsx$/i, '') + '.imported.xlsx';
  }

  /** The generated sheets of this session, one plan per sheet name (the latest), in tab order of generation. */
  get plans(): SheetPlan[] {
    const byName = new Map<string, SheetPlan>();
    for (const batch of this.batches) for (const p of batch) byName.set(p.name, p);
    return [...byName.values()];
  }

  get batchesGenerated(): readonly SheetPlan[][] {
    return this.batches;
  }

  /**
   * `考核.xlsx` → `考核.2026Q3.summary.xlsx`, named after the latest period generated (the file holds
   * every summary generated since it was opened), as `qs-assess summarize` names its copy.
   */
  get summaryName(): string {
    const name = this.opened?.name ?? '考核.xlsx';
    for (let i = this.batches.length - 1; i >= 0; i--) {
      const period = parsePeriod(this.batches[i][0]?.period ?? '');
      if (period) return summaryFileName(name, period);
    }
    return `${bookStem(name)}.summary.xlsx`;
  }

  open(file: OpenedFile): void {
    this.opened = file;
    this.bytes = file.bytes;
    this.baseBytes = file.bytes;
    this.importedRows = 0;
    this.batches = [];
    this.snapshotCache = null;
    this.settings.clear();
    this.emit({ type: 'opened' });
  }

  /**
   * The same file read again after it changed on disk: the new content replaces the old, and the
   * summaries generated from the old content (not saved yet, or they would be in the new content)
   * are dropped rather than merged into a workbook they no longer describe. Settings stay.
   */
  reread(file: OpenedFile): void {
    const dropped = this.batches.length > 0;
    this.opened = file;
    this.bytes = file.bytes;
    this.batches = [];
    this.snapshotCache = null;
    this.emit({ type: 'reread', dropped });
  }

  /** After 保存回原文件: the file on disk is now ours, so later checks compare against this stamp. */
  savedInPlace(stamp: FileStamp | null): void {
    if (this.opened && stamp) this.opened = { ...this.opened, stamp };
  }

  cachedSnapshot(): Snapshot | null {
    return this.snapshotCache;
  }

  remember(snapshot: Snapshot): void {
    this.snapshotCache = snapshot;
  }

  /** Replaces the current bytes after a merge; the snapshot is stale from here on. */
  replace(bytes: Uint8Array, batches: SheetPlan[][]): void {
    this.bytes = bytes;
    this.batches = batches;
    this.snapshotCache = null;
  }

  generated(bytes: Uint8Array, plans: SheetPlan[]): void {
    const before = this.snapshotCache;
    this.replace(bytes, [...this.batches, plans]);
    // The merge copies the user's parts byte for byte, so the new workbook reads as the old one
    // plus our sheets (flagged, never parsed): known without reading the bytes again, which for a
    // 100k-event book saves seconds before the next generation.
    if (before) this.snapshotCache = withGenerated(before, plans);
    this.emit({ type: 'generated', plans });
  }

  /**
   * Rows imported: `base` is the previous base with them appended, `current` the same with this
   * visit's summaries merged in again. The pane re-reads (the 'imported' event).
   */
  importedInto(base: Uint8Array, current: Uint8Array, rows: number): void {
    this.baseBytes = base;
    this.bytes = current;
    this.snapshotCache = null;
    this.importedRows += rows;
    this.emit({ type: 'imported', rows });
  }

  show(location: Location): void {
    this.emit({ type: 'show', location });
  }

  saved(how: 'download' | 'in-place', name: string): void {
    this.emit({ type: 'saved', how, name });
  }

  subscribe(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: SessionEvent): void {
    for (const l of [...this.listeners]) l(e);
  }
}

/** A snapshot with the plans' sheets in it: same-named sheets replaced in place, new ones appended. */
export function withGenerated(snapshot: Snapshot, plans: SheetPlan[]): Snapshot {
  const sheets = [...snapshot.sheets];
  for (const plan of plans) {
    const sheet: SheetSnapshot = { name: plan.name, values: plan.values, top: 1, left: 1, generated: true };
    const at = sheets.findIndex((s) => s.name === plan.name);
    if (at >= 0) sheets[at] = sheet;
    else sheets.push(sheet);
  }
  return { sheets };
}
