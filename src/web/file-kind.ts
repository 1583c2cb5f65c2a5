// What a file the user picked really is, from its first and last bytes, so a refusal can say it in
// the clerk's words (「这是 Word 文档(.docx),不是 Excel 工作簿」) instead of a zip or MIME detail.
// Only the headline: the xlsx layer's reader still decides whether a workbook is readable.

/** The signature of an OLE compound file: .xls / .doc / .ppt of Office 97–2003, and encrypted .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Zip entry names sit uncompressed in the central directory at the end: 256 KB holds it for any workbook we read. */
const TAIL = 256 * 1024;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function tailHas(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  const from = Math.max(0, bytes.length - TAIL);
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A Chinese headline for a file that is not an Excel workbook, or null when it may be one (a zip
 * with a workbook part, or something the reader should judge). `name` is the file's name.
 */
export function notAWorkbook(bytes: Uint8Array, name: string): string | null {
  if (startsWith(bytes, ZIP)) {
    if (tailHas(bytes, 'xl/workbook')) return null;
    if (tailHas(bytes, 'word/document')) return `「${name}」是 Word 文档(.docx),不是 Excel 工作簿。`;
    if (tailHas(bytes, 'ppt/presentation')) return `「${name}」是 PowerPoint 演示文稿(.pptx),不是 Excel 工作簿。`;
    if (tailHas(bytes, 'content.xml') && tailHas(bytes, 'mimetype'))
      return `「${name}」是 OpenDocument 文件(.ods / .odt),不是 Excel 工作簿。`;
    return null; // a zip of some other kind: the reader names what is missing
  }
  if (startsWith(bytes, OLE)) {
    return `「${name}」是旧版 Office 文件(.xls / .doc,Office 97–2003 格式),或是设置了打开密码的工作簿,本页无法读取。`;
  }
  if (startsWith(bytes, PDF)) return `「${name}」是 PDF 文件,不是 Excel 工作簿。`;
  return null;
}

/** What to do next, after any of the headlines above. */
export const NOT_A_WORKBOOK_ADVICE =
  '请选择考核工作簿(.xlsx)。如果是旧版 .xls 或加了密码的工作簿,请在 Excel 或 WPS 中打开,去掉打开密码后「另存为」Excel 工作簿(*.xlsx)。';
