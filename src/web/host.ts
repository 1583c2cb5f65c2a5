// The browser page's WorkbookHost: the pane's workbook interface over an .xlsx file held in
// memory. Reading is the xlsx layer's reader on the current bytes; writing is its package merge,
// so the page's summary workbook is the one `qs-assess summarize` writes. Nothing is saved until
// the user downloads or saves back; "showing a cell" shows the row on the page, since there is no
// Excel to jump to.
import type { LedgerWrite, SheetPlan, Snapshot } from '../engine';
import { sampleSheets, templateSheets } from '../engine';
import { WorkbookError, type GeneratedSheet, type RenderOutcome, type TemplateOutcome, type WorkbookHost } from '../ui/host';
import { lookOnDisk, readPicked } from './files';
import { FileProblem } from '../xlsx';
import type { WorkbookSession } from './session';
import type { XlsxPort } from './xlsx-port';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEMPLATE_FILE = 'QS考核模板.xlsx';
export const SAMPLE_FILE = 'QS考核示例.xlsx';

export type Download = (name: string, bytes: Uint8Array, mime: string) => Promise<void>;

const NO_FILE = '尚未打开工作簿:请先点「打开工作簿」选择 .xlsx 文件(或拖到本页),也可以新建模板或下载示例。';

export function webHost(session: WorkbookSession, port: XlsxPort, download: Download): WorkbookHost {
  const requireBytes = (): Uint8Array => {
    const bytes = session.current;
    if (!bytes) throw new WorkbookError('not-found', NO_FILE);
    return bytes;
  };

  const newWorkbook = async (sample: boolean): Promise<TemplateOutcome> => {
    const name = sample ? SAMPLE_FILE : TEMPLATE_FILE;
    const bytes = await port.newWorkbook(sample);
    await download(name, bytes, XLSX_MIME);
    const sheets = (sample ? sampleSheets() : templateSheets()).map((s) => s.name);
    // With nothing open, the new workbook becomes the page's workbook, so the next step (fill it
    // in, or generate from the sample) starts right here; an open workbook is never replaced.
    const open = session.file;
    if (!open) {
      session.open({ name, bytes, handle: null });
      return { created: sheets, skipped: [], warnings: [`已下载「${name}」,并在本页打开。`] };
    }
    // A separate file: nothing was created in the workbook on screen, and nothing links into it.
    return {
      created: [],
      skipped: [],
      downloaded: name,
      warnings: [`当前打开的「${open.name}」未改动。要使用新文件,请点「打开工作簿…」选择下载的「${name}」。`],
    };
  };

  const readSnapshot = async (): Promise<Snapshot> => {
    if (!session.current) return { sheets: [] };
    await followDisk(session);
    const cached = session.cachedSnapshot();
    if (cached) return cached;
    const snapshot = await timed('qs:read', () => port.read(session.current!, session.file?.name ?? '工作簿').catch(rethrown));
    session.remember(snapshot);
    return snapshot;
  };

  return {
    kind: 'web',

    readSnapshot,

    async renderPlans(plans: SheetPlan[], onProgress): Promise<RenderOutcome> {
      const bytes = requireBytes();
      const merged = await timed('qs:merge', () => mergeOrExplain(port, bytes, plans, session.file?.name ?? '工作簿'));
      session.generated(merged, plans);
      onProgress?.(plans.length, plans.length);
      // Not saved yet: the page's bar says so beside its download button, where the user acts on it.
      return { written: plans.map((p) => p.name), warnings: [] };
    },

    createTemplate: () => newWorkbook(false),
    insertSample: () => newWorkbook(true),

    async selectCell(sheet, row, column) {
      const known = [...(await readSnapshot()).sheets.map((s) => s.name), ...session.plans.map((p) => p.name)];
      if (!known.some((n) => n.toLowerCase() === sheet.toLowerCase())) {
        throw new WorkbookError('not-found', `找不到工作表「${sheet}」,它可能已被改名或删除。请重新校验。`, [sheet]);
      }
      session.show({ sheet, row, column });
    },

    async generatedSheets(): Promise<GeneratedSheet[]> {
      // The 发布记录 is a record, not a period's summary: never listed for regenerating or deleting.
      return session.plans.filter((p) => p.kind !== 'publish-record').map((p) => ({ name: p.name, period: p.period, kind: p.kind }));
    },

    async deleteGenerated(period: string): Promise<void> {
      const file = session.file;
      if (!file) throw new WorkbookError('not-found', NO_FILE);
      const kept = session.batchesGenerated.map((b) => b.filter((p) => p.period !== period)).filter((b) => b.length > 0);
      // The package merge adds and replaces sheets; it does not remove them. So the page undoes a
      // generation by merging what is kept into the file as it was opened.
      const latest = new Map<string, SheetPlan>();
      for (const b of kept) for (const p of b) latest.set(p.name, p);
      const base = session.base ?? file.bytes; // with any rows imported this visit
      const bytes = latest.size > 0 ? await mergeOrExplain(port, base, [...latest.values()], file.name) : base;
      session.replace(bytes, kept);
    },

    async loadSetting(key) {
      return session.settings.get(key) ?? null;
    },
    async saveSetting(key, value) {
      // Kept for this visit only: a file the page reads is not rewritten to hold a setting.
      session.settings.set(key, value);
    },

    async onChanged(listener) {
      // The page's workbook changes only when another file is opened, or rows are imported into it.
      return session.subscribe((e) => (e.type === 'opened' || e.type === 'imported') && listener());
    },

    bookName: () => session.file?.name ?? null,

    download,
  };
}

/**
 * Every read (重新读取, 校验, 生成) starts from the file as it is on disk, so a fix made in Excel
 * meanwhile is what the page checks: through the handle the page reads the new content itself;
 * without one the browser will not let it, and the user is asked to open the file again.
 */
async function followDisk(session: WorkbookSession): Promise<void> {
  const file = session.file;
  if (!file) return;
  const disk = await lookOnDisk(file);
  if (disk.state === 'same') return;
  if (disk.gone) {
    throw new WorkbookError(
      'file-changed',
      `找不到原文件「${file.name}」(可能已被移动、改名或删除)。本页仍显示打开时的内容;请点「打开工作簿…」重新选择该文件。`,
    );
  }
  if (!disk.now) {
    throw new WorkbookError(
      'file-changed',
      `「${file.name}」在本页打开后已被修改。用「选择文件」或拖放打开的文件,浏览器不允许本页自行重新读取,` +
        `所以这里仍是打开时的内容。请点「打开工作簿…」重新选择这个文件,再校验或生成。`,
    );
  }
  session.reread(await readPicked(disk.now, file.handle));
}

/**
 * 「导入记录…」 (SPEC §9): the planned rows appended to the page's workbook. The engine planned
 * them; this only writes: onto the base (the file with earlier imports), then this visit's
 * summaries merged in again, so undoing a generation never loses imported rows.
 */
export async function importIntoSession(
  session: WorkbookSession,
  port: XlsxPort,
  writes: readonly LedgerWrite[],
  rows: number,
): Promise<void> {
  const file = session.file;
  const base = session.base;
  if (!file || !base) throw new WorkbookError('not-found', NO_FILE);
  const appended = await port.append(base, writes, file.name);
  const plans = session.plans;
  const current = plans.length > 0 ? await mergeOrExplain(port, appended, plans, file.name) : appended;
  session.importedInto(appended, current, rows);
}

/** Runs `work` as a performance measure named `name` (the bench reads them; nothing is sent anywhere). */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // Firefox before 103 knows only measure(name, startMark, endMark): no figure, no harm.
    }
  }
}

/** A merge failure in the user's words: a user's sheet of that name is a conflict, never overwritten. */
async function mergeOrExplain(port: XlsxPort, bytes: Uint8Array, plans: SheetPlan[], fileName: string): Promise<Uint8Array> {
  try {
    return await port.merge(bytes, plans, fileName);
  } catch (e) {
    const sheets = (e as { sheets?: unknown }).sheets;
    if (Array.isArray(sheets)) throw new WorkbookError('sheet-conflict', (e as Error).message, sheets as string[]);
    return rethrown(e);
  }
}

/**
 * The host contract (src/ui/host.ts): only WorkbookErrors leave the page's host. The .xlsx layer's
 * refusals (a damaged or protected file, named part by part) are shown as they are written.
 */
function rethrown(e: unknown): never {
  if (e instanceof WorkbookError) throw e;
  if (e instanceof FileProblem) throw new WorkbookError('refused', e.message);
  // The page is no spreadsheet program: its own words, never the Excel add-in's 「表格程序报告了一个错误」.
  const why = e instanceof Error ? e.message : String(e);
  throw new WorkbookError(
    'refused',
    `本页处理这个文件时出错(${why})。请确认它能在 Excel 或 WPS 中正常打开,在其中另存为 .xlsx 后再试;如仍失败,请把文件交给维护者查看。`,
  );
}
