// One worksheet part → its values (row-major from A1, ragged, as the engine's Snapshot wants) and
// the formula cells that hold no stored result. Read in chunks; only the values are kept.
import type { CellValue } from '../../engine';
import type { FileLabel } from '../package/problem';
import type { UnpackBudget, ZipArchive, ZipEntry } from '../package/zip';
import { ATTRS } from '../package/xml';
import { richText, scanPart, unescape } from './chunks';

export interface SheetContext {
  shared: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

export interface SheetValues {
  values: CellValue[][];
  uncalculated: [number, number][];
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_SHIFT = 1462;

/**
 * A date cell's serial in the 1900 system, rounded to the millisecond (as Excel shows times), so
 * that a 1904-system book gives the same serials as a 1900-system one.
 */
export function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_SHIFT : 0)) * MS_PER_DAY);
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** `AB12` → 28 (1-based column); 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

// Cell attributes are read with these three patterns rather than a general attribute parser:
// this runs for every cell of the book (millions at the top of our range).
const R_ATTR = /\sr\s*=\s*["']([^"']*)["']/;
const T_ATTR = /\st\s*=\s*["']([^"']*)["']/;
const S_ATTR = /\ss\s*=\s*["']([^"']*)["']/;

export function readSheet(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget, ctx: SheetContext): SheetValues {
  const values: CellValue[][] = [];
  const uncalculated: [number, number][] = [];
  const merges: string[] = [];
  let p: string | null = null;
  let tags: RegExp = /$^/g;
  let cellClose = '';
  let vOpen = '';
  let vClose = '';
  let fOpen = '';
  let isOpen = '';
  let rowNumber = 0;
  let column = 0;
  let out: CellValue[] = [];

  const endRow = () => {
    if (out.length) {
      while (values.length < rowNumber - 1) values.push([]);
      values[rowNumber - 1] = out;
      out = [];
    }
  };

  // The hot loop of the reader: one pass of a sticky-free global pattern over each chunk, a
  // handful of indexOf calls per cell, no objects per cell but the value itself. Kept in one
  // function because splitting it costs a closure call per cell on a million-row sheet.
  scanPart(zip, entry, file, budget, (text, final) => {
    if (p === null) {
      const m = /<([\w.-]+:)?worksheet(?=[\s/>])/.exec(text);
      if (!m) return final ? text.length : Math.max(0, text.length - 256);
      p = m[1] ?? '';
      tags = new RegExp(`<${p}(row|c|mergeCell)(?=[\\s/>])(${ATTRS})(/?)>`, 'g');
      cellClose = `</${p}c>`;
      vOpen = `<${p}v`;
      vClose = `</${p}v>`;
      fOpen = `<${p}f`;
      isOpen = `<${p}is>`;
    }
    tags.lastIndex = 0;
    let used = 0;
    for (let m = tags.exec(text); m; m = tags.exec(text)) {
      const name = m[1];
      const attrs = m[2];
      if (name === 'row') {
        endRow();
        const r = R_ATTR.exec(attrs);
        rowNumber = r ? Number(r[1]) : rowNumber + 1;
        column = 0;
        used = tags.lastIndex;
        continue;
      }
      if (name === 'mergeCell') {
        const ref = attr(attrs, 'ref');
        if (ref) merges.push(ref);
        used = tags.lastIndex;
        continue;
      }
      // A cell.
      const r = R_ATTR.exec(attrs);
      column = r ? columnOf(r[1]) || column + 1 : column + 1;
      if (r && rowNumber === 0) rowNumber = rowOf(r[1]);
      if (m[3] === '/') {
        used = tags.lastIndex;
        continue; // <c r="B2" s="3"/>: a formatted empty cell
      }
      const bodyStart = tags.lastIndex;
      const end = text.indexOf(cellClose, bodyStart);
      if (end < 0) {
        if (final) break;
        tags.lastIndex = text.length;
        return m.index; // the cell continues in the next chunk
      }
      tags.lastIndex = end + cellClose.length;
      used = tags.lastIndex;
      const body = text.slice(bodyStart, end);
      const t = T_ATTR.exec(attrs)?.[1];
      let v: CellValue = null;
      if (t === 'inlineStr') {
        const is = body.indexOf(isOpen);
        v = is >= 0 ? richText(body.slice(is), p) : null;
      } else {
        const vs = body.indexOf(vOpen);
        let raw: string | null = null;
        if (vs >= 0) {
          const gt = body.indexOf('>', vs);
          if (body.charCodeAt(gt - 1) !== 47) {
            const ve = body.indexOf(vClose, gt);
            raw = body.slice(gt + 1, ve < 0 ? body.length : ve);
          }
        }
        if (raw === null) {
          // No stored value: a formula never calculated reads as empty, and is listed.
          if (body.indexOf(fOpen) >= 0) uncalculated.push([rowNumber, column]);
          continue;
        }
        switch (t) {
          case 's': {
            const s = ctx.shared[Number(raw)];
            v = s === undefined ? null : s;
            break;
          }
          case 'b':
            v = raw.trim() === '1' || raw.trim() === 'true';
            break;
          case 'e':
          case 'str':
            v = unescape(raw);
            break;
          case 'd': {
            const ms = Date.parse(raw);
            v = Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
            break;
          }
          default: {
            const n = Number(raw);
            if (!Number.isFinite(n) || raw.trim() === '') v = null;
            else {
              const s = S_ATTR.exec(attrs);
              v = s && ctx.dateStyle[Number(s[1])] ? dateSerial(n, ctx.date1904) : n;
            }
          }
        }
      }
      if (v === null) continue;
      if (rowNumber === 0) rowNumber = 1;
      while (out.length < column - 1) out.push(null);
      out[column - 1] = v;
    }
    return final ? text.length : Math.max(used, lastTagStart(text, used));
  });
  endRow();
  if (merges.length) clearMergedCells(values, merges);
  return { values, uncalculated };
}

/**
 * Where to resume when a chunk ends: at the last `<` that may open an unfinished tag, so an open
 * tag split between chunks is read whole next time; text before it has been fully used.
 */
function lastTagStart(text: string, used: number): number {
  const lt = text.lastIndexOf('<');
  return lt >= used ? lt : text.length;
}

/** A merged range holds its value once, in its top-left cell: values in the other cells are dropped. */
function clearMergedCells(values: CellValue[][], merges: string[]): void {
  for (const ref of merges) {
    const [a, b = a] = ref.split(':');
    const top = rowOf(a);
    const left = columnOf(a);
    const bottom = Math.min(rowOf(b), values.length);
    const right = columnOf(b);
    for (let r = top; r <= bottom; r++) {
      const row = values[r - 1];
      for (let c = r === top ? left + 1 : left; c <= Math.min(right, row.length); c++) row[c - 1] = null;
      while (row.length && row[row.length - 1] === null) row.pop();
    }
  }
  while (values.length && values[values.length - 1].length === 0) values.pop();
}
