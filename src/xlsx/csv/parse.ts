// CSV text → rows of cells (RFC 4180 as spreadsheets write it): fields in double quotes may hold
// the delimiter, line breaks and "" for a quote; lines end in CRLF, LF or CR. The delimiter is the
// one of , ; tab that the header line uses most (outside quotes). Empty fields are null; every
// other field stays text (a ticket number 2026071500001 must not become a number), and a field
// written as ="…" (how exports keep leading zeros) is its inner text.
import type { CellValue } from '../../engine';

export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const d = delimiter.charCodeAt(0);
  const endField = () => {
    row.push(cell(field, wasQuoted));
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else quoted = false;
      } else field += text[i];
      continue;
    }
    if (c === 34 && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (c === d) endField();
    else if (c === 10) endRow();
    else if (c === 13) {
      endRow();
      if (text.charCodeAt(i + 1) === 10) i++;
    } else field += text[i];
  }
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  return rows;
}

function cell(raw: string, wasQuoted: boolean): CellValue {
  if (!wasQuoted) {
    const m = /^="(.*)"$/.exec(raw);
    if (m) return m[1] === '' ? null : m[1];
  }
  return raw === '' ? null : raw;
}
