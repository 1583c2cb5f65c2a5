// Column widths in Excel's character units, where a CJK character takes about two.

/** Display width of a text: 2 for CJK and full-width forms, 1 for anything else. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CJK punctuation and ideographs (U+2E80–U+9FFF), Hangul, CJK compatibility, full-width forms.
    w +=
      (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return w;
}

/** Rough width of a number as its format shows it: digits, separators, two decimals. */
export function numberWidth(value: number, format: string | undefined): number {
  const whole = String(Math.trunc(Math.abs(value))).length;
  const separators = format?.includes('#,##') ? Math.floor((whole - 1) / 3) : 0;
  const decimals = format?.includes('.00') ? 3 : format?.includes('yyyy') ? 10 - whole : 0;
  return whole + separators + decimals + (value < 0 ? 1 : 0);
}
