// Text helpers shared by the parser and the rules: users type full-width digits, stray spaces and
// trailing asterisks into cells; these turn what they typed into what they meant.
import type { CellValue } from './types';

const FULL_WIDTH_SPACE = 0x3000;

/** Full-width ASCII (０-９, Ａ-Ｚ, ．，（） …) and the ideographic space → their half-width forms. */
export function toHalfWidth(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === FULL_WIDTH_SPACE) {
      needs = true;
      break;
    }
  }
  if (!needs) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === FULL_WIDTH_SPACE) out += ' ';
    else out += s[i];
  }
  return out;
}

/** A cell as trimmed text: null → '', numbers in their shortest form, booleans as TRUE/FALSE. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

/** A number no spreadsheet cell can hold (NaN, ±Infinity), as hosts other than files may hand over. */
export function isNonFinite(v: CellValue): boolean {
  return typeof v === 'number' && !Number.isFinite(v);
}

/** True for null, '' and whitespace-only text. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

/**
 * Characters nobody sees but that make two texts differ: zero-width spaces and joiners, the BOM,
 * soft hyphens, direction marks, and the control characters XML cannot hold (a pasted vertical
 * tab, U+FFFE). Pasted from web pages and chat programs into names, they would make “城区供电所”
 * and “城区供电所\u200b” two units, and break every file a name is written into.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffe\uffff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** `s` without invisible characters (see INVISIBLE). */
export function stripInvisible(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}

/** The invisible characters in `s`, as `U+200B` codes, each once, in order of appearance. */
export function invisibleIn(s: string): string[] {
  const found = new Set<string>();
  for (const m of s.match(INVISIBLE) ?? []) found.add(`U+${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

/** Characters XML 1.0 cannot hold at all (control characters, U+FFFE/FFFF), which writers drop. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * The form we compare labels (headers, parameter keys) in: half-width, no whitespace, no leading
 * or trailing '*' (users mark required columns), lower case (English aliases are case-insensitive).
 */
export function labelKey(s: string): string {
  return toHalfWidth(stripInvisible(s))
    .replace(/\s+/g, '')
    .replace(/^[*]+|[*]+$/g, '')
    .toLowerCase();
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** '八' → 8, '十' → 10, '十三' → 13, '二十四' → 24; Arabic digits pass through; else null. */
export function parseSmallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '') return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CHINESE_DIGITS ? CHINESE_DIGITS[s] : null;
  const before = s.slice(0, ten);
  const after = s.slice(ten + 1);
  const tens = before === '' ? 1 : before.length === 1 && before in CHINESE_DIGITS ? CHINESE_DIGITS[before] : NaN;
  const ones = after === '' ? 0 : after.length === 1 && after in CHINESE_DIGITS ? CHINESE_DIGITS[after] : NaN;
  const n = tens * 10 + ones;
  return Number.isNaN(n) ? null : n;
}

/**
 * A number from a cell: numeric cells as they are; text like '5', '１.5', ' 1,000 ' too.
 * Anything else (e.g. '五', booleans) → null, so the caller can say which cell is wrong.
 */
export function parseNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = toHalfWidth(v)
    .trim()
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** “value” quoted for a message; long text is cut so one line stays readable. */
export function quote(v: CellValue): string {
  // NaN and Infinity would quote as “”: name them, since no spreadsheet can show them.
  if (isNonFinite(v)) return `“${String(v)}”(不是电子表格能存放的数值)`;
  const t = cellText(v);
  return `“${t.length > 40 ? t.slice(0, 40) + '…' : t}”`;
}

/** The most characters an Excel cell holds; longer text is refused by Excel and cut by others. */
export const MAX_CELL_TEXT = 32_767;

/** What ends a text cut to fit a cell, so the reader sees that something is missing. */
export const CUT_MARK = '…(超长已截断)';

/**
 * User text as a generated cell can hold it: text over MAX_CELL_TEXT characters is cut and ends
 * with CUT_MARK (parse warns 'text-too-long' about the cell it came from); anything else is
 * returned as it is.
 */
export function fitCellText(v: CellValue): CellValue {
  if (typeof v !== 'string' || v.length <= MAX_CELL_TEXT) return v;
  let end = MAX_CELL_TEXT - CUT_MARK.length;
  // Never split a surrogate pair: half a character would be an invalid string in the file.
  const c = v.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return v.slice(0, end) + CUT_MARK;
}

/** A plan row with every text fitted (the row itself when nothing is too long: no copy). */
export function fitCellRow(row: CellValue[]): CellValue[] {
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) return row.map(fitCellText);
  }
  return row;
}

/** Excel's error values, as hosts hand them over (a formula's stored result, or typed). */
const EXCEL_ERRORS: Record<string, string> = {
  '#DIV/0!': '除数为零',
  '#N/A': '找不到引用的值',
  '#VALUE!': '参数类型不对',
  '#REF!': '引用的单元格已被删除',
  '#NAME?': '公式中有无法识别的名称',
  '#NUM!': '数值无效',
  '#NULL!': '区域不相交',
  '#SPILL!': '溢出区域被挡住',
  '#CALC!': '计算出错',
  '#FIELD!': '字段无效',
  '#GETTING_DATA': '数据尚未取回',
  '#BLOCKED!': '被阻止',
  '#CONNECT!': '连接失败',
  '#BUSY!': '正在计算',
  '#UNKNOWN!': '未知错误',
};

/** The Chinese meaning of an Excel error value ('#DIV/0!' → '除数为零'); null for any other cell. */
export function excelErrorMeaning(v: CellValue): string | null {
  if (typeof v !== 'string' || v.charCodeAt(0) !== 35 /* # */) return null;
  return EXCEL_ERRORS[v.trim().toUpperCase()] ?? null;
}

/** The message for a cell holding an Excel error value. */
export function excelErrorMessage(v: string, meaning: string): string {
  return `单元格的值是错误值 ${v.trim()}(${meaning}):多为公式出错,请改正该单元格的公式或改填数值后再试`;
}

// ---------------------------------------------------------------- GB/T 15834 punctuation
// Everything the tool writes in Chinese (the notice, the titles, notes and sign-off of every
// generated sheet) uses full-width punctuation, as GB/T 15834 and GB/T 9704 ask. Our source keeps
// the readable ASCII forms; this one function turns them into the printed forms at the edge of the
// engine (layoutSheet and planNotice), so no string table can be missed and none is hand-typed twice.

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** A Han character, or punctuation / a symbol that only appears in Chinese text (a UTF-16 code unit). */
function isChineseCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs (Ext. A and the basic block)
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0x3001 && c <= 0x303f) || // 、。〈〉《》「」『』【】〔〕 …
    (c >= 0xff01 && c <= 0xff0f) || // ！＂＃…（）＊＋，－．／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0x2014 || // —
    c === 0x2026 // …
  );
}

/**
 * Is the nearest non-space character from `i` on (in `step`'s direction) Chinese? `full` holds the
 * replacements made so far by position (0: none), so a converted mark counts as Chinese; null
 * looks at the text as written.
 */
function chineseNeighbour(s: string, full: Uint16Array | null, i: number, step: 1 | -1): boolean {
  for (let j = i; j >= 0 && j < s.length; j += step) {
    const c = s.charCodeAt(j);
    if (c === 0x20) continue;
    return isChineseCode(full !== null && full[j] !== 0 ? full[j] : c);
  }
  return false;
}

/** Per ASCII code unit, 1 for the half-width marks fullWidth may convert: , : ; ! ? ( ). */
const HALF = new Uint8Array(128);
for (const mark of ',:;!?()') HALF[mark.charCodeAt(0)] = 1;

/** Per ASCII code unit, the full-width form of the marks , : ; ! ? (0 for any other). */
const MARK_FULL = new Uint16Array(128);
for (const mark of ',:;!?') MARK_FULL[mark.charCodeAt(0)] = HALF_TO_FULL[mark].charCodeAt(0);
const OPEN_FULL = HALF_TO_FULL['('].charCodeAt(0);
const CLOSE_FULL = HALF_TO_FULL[')'].charCodeAt(0);

// fullWidth's working space, reused from call to call (it runs once per printed line, 70k times
// in a 1M-event quarter, and an array or two per line was most of its cost): where the marks are,
// the brackets still open, the replacements by position (0: none; every position it sets is
// cleared again before it returns), and the result's code units.
const marks: number[] = [];
const openBrackets: number[] = [];
let replacements = new Uint16Array(1024);
const units: number[] = [];
/** Code units per String.fromCharCode call: well inside any engine's argument limit. */
const UNITS_PER_CALL = 8192;

/**
 * Chinese text with GB/T 15834 punctuation: a half-width , : ; ! ? next to Chinese becomes
 * ，：；！？ ("1,000", "1,1.5,2" and "10:30" keep theirs: digits on both sides); a bracket pair
 * becomes （） when it holds Chinese or follows it ("(一)", "(金额单位:元)"). Latin text,
 * numbers, formats and sheet-cell data are left alone; only text the tool composes goes through.
 * It runs over every line the tool prints (70k follow-up lines in a 1M-event quarter): one scan
 * finds the marks, the rules then look at the marks only, and the text is rebuilt once from its
 * code units (docs/BENCHMARKS.md).
 */
export function fullWidth(s: string): string {
  marks.length = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && HALF[c] === 1) marks.push(i);
  }
  if (marks.length === 0) return s;
  if (replacements.length < s.length) replacements = new Uint16Array(Math.max(s.length, 2 * replacements.length));
  const full = replacements;
  let replaced = 0;
  // Brackets first, so a comma after a converted ")" sees Chinese before it. Brackets look at
  // the text as written.
  const open = openBrackets;
  open.length = 0;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k];
    const c = s.charCodeAt(i);
    if (c === 0x28) open.push(i);
    else if (c === 0x29) {
      const j = open.pop();
      if (j === undefined) {
        if (chineseNeighbour(s, null, i - 1, -1) || chineseNeighbour(s, null, i + 1, 1)) {
          full[i] = CLOSE_FULL;
          replaced++;
        }
        continue;
      }
      if (holdsChinese(s, j + 1, i) || chineseNeighbour(s, null, j - 1, -1)) {
        full[j] = OPEN_FULL;
        full[i] = CLOSE_FULL;
        replaced += 2;
      }
    }
  }
  for (let k = 0; k < open.length; k++) {
    const j = open[k];
    if (chineseNeighbour(s, null, j - 1, -1) || chineseNeighbour(s, null, j + 1, 1)) {
      full[j] = OPEN_FULL;
      replaced++;
    }
  }
  // Left to right, so a mark converted makes the next one's neighbour Chinese (",," after Chinese).
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k];
    const code = MARK_FULL[s.charCodeAt(i)];
    if (code === 0) continue;
    if (chineseNeighbour(s, full, i - 1, -1) || chineseNeighbour(s, full, i + 1, 1)) {
      full[i] = code;
      replaced++;
    }
  }
  return replaced === 0 ? s : rebuilt(s, full);
}

/**
 * `s` with each marked position where `full` is not 0 replaced by that code unit (and `full`
 * cleared there), as one flat string made from code units: no slices or pieces to join, and
 * nothing left that keeps `s` alive.
 */
function rebuilt(s: string, full: Uint16Array): string {
  units.length = s.length;
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k];
    if (full[i] !== 0) units[i] = full[i];
    full[i] = 0;
  }
  if (units.length <= UNITS_PER_CALL) return String.fromCharCode.apply(null, units);
  const pieces: string[] = [];
  for (let from = 0; from < units.length; from += UNITS_PER_CALL) {
    pieces.push(String.fromCharCode.apply(null, units.slice(from, from + UNITS_PER_CALL)));
  }
  return pieces.join('');
}

function holdsChinese(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isChineseCode(s.charCodeAt(k))) return true;
  return false;
}

/**
 * Each half-width , : ; ( ) with Chinese on either side, quoted with its surroundings — for tests
 * and checks of what we print (an empty list means the text follows GB/T 15834).
 */
export function halfWidthInChinese(s: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!(s[i] in HALF_TO_FULL)) continue;
    if (chineseNeighbour(s, null, i - 1, -1) || chineseNeighbour(s, null, i + 1, 1)) found.push(s.slice(Math.max(0, i - 6), i + 7));
  }
  return found;
}
