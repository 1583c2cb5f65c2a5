// Small helpers for addressing cells, shared by parse, report and the adapters.

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'A1'-style address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet name as a formula or a reference spells it: 'My ''Sheet''' (always quoted, quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A defined name's reference, as hosts hand it over: "='2026年第3季度考核汇总'!$A$1" or
 * "Sheet1!$A$1" → { sheet, cell: 'A1' }; null when it names no sheet. One reading for every host,
 * so a marker written by one is understood by the others.
 */
export function parseReference(value: unknown): { sheet: string; cell: string } | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return {
    sheet,
    cell: text
      .slice(bang + 1)
      .replace(/\$/g, '')
      .toUpperCase(),
  };
}
