// A cell value as Excel shows it under the few number formats the plans use ('0.00', '0.0#',
// '#,##0', '0', '@', 'yyyy-mm-dd'), so the printed page reads like the sheet. The plan chose the
// format; this only spells it.
import { serialToIso, type CellValue } from '../../engine';

export function formatCell(value: CellValue, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case undefined:
    case 'General':
    case '@':
      return general(value);
    case 'yyyy-mm-dd':
      return Number.isInteger(value) ? serialToIso(value) : serialToIso(Math.floor(value));
    default:
      return numeric(value, format);
  }
}

/** Excel's General: up to 11 significant characters, no trailing zeros. */
function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * '0', '0.00', '0.0#', '#,##0', '#,##0.00': required and optional decimals, thousands separators;
 * with sections 'positive;negative;zero' and a literal sign prefix ('+0.00;-0.00;0.00').
 */
function numeric(value: number, format: string): string {
  const sections = format.split(';');
  if (sections.length > 1) {
    const zero = roundHalfAway(value, decimalsOf(sections[0])) === roundHalfAway(0, decimalsOf(sections[0]));
    const section = zero && sections[2] !== undefined ? sections[2] : value < 0 ? (sections[1] ?? sections[0]) : sections[0];
    // A negative section carries its own sign, as in Excel.
    return numeric(value < 0 && sections[1] !== undefined ? -value : value, section);
  }
  const prefix = /^[+-]/.exec(format)?.[0] ?? '';
  const m = /^(#,##)?0(?:\.(0*)(#*))?$/.exec(format.slice(prefix.length));
  if (!m) return general(value);
  return prefix + plain(value, m);
}

function decimalsOf(section: string): number {
  return /\.([0#]*)/.exec(section)?.[1].length ?? 0;
}

function plain(value: number, m: RegExpExecArray): string {
  const grouped = Boolean(m[1]);
  const required = m[2]?.length ?? 0;
  const optional = m[3]?.length ?? 0;
  let text = roundHalfAway(value, required + optional);
  if (optional > 0) {
    // Drop optional trailing zeros, keep the required ones.
    const [int, frac = ''] = text.split('.');
    let f = frac;
    while (f.length > required && f.endsWith('0')) f = f.slice(0, -1);
    text = f ? `${int}.${f}` : int;
  }
  return grouped ? group(text) : text;
}

/** Half away from zero, as Excel rounds for display (toFixed rounds the binary value). */
function roundHalfAway(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  const text = rounded.toFixed(decimals);
  return text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
}

function group(text: string): string {
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + withCommas + (frac !== undefined ? `.${frac}` : '');
}
