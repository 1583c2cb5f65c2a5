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

/** True for null, '' and whitespace-only text. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

/**
 * The form we compare labels (headers, parameter keys) in: half-width, no whitespace, no leading
 * or trailing '*' (users mark required columns), lower case (English aliases are case-insensitive).
 */
export function labelKey(s: string): string {
  return toHalfWidth(s)
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
  const t = cellText(v);
  return `“${t.length > 40 ? t.slice(0, 40) + '…' : t}”`;
}
