// File safety for the command line: refuse what we cannot read before reading it, and never
// leave a half-written file behind (write to a temporary name in the target folder, then rename).
// This is the Node layer of src/xlsx: paths, the file system and its errors, described in Chinese
// in one place (describeFileError, describeReadError). What a package holds is checked by the
// browser-safe src/xlsx/package, shared with the reader and the merge.
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { LIMITS, mib } from '../package/limits';
import { openPackage, readSmallPart, unpackBudget } from '../package/open';
import { decodeText, inflateWhole, openZip } from '../package/zip';
import { encryptedOrLegacy, FileProblem, isOle2 } from '../package/problem';
import { trackPath, untrackPath } from './cleanup';

export { FileProblem };

/** Larger files are refused by size, before a byte is read. */
export const MAX_INPUT_BYTES = LIMITS.fileBytes;

/**
 * Checks an input path without reading the file: it exists, is a regular file (a FIFO or a device
 * would block the read forever, a folder cannot be read), within LIMITS.fileBytes, is not
 * encrypted or an old .xls, and is named .xlsx. Throws FileProblem saying what is wrong and what
 * to do; returns the file's stat.
 */
export function checkInputPath(file: string): fs.Stats {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
  if (st.isDirectory()) throw new FileProblem(`「${file}」是一个文件夹,不是 Excel 工作簿。`);
  if (!st.isFile()) {
    const kind = st.isFIFO()
      ? '命名管道(FIFO)'
      : st.isSocket()
        ? '套接字'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? '设备文件'
          : '特殊文件';
    throw new FileProblem(`「${file}」是一个${kind},不是普通文件,未读取。请指定保存在磁盘上的 .xlsx 工作簿。`);
  }
  if (st.size > MAX_INPUT_BYTES) {
    throw new FileProblem(
      `文件「${file}」有 ${mib(st.size)},超过 ${mib(MAX_INPUT_BYTES)} 的上限,未读取。请删除无关的工作表或数据,或把工作簿拆小后再试。`,
    );
  }
  const ext = path.extname(file).toLowerCase();
  const head = readBytes(file, 0, 8);
  if (isOle2(head)) throw encryptedOrLegacy(file);
  if (ext !== '.xlsx') {
    throw new FileProblem(`文件「${file}」不是 .xlsx 工作簿(扩展名为「${ext || '无'}」)。请在 Excel 中另存为 .xlsx 格式。`);
  }
  return st;
}

/**
 * Checks an input workbook: checkInputPath, then that it is a complete zip holding an Excel
 * workbook of a size we can read (src/xlsx/package/open.ts).
 */
export function checkInputFile(file: string): void {
  checkInputPath(file);
  openPackage(readWhole(file), file);
}

/** What a run read: enough to tell, before replacing the file, whether anyone saved it since. */
export interface InputIdentity {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function identityOf(bytes: Uint8Array, st: fs.Stats): InputIdentity {
  return { size: st.size, mtimeMs: st.mtimeMs, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Refuses (FileProblem) when `file` no longer holds what the run read: someone saved it (Excel,
 * another run) after we read it, and replacing it now would silently drop their change.
 */
export function checkUnchanged(file: string, read: InputIdentity): void {
  let now: InputIdentity | null = null;
  try {
    const st = fs.statSync(file);
    now = st.size === read.size && st.mtimeMs === read.mtimeMs ? identityOf(fs.readFileSync(file), st) : null;
  } catch {
    now = null;
  }
  if (now === null || now.sha256 !== read.sha256) {
    throw new FileProblem(
      `工作簿「${file}」在本次读取之后被修改过(可能在 Excel 中保存了,或另一个程序写入了它)。为免覆盖这些修改,汇总表未写入,文件保持别人保存后的样子。请重新运行本命令。`,
    );
  }
}

/** The lock file of a workbook being rewritten in place: beside it, hidden, naming the writer's pid. */
export function lockNameFor(file: string): string {
  const real = realTarget(file);
  return path.join(path.dirname(real), `.${path.basename(real)}.qs-lock`);
}

/**
 * Takes the lock on `file` for a run that will replace it (--in-place), or refuses at once when
 * another live run holds it. A lock left by a killed run (its process gone) is taken over.
 * Returns the release function; an interrupted run's lock is removed with its temp files.
 */
export function acquireLock(file: string): () => void {
  const lock = lockNameFor(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      trackPath(lock);
      return () => {
        untrackPath(lock);
        fs.rmSync(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw isErrno(e) ? describeFileError(e, lock) : e;
    }
    let holder = NaN;
    try {
      holder = Number(fs.readFileSync(lock, 'utf8').trim());
    } catch {
      // Removed meanwhile: try again.
    }
    // Our own pid too: another run in this process (a test, a host calling main() twice) holds it.
    if (Number.isInteger(holder) && holder > 0 && (holder === process.pid || processAlive(holder))) {
      throw new FileProblem(
        `工作簿「${file}」正由另一个 qs-assess 进程(进程号 ${holder})写入,本次未做任何改动。请等它完成后再运行。` +
          `(如确认没有其他进程在运行,可删除锁文件「${lock}」。)`,
      );
    }
    fs.rmSync(lock, { force: true });
  }
  throw new FileProblem(`无法锁定工作簿「${file}」(锁文件「${lock}」无法创建)。请稍后再试。`);
}

/** Reads one small part of an .xlsx package (e.g. `xl/workbook.xml`); null when absent or unreadable. */
export function readPackagePart(file: string, part: string): string | null {
  try {
    return readSmallPart(openPackage(readWhole(file), file), part);
  } catch {
    return null;
  }
}

/**
 * One small part of any Office package — a .docx's docProps/core.xml, say — without the checks that
 * it is a workbook; null when absent or unreadable.
 */
export function readZipPart(file: string, part: string): string | null {
  try {
    const zip = openZip(readWhole(file));
    if (typeof zip === 'string') return null;
    const entry = zip.find(part);
    return entry ? decodeText(inflateWhole(zip, entry, file, unpackBudget(file, LIMITS))) : null;
  } catch {
    return null;
  }
}

function readWhole(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
}

function readBytes(file: string, position: number, length: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A temporary name next to `target`, so the final rename stays on one file system (atomic). Short
 * (`.qs-<pid>-<8 hex>.tmp`), so that a long but valid file name never becomes too long as a temp
 * name; the writer's process id lets a later run tell a temp file left by a killed process
 * (SIGKILL, a power cut) from one being written right now.
 */
export function tempNameFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.qs-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\.qs-(\d+)-[0-9a-f]{8}\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes, from `dir`, our own temporary files whose writer is gone (killed before it could clean
 * up). Only names of our pattern, only when their process no longer exists; anything else stays.
 * Returns the names removed.
 */
export function removeStaleTemps(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    try {
      const full = path.join(dir, name);
      if (fs.lstatSync(full).isFile()) {
        fs.rmSync(full);
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Where a write to `target` really lands: through any symlinks (a dangling link: as given). */
export function realTarget(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    // Not there yet: the folder may still be a link.
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(target))), path.basename(target));
    } catch {
      return path.resolve(target);
    }
  }
}

/** True when both paths name one existing file (symlinks, `./`, case-insensitive file systems, hard links). */
export function sameFile(a: string, b: string): boolean {
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Checks, before any work, that `target` can be written: its folder exists and is writable, and
 * an existing target is a file with write permission. Throws FileProblem saying what to do.
 * Mode bits are checked as well as access(), since root may write anywhere.
 */
export function checkOutputTarget(target: string): void {
  const real = realTarget(target);
  const dir = path.dirname(real);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    throw new FileProblem(`文件夹「${dir}」不存在。请先创建,或换一个输出路径。`);
  }
  if (!dirStat.isDirectory()) throw new FileProblem(`「${dir}」不是文件夹。请换一个输出路径。`);
  if (!writable(dir, dirStat)) {
    throw new FileProblem(`文件夹「${dir}」不允许写入(只读或没有权限),未做任何改动。请换一个可写的文件夹,或修改该文件夹的权限。`);
  }
  if (Buffer.byteLength(path.basename(real)) > 255) {
    throw new FileProblem(`文件名「${path.basename(target)}」太长(超过 255 字节),无法保存。请换一个短一些的文件名。`);
  }
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(real);
  } catch {
    st = null;
  }
  if (st === null) return;
  if (st.isDirectory()) throw new FileProblem(`「${target}」是一个文件夹,不能作为输出文件。请换一个文件名。`);
  if (!writable(real, st)) {
    throw new FileProblem(`文件「${target}」是只读文件,未做任何改动。请在文件属性中取消“只读”(或 chmod u+w),或写到另一个文件。`);
  }
}

function writable(file: string, st: fs.Stats): boolean {
  if ((st.mode & 0o222) === 0) return false;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `file` is a workbook this tool wrote before: its workbook part carries one of our
 * `QSAssess.*` defined names. Only the workbook part is unpacked.
 */
export function isOurOutput(file: string): boolean {
  const workbook = readPackagePart(file, 'xl/workbook.xml');
  return workbook !== null && /<(?:\w+:)?definedName\b[^>]*\bname="QSAssess\./.test(workbook);
}

/** A Node file error (EACCES, ENOSPC, …) → a FileProblem in Chinese naming the file and what to do. */
export function describeFileError(e: NodeJS.ErrnoException, target: string): FileProblem {
  const dir = path.dirname(path.resolve(target));
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return new FileProblem(
        `无法写入「${target}」:文件正被其他程序占用,或没有写入权限(${e.code})。` +
          `如该文件正在 Excel 或 WPS 中打开,请先关闭后重试;否则请检查文件夹「${dir}」的权限,或换一个可写的文件夹。原文件未改动。`,
      );
    case 'EROFS':
      return new FileProblem(`无法写入「${target}」:文件夹「${dir}」所在的磁盘是只读的。请换一个可写的文件夹。`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileProblem(`无法写入「${target}」:磁盘空间不足(或超出配额)。请清理磁盘,或换一个空间充足的文件夹后重试。原文件未改动。`);
    case 'ENAMETOOLONG':
      return new FileProblem(`无法写入「${target}」:文件名或路径太长。请换一个短一些的文件名或文件夹。`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileProblem(`无法写入「${target}」:文件夹「${dir}」不存在或已被移走。请先创建,或换一个输出路径。`);
    case 'EISDIR':
      return new FileProblem(`「${target}」是一个文件夹,不能作为输出文件。请换一个文件名。`);
    case 'EMFILE':
    case 'ENFILE':
      return new FileProblem(`无法写入「${target}」:同时打开的文件太多。请关闭一些程序后重试。`);
    default:
      return new FileProblem(
        `无法写入「${target}」(${e.code ?? '未知错误'})。请检查文件夹「${dir}」是否可写、磁盘空间是否充足后重试。原文件未改动。`,
      );
  }
}

/** A Node file error while reading `file` → a FileProblem in Chinese naming the file and what to do. */
export function describeReadError(e: NodeJS.ErrnoException, file: string): FileProblem {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileProblem(`找不到文件「${file}」。请检查路径和文件名。`);
    case 'EACCES':
    case 'EPERM':
      return new FileProblem(`无法读取文件「${file}」:没有读取权限(${e.code})。请检查文件的权限,或把文件复制到自己的文件夹后再试。`);
    case 'EBUSY':
      return new FileProblem(`无法读取文件「${file}」:文件正被其他程序占用。如该文件正在 Excel 或 WPS 中打开,请先关闭后重试。`);
    case 'EISDIR':
      return new FileProblem(`「${file}」是一个文件夹,不是 Excel 工作簿。`);
    case 'EMFILE':
    case 'ENFILE':
      return new FileProblem(`无法读取文件「${file}」:同时打开的文件太多。请关闭一些程序后重试。`);
    case 'EIO':
      return new FileProblem(`无法读取文件「${file}」:磁盘读取出错(EIO)。文件所在的磁盘或网络位置可能有问题,请复制到本机后再试。`);
    default:
      return new FileProblem(`无法读取文件「${file}」(${e.code ?? '未知错误'})。请检查文件是否存在、是否可读后重试。`);
  }
}

export function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}

/**
 * Produces `target` atomically: `write` fills a temporary file in the same folder, which then
 * replaces `target` by rename. On failure (or Ctrl-C) the temporary file is removed and `target`
 * is untouched. `beforeRename` may still refuse (throw) once the new file is complete: the last
 * moment to find that the target changed under us. A symlinked target is followed: the real file behind the link is replaced, and
 * the link stays. A replaced file keeps its permission bits (and owner, where allowed).
 * Node file errors become FileProblems in Chinese.
 */
export async function writeAtomically(
  target: string,
  write: (tempFile: string) => Promise<void>,
  options: { beforeRename?: () => void } = {},
): Promise<void> {
  const real = realTarget(target);
  let old: fs.Stats | null = null;
  try {
    old = fs.statSync(real);
  } catch {
    old = null;
  }
  const temp = tempNameFor(real);
  removeStaleTemps(path.dirname(temp));
  trackPath(temp);
  try {
    await write(temp);
    options.beforeRename?.();
    if (old) {
      fs.chmodSync(temp, old.mode & 0o7777);
      try {
        if (old.uid !== process.getuid?.() || old.gid !== process.getgid?.()) fs.chownSync(temp, old.uid, old.gid);
      } catch {
        // Only root may give a file away; the permission bits are what matters.
      }
    }
    fs.renameSync(temp, real);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw isErrno(e) ? describeFileError(e, target) : e;
  } finally {
    untrackPath(temp);
  }
}
