// One worksheet part → its values (row-major from A1, ragged, as the engine's Snapshot wants) and
// the formula cells that hold no stored result. Read in chunks; only the values are kept.
import type { CellValue } from '../../engine';
import { damagedPart, type FileLabel } from '../package/problem';
import type { UnpackBudget, ZipArchive, ZipEntry } from '../package/zip';
import { own, richText, scanPart, unescape } from './chunks';
import { isoDateSerial } from './iso-date';
import { attributes } from '../package/xml';

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

// Cell types (`t`), as small numbers so that a cell's type is compared, never cut out as a string.
const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_BOOLEAN = 3;
const T_ERROR = 4;
const T_FORMULA_STRING = 5;
const T_DATE = 6;
const TYPE_CODES: Record<string, number> = {
  n: T_NUMBER,
  s: T_SHARED,
  inlineStr: T_INLINE,
  b: T_BOOLEAN,
  e: T_ERROR,
  str: T_FORMULA_STRING,
  d: T_DATE,
};

/** The type code of the attribute value `text[from, to)`. */
function typeCode(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (to - from === 1) {
    if (c === 115) return T_SHARED;
    if (c === 98) return T_BOOLEAN;
    if (c === 101) return T_ERROR;
    if (c === 100) return T_DATE;
    return T_NUMBER;
  }
  if (to - from === 3 && text.startsWith('str', from)) return T_FORMULA_STRING;
  if (to - from === 9 && text.startsWith('inlineStr', from)) return T_INLINE;
  return T_NUMBER;
}

/**
 * Whether an open tag is written in a rare spelling (single quotes, a tab or newline between
 * attributes, spaces around `=`), which the fast look-ups below would miss. Decided per tag: one
 * producer may write its rows one way and its cells another, so no first tag speaks for the rest.
 */
function rareSpelling(tag: string): boolean {
  return /['\t\n\r]|\s=|=\s/.test(tag);
}

/**
 * An attribute of one open tag: a look for ` name="` in the tag alone in the usual spelling, else
 * the real attribute parser (src/xlsx/package/xml.ts), which takes any spelling XML allows.
 */
function attrIn(tag: string, name: string): string | undefined {
  if (rareSpelling(tag)) return attributes(tag).get(name);
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

/**
 * Reads the cells of one worksheet as its text comes, chunk by chunk. This is the hot loop of the
 * reader (millions of cells at the top of our range): indexOf scans over the chunk, no substring
 * per cell but the value's, no object per cell but the value itself.
 */
class SheetScanner {
  readonly values: CellValue[][] = [];
  readonly uncalculated: [number, number][] = [];
  readonly merges: string[] = [];
  private p: string | null = null;
  private rowNumber = 0;
  private column = 0;
  private out: CellValue[] = [];
  // Tag names with the document's prefix, set from its root element.
  private cellClose = '';
  private vOpen = '';
  private fOpen = '';
  private isOpen = '';
  // Enough bookkeeping to refuse a damaged part rather than read part of it: rows opened and
  // closed, the root closed, an element left unfinished at the end of the text.
  private rowsOpened = 0;
  private rowsClosed = 0;
  private closed = false;
  private unfinished = false;

  constructor(private readonly ctx: SheetContext) {}

  /** The open tag `text[lt, gt)`. */
  private tag(text: string, lt: number, gt: number): string {
    return text.slice(lt, gt);
  }

  /** Uses what it can of `text`; returns where the unfinished rest begins. */
  consume(text: string, final: boolean): number {
    if (this.p === null) {
      const m = /<([\w.-]+:)?worksheet(?=[\s/>])/.exec(text);
      if (!m) return final ? text.length : Math.max(0, text.length - 256);
      const p = (this.p = m[1] ?? '');
      this.cellClose = `</${p}c>`;
      this.vOpen = `<${p}v`;
      this.fOpen = `<${p}f`;
      this.isOpen = `<${p}is>`;
    }
    const p = this.p;
    const name = p.length + 1; // offset of the local name after `<`
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) return text.length;
      // Too close to the end of the chunk to tell which element this is: next time.
      if (!final && lt + name + 10 > text.length) return lt;
      if (text.charCodeAt(lt + 1) === 47 /* / */) {
        if (!final && text.indexOf('>', lt) < 0) return lt; // the end tag continues in the next chunk
        if (text.startsWith(`${p}row>`, lt + 2)) this.rowsClosed++;
        else if (text.startsWith(`${p}worksheet>`, lt + 2)) this.closed = true;
        pos = lt + 2;
        continue;
      }
      if (p && !text.startsWith(p, lt + 1)) {
        pos = lt + 1;
        continue;
      }
      const c0 = text.charCodeAt(lt + name);
      let kind = 0; // 1 row, 2 cell, 3 mergeCell
      if (c0 === 99 /* c */ && isEnd(text.charCodeAt(lt + name + 1))) kind = 2;
      else if (c0 === 114 /* r */ && text.startsWith('row', lt + name) && isEnd(text.charCodeAt(lt + name + 3))) kind = 1;
      else if (c0 === 109 /* m */ && text.startsWith('mergeCell', lt + name) && isEnd(text.charCodeAt(lt + name + 9))) kind = 3;
      if (kind === 0) {
        pos = lt + 1;
        continue;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) return final ? this.broken(text) : lt; // the tag continues in the next chunk
      if (kind === 1) {
        if (text.charCodeAt(gt - 1) !== 47) this.rowsOpened++;
        this.endRow();
        const n = leadingRowNumber(text, lt + name + 3);
        if (n > 0) this.rowNumber = n;
        else {
          const r = attrIn(this.tag(text, lt, gt), 'r');
          this.rowNumber = r ? Number(r) : this.rowNumber + 1;
        }
        this.column = 0;
        pos = gt + 1;
      } else if (kind === 3) {
        const ref = attrIn(this.tag(text, lt, gt), 'ref');
        if (ref) this.merges.push(ref);
        pos = gt + 1;
      } else {
        const next = this.cell(text, lt, gt);
        if (next < 0) return final ? this.broken(text) : lt; // the cell continues in the next chunk
        pos = next;
      }
    }
  }

  /** An element left open at the end of the part: the part is cut short or damaged. */
  private broken(text: string): number {
    this.unfinished = true;
    return text.length;
  }

  /** Why the part cannot be trusted, or null: cut short, a row left open, no closing root. */
  damage(): string | null {
    if (this.p === null) return '找不到工作表的根元素';
    if (this.unfinished || !this.closed) return '内容不完整,可能在中途被截断';
    if (this.rowsOpened !== this.rowsClosed) return '行标签未正确闭合';
    return null;
  }

  /** One `<c …>`; returns the position after it, or -1 when its end is not in `text` yet. */
  private cell(text: string, lt: number, gt: number): number {
    this.cellAttributes(text, lt, gt);
    this.column = this.tagColumn || this.column + 1;
    if (this.tagRow && this.rowNumber === 0) this.rowNumber = this.tagRow;
    if (text.charCodeAt(gt - 1) === 47) return gt + 1; // <c r="B2" s="3"/>: a formatted empty cell
    const end = text.indexOf(this.cellClose, gt);
    if (end < 0) return -1;
    const after = end + this.cellClose.length;
    let v: CellValue = null;
    if (this.tagType === T_INLINE) {
      const is = text.indexOf(this.isOpen, gt);
      v = is >= 0 && is < end ? richText(text.slice(is, end), this.p!) : null;
    } else {
      if (!this.valueSpan(text, gt, end)) {
        // No stored value: a formula never calculated reads as empty, and is listed.
        const f = text.indexOf(this.fOpen, gt);
        if (f >= 0 && f < end) this.uncalculated.push([this.rowNumber, this.column]);
        return after;
      }
      // Numbers and shared-string indexes, nearly every cell of a ledger, are read in place
      // (plainNumber); anything else is cut out and read by `typed`.
      const type = this.tagType;
      const n = type === T_NUMBER || type === T_SHARED ? plainNumber(text, this.vStart, this.vEnd) : NaN;
      if (n !== n) v = this.typed(text.slice(this.vStart, this.vEnd));
      else if (type === T_SHARED) v = this.ctx.shared[n] ?? null;
      else v = this.tagStyle >= 0 && this.ctx.dateStyle[this.tagStyle] ? dateSerial(n, this.ctx.date1904) : n;
    }
    if (v === null) return after;
    if (this.rowNumber === 0) this.rowNumber = 1;
    const out = this.out;
    while (out.length < this.column - 1) out.push(null);
    out[this.column - 1] = v;
    return after;
  }

  // The cell tag's attributes, read by cellAttributes.
  private tagColumn = 0;
  private tagRow = 0;
  private tagType = T_NUMBER;
  private tagStyle = -1;

  /**
   * Reads `r`, `t` and `s` of a cell tag. In the usual spelling (` r="B12" s="3" t="s"`) this is a
   * walk over the tag's characters that cuts no string: it runs once per cell.
   */
  private cellAttributes(text: string, lt: number, gt: number): void {
    this.tagColumn = 0;
    this.tagRow = 0;
    this.tagType = T_NUMBER;
    this.tagStyle = -1;
    for (let i = lt + 2; i < gt; i++) {
      const c = text.charCodeAt(i);
      // Any other spelling XML allows (a newline or tab between attributes, single quotes, spaces
      // around `=`): this tag is read by the real attribute parser, never half-read.
      if (c === 10 || c === 9 || c === 13 || c === 39 || (c === 61 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) !== 34))) {
        this.slowAttributes(text.slice(lt, gt));
        return;
      }
      // ` x="…"` with a one-letter name: r, s or t.
      if (c !== 32 || text.charCodeAt(i + 2) !== 61 || text.charCodeAt(i + 3) !== 34) continue;
      const name = text.charCodeAt(i + 1);
      let j = i + 4;
      let ch = text.charCodeAt(j);
      if (name === 114 /* r */) {
        let col = 0;
        while (ch >= 65 && ch <= 90) {
          col = col * 26 + ch - 64;
          ch = text.charCodeAt(++j);
        }
        let row = 0;
        while (ch >= 48 && ch <= 57) {
          row = row * 10 + ch - 48;
          ch = text.charCodeAt(++j);
        }
        this.tagColumn = col;
        this.tagRow = row;
      } else if (name === 115 /* s */) {
        let n = 0;
        while (ch >= 48 && ch <= 57) {
          n = n * 10 + ch - 48;
          ch = text.charCodeAt(++j);
        }
        this.tagStyle = n;
      } else if (name === 116 /* t */) {
        const q = text.indexOf('"', j);
        this.tagType = typeCode(text, j, q);
        j = q;
      }
      i = text.indexOf('"', j);
    }
  }

  /** `r`, `t` and `s` of a cell tag in a rare spelling, by the real attribute parser. */
  private slowAttributes(tag: string): void {
    const a = attributes(tag);
    const r = a.get('r');
    [this.tagColumn, this.tagRow] = r ? [columnOf(r), rowOf(r)] : [0, 0];
    const t = a.get('t');
    this.tagType = t === undefined ? T_NUMBER : (TYPE_CODES[t.trim()] ?? T_NUMBER);
    const st = a.get('s');
    this.tagStyle = st === undefined ? -1 : Number(st);
  }

  // Where the text of the cell's `<v>` lies in the chunk, set by valueSpan.
  private vStart = 0;
  private vEnd = 0;

  /** Finds the text of the cell's `<v>` (vStart, vEnd); false when it has none. */
  private valueSpan(text: string, gt: number, end: number): boolean {
    let at = text.indexOf(this.vOpen, gt);
    while (at >= 0 && at < end && !isEnd(text.charCodeAt(at + this.vOpen.length))) at = text.indexOf(this.vOpen, at + 1);
    if (at < 0 || at >= end) return false;
    const open = text.indexOf('>', at);
    if (text.charCodeAt(open - 1) === 47) return false; // <v/>
    this.vStart = open + 1;
    this.vEnd = text.indexOf('<', open);
    return true;
  }

  private typed(raw: string): CellValue {
    switch (this.tagType) {
      case T_SHARED: {
        const s = this.ctx.shared[Number(raw)];
        return s === undefined ? null : s;
      }
      case T_BOOLEAN:
        return raw.trim() === '1' || raw.trim() === 'true';
      case T_ERROR:
      case T_FORMULA_STRING:
        return own(unescape(raw));
      case T_DATE: {
        // Wall-clock, never shifted by the reader's time zone; text that is no date stays text,
        // so the engine names the cell instead of it reading as empty.
        const serial = isoDateSerial(unescape(raw));
        return serial ?? (raw.trim() === '' ? null : own(unescape(raw)));
      }
      default: {
        const n = Number(raw);
        if (!Number.isFinite(n) || raw.trim() === '') return null;
        const s = this.tagStyle;
        return s >= 0 && this.ctx.dateStyle[s] ? dateSerial(n, this.ctx.date1904) : n;
      }
    }
  }

  endRow(): void {
    if (this.out.length) {
      const values = this.values;
      while (values.length < this.rowNumber - 1) values.push([]);
      values[this.rowNumber - 1] = this.out;
      this.out = [];
    }
  }
}

/**
 * The row number of a row tag written as every producer writes it, `<row r="12"…`, read where the
 * name ends (`at`); 0 otherwise (the tag is then read by attrIn). A row tag per row: no cut, no
 * pattern, for the 100,000 rows of a ledger.
 */
function leadingRowNumber(text: string, at: number): number {
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 114 || text.charCodeAt(at + 2) !== 61 || text.charCodeAt(at + 3) !== 34)
    return 0;
  let i = at + 4;
  let n = 0;
  let c = text.charCodeAt(i);
  while (c >= 48 && c <= 57 && n < 1e9) {
    n = n * 10 + (c - 48);
    c = text.charCodeAt(++i);
  }
  return c === 34 && i > at + 4 ? n : 0;
}

/** 10^0 … 10^22, every one exactly a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `text[from, to)` as a number when it is written plainly — `-?digits(.digits)?`, at most 15
 * significant digits… precisely: a mantissa below 2^53 and at most 22 decimals — else NaN (the
 * caller then cuts the text out and reads it with Number). Within those bounds mantissa and power
 * of ten are exact doubles, so their quotient is the correctly rounded value: the very double
 * Number() gives for the same text, without a string per cell.
 */
export function plainNumber(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  const first = i;
  let m = 0;
  let c = text.charCodeAt(i);
  while (c >= 48 && c <= 57) {
    m = m * 10 + (c - 48);
    c = text.charCodeAt(++i);
  }
  if (i === first) return NaN;
  let decimals = 0;
  if (i < to && c === 46 /* . */) {
    const point = ++i;
    c = text.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      c = text.charCodeAt(++i);
    }
    decimals = i - point;
    if (decimals === 0 || decimals > 22) return NaN;
  }
  if (i !== to || m > Number.MAX_SAFE_INTEGER) return NaN;
  const n = decimals ? m / POW10[decimals] : m;
  return negative ? -n : n;
}

/** White space, `/` or `>`: what may follow an element's name. */
function isEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

export function readSheet(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget, ctx: SheetContext): SheetValues {
  const scanner = new SheetScanner(ctx);
  scanPart(zip, entry, file, budget, (text, final) => scanner.consume(text, final));
  const damage = scanner.damage();
  if (damage) throw damagedPart(file, entry.name, damage);
  scanner.endRow();
  if (scanner.merges.length) clearMergedCells(scanner.values, scanner.merges);
  return { values: scanner.values, uncalculated: scanner.uncalculated };
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
