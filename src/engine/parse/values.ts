// Cell readers for dates and 是/否, each cached so a million rows cost a Map hit per cell.
import type { CellValue, Finding } from '../types';
import { isValidYmd, ymdToSerial } from '../dates';
import { toHalfWidth } from '../text';

/** Dates outside these years are typing mistakes (e.g. a clause number in the date column). */
const MIN_SERIAL = ymdToSerial(1950, 1, 1);
const MAX_SERIAL = ymdToSerial(2199, 12, 31);

const DATE_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** Text date → serial, or null when it is not a real date in one of SPEC §1.5's forms. */
export function parseDateText(text: string): number | null {
  const m = DATE_TEXT.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  const s = ymdToSerial(y, mo, d);
  return s >= MIN_SERIAL && s <= MAX_SERIAL ? s : null;
}

/**
 * A cached date reader: Excel serials (the integer day; a time of day is dropped) and text dates
 * → serial day number; null when unreadable. Blank cells are the caller's business.
 */
export function makeDateReader(): (value: CellValue) => number | null {
  const cache = new Map<string, number | null>();
  return (value) => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return null;
      const s = Math.floor(value);
      return s >= MIN_SERIAL && s <= MAX_SERIAL ? s : null;
    }
    if (typeof value !== 'string') return null;
    let r = cache.get(value);
    if (r === undefined) cache.set(value, (r = parseDateText(value)));
    return r;
  };
}

const YES_NO = new Map<string, boolean>([
  ['是', true],
  ['y', true],
  ['yes', true],
  ['true', true],
  ['√', true],
  ['✓', true],
  ['✔', true],
  ['1', true],
  ['否', false],
  ['n', false],
  ['no', false],
  ['false', false],
  ['×', false],
  ['✗', false],
  ['x', false],
  ['0', false],
]);

/** 是/否 cell → boolean; blank → false (not 是); null when the text means neither. */
export function parseYesNo(value: CellValue): boolean | null {
  if (value === '是') return true; // the common case, before any string work
  if (value === '否' || value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  let r = yesNoCache.get(value);
  if (r === undefined) {
    const t = toHalfWidth(value).trim().toLowerCase();
    r = t === '' ? false : (YES_NO.get(t) ?? null);
    if (yesNoCache.size < 10_000) yesNoCache.set(value, r);
  }
  return r;
}

// Texts seen in 三不放过 cells: a handful of distinct ones in any real workbook (bounded anyway).
const yesNoCache = new Map<string, boolean | null>();

/** 认定 texts → findings. Blank is 属实有责 (the caller's business); the short forms are what people type. */
const FINDINGS = new Map<string, Finding>([
  ['属实有责', '属实有责'],
  ['属实', '属实有责'],
  ['有责', '属实有责'],
  ['不属实', '不属实'],
  ['无责', '无责'],
  ['属实无责', '无责'],
  ['免责', '免责'],
]);

/** 认定 cell → finding; 属实有责 for blank; null when the text is none of them. */
export function parseFinding(value: CellValue): Finding | null {
  if (value === null || value === undefined) return '属实有责';
  if (typeof value !== 'string') return null;
  const t = toHalfWidth(value).replace(/\s+/g, '');
  return t === '' ? '属实有责' : (FINDINGS.get(t) ?? null);
}

/** True for the findings that score nothing (SPEC §2 rule 12). */
export function isExempt(finding: Finding | undefined): boolean {
  return finding !== undefined && finding !== '属实有责';
}
