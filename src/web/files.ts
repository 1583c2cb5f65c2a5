// Files in and out of the page, with nothing sent anywhere: a picked or dropped file is read into
// memory; a download is a blob: URL clicked locally; "save back" writes through the handle the
// user granted (File System Access API, Chromium 86+) after they confirm.
import { NOT_A_WORKBOOK_ADVICE, notAWorkbook } from './file-kind';
import type { OpenedFile, WritableFileHandle } from './session';

/** The command's limit too: larger workbooks are refused before a byte is read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Thrown with a message for the user, in Chinese, saying what to do. */
export class FileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

/** The checks that need only the name and size; the reader checks the content. */
export function checkPicked(name: string, size: number): void {
  const ext = /\.[^.]*$/.exec(name)?.[0].toLowerCase() ?? '';
  if (ext === '.xls' || ext === '.et' || ext === '.xlsb') {
    throw new FileRefused(
      `「${name}」是旧版或其他格式的表格(${ext}),本页只能读取 .xlsx。请在 Excel 或 WPS 中「另存为」Excel 工作簿(*.xlsx)后再打开。`,
    );
  }
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new FileRefused(`「${name}」不是 Excel 工作簿(.xlsx)。请选择考核工作簿,或先新建模板。`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new FileRefused(
      `「${name}」有 ${(size / 1024 / 1024).toFixed(0)} MB,超过 100 MB 的上限,未读取。请删除无关的工作表或数据后再试。`,
    );
  }
  if (size === 0) throw new FileRefused(`「${name}」是空文件(0 字节),不是可读取的工作簿。`);
}

export async function readPicked(file: File, handle: WritableFileHandle | null): Promise<OpenedFile> {
  checkPicked(file.name, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const other = notAWorkbook(bytes, file.name);
  if (other) throw new FileRefused(`${other}${NOT_A_WORKBOOK_ADVICE}`);
  return {
    name: file.name,
    bytes,
    handle,
    stamp: { size: file.size, lastModified: file.lastModified },
    // Without a handle the File itself is all we have: Chromium and Firefox refuse to read it
    // again once the file on disk changed, which is how the page notices.
    source: handle ? null : file,
  };
}

/** How the file on disk compares with what the page read. */
export type DiskState =
  | { state: 'same' }
  /** Changed (or gone); `now` is the file as it is now where the page holds a handle, else null. */
  | { state: 'changed'; now: File | null; gone: boolean };

function differs(stamp: NonNullable<OpenedFile['stamp']>, now: File): boolean {
  return now.size !== stamp.size || now.lastModified !== stamp.lastModified;
}

/**
 * Looks at the user's file on disk again, cheaply: through the handle, its size and modification
 * time against those read at open; without one, whether the browser still lets us read the File
 * (it refuses once the file changed). A workbook the page made itself (template, sample) has no
 * file on disk and is always 'same'.
 */
export async function lookOnDisk(file: OpenedFile): Promise<DiskState> {
  if (file.handle?.getFile && file.stamp) {
    let now: File;
    try {
      now = await file.handle.getFile();
    } catch {
      return { state: 'changed', now: null, gone: true }; // moved, renamed or deleted
    }
    return differs(file.stamp, now) ? { state: 'changed', now, gone: false } : { state: 'same' };
  }
  if (file.source) {
    try {
      await file.source.slice(0, 1).arrayBuffer();
      return { state: 'same' };
    } catch {
      return { state: 'changed', now: null, gone: false };
    }
  }
  return { state: 'same' };
}

interface PickerWindow {
  showOpenFilePicker?(options: unknown): Promise<WritableFileHandle[]>;
}

/** True where the browser can hand us a file we may later write back to. */
export function canSaveInPlace(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/**
 * The File System Access picker where it exists (so 保存回原文件 can write in place later);
 * null when the browser has none, and the caller falls back to <input type=file>.
 */
export async function pickWithHandle(): Promise<OpenedFile | null> {
  const w = window as PickerWindow;
  if (!w.showOpenFilePicker) return null;
  const [handle] = await w.showOpenFilePicker({
    multiple: false,
    types: [{ description: 'Excel 工作簿', accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] } }],
  });
  return readPicked(await handle.getFile!(), handle);
}

/** A dropped file, with its handle where the browser offers one (Chromium 86+). */
export async function readDropped(items: DataTransferItemList): Promise<OpenedFile | null> {
  for (const item of Array.from(items)) {
    if (item.kind !== 'file') continue;
    const withHandle = item as DataTransferItem & { getAsFileSystemHandle?: () => Promise<{ kind: string } | null> };
    // getAsFileSystemHandle must be called before the drop event returns; getAsFile too.
    const handlePromise = withHandle.getAsFileSystemHandle?.() ?? Promise.resolve(null);
    const file = item.getAsFile();
    if (!file) continue;
    const handle = await handlePromise.catch(() => null);
    return readPicked(file, handle && handle.kind === 'file' ? (handle as unknown as WritableFileHandle) : null);
  }
  return null;
}

/** Offers bytes as a download: a local blob: URL, nothing leaves the machine. */
export async function downloadBytes(name: string, bytes: Uint8Array, mime: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes bytes over the user's file through its handle; asks for write permission first. */
export async function saveInPlace(handle: WritableFileHandle, bytes: Uint8Array): Promise<void> {
  const mode = { mode: 'readwrite' as const };
  if (handle.queryPermission && (await handle.queryPermission(mode)) !== 'granted') {
    if (!handle.requestPermission || (await handle.requestPermission(mode)) !== 'granted') {
      throw new FileRefused(`没有获得写入「${handle.name}」的许可,原文件未改动。请改用「下载」按钮保存一份含汇总表的副本。`);
    }
  }
  // createWritable writes to a temporary file and replaces the original on close(): a failure
  // half way leaves the user's file as it was.
  const writable = await handle.createWritable();
  await writable.write(bytes);
  await writable.close();
}
