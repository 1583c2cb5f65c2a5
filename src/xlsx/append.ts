// Appending imported rows to the user's ledgers (SPEC §9) — a new kind of write: the package merge
// (merge.ts) never touches a user's sheet, this edits one, so it is narrow on purpose.
//
// - Only the plan's cells are written (src/engine/import: LedgerWrite), into rows below the last
//   record and, for a column the ledger lacked, one header cell right of its header. A target cell
//   that already holds anything (a value, a formula) stops the whole write: nothing is overwritten.
// - The sheet part's XML is edited as text: existing <row> elements of the target rows (the
//   template's pre-formatted empty rows) get the new cells merged in by column; new <row> elements
//   go in row order; <dimension> grows. Every other byte of the sheet, and every other part of the
//   package, stays as it was (parts copied as stored).
// - Cells are inline strings (never formulas: user text is never a formula) and serial dates, in
//   a few cell formats of ours appended to styles.xml (merge-styles.ts); a cell the clerk still has
//   to fill is light yellow (MARK_FILL).
// - A missing ledger is a new sheet part with the template's header, added at the end of the tabs.
// - An Excel Table (ListObject) on a ledger is grown to take the rows when they follow it directly.
import { columnLetter, type CellValue, type LedgerWrite, type PlannedCell } from '../engine';
import { openPackage, type XlsxPackage } from './package/open';
import { CONTENT_TYPE, EMPTY_RELS, NS_RELATIONSHIPS, REL, parseRels, relIs, relativeTarget, relsPathOf, type Rel } from './package/opc';
import { damagedPart, FileProblem, type FileLabel } from './package/problem';
import {
  appendToRoot,
  attributes,
  ensureNamespace,
  escapeXml,
  prefixOf,
  reEscape,
  section,
  unescapeXml,
  withPrefix,
  writeSection,
  ATTRS,
} from './package/xml';
import { decodeText, inflateWhole } from './package/zip';
import { ZipWriter, type Packer } from './package/zip-write';
import { mergeStyles } from './merge-styles';
import { cellText as xmlCellText } from './writer/sheet';

/** The fill of cells the clerk still has to fill or fix (light yellow, as Excel's “Note” style). */
export const MARK_FILL = 'FFFFF2CC';

/** Our cell formats, in the order of OUR_STYLES' cellXfs. */
const XF = { text: 0, date: 1, number: 2, textMark: 3, dateMark: 4, numberMark: 5, header: 6 } as const;

const OUR_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="${MARK_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Book {
  file: FileLabel;
  pkg: XlsxPackage;
  written: Map<string, string>;
  wb: { part: string; xml: string; prefix: string; rAttr: string };
  rels: { part: string; xml: string; list: Rel[] };
  contentTypes: string;
  date1904: boolean;
  xf: number[];
  at: string;
}

/** The user's .xlsx bytes with the planned rows appended. Throws FileProblem when it cannot be done safely. */
export function appendLedgerRows(
  original: Uint8Array,
  writes: readonly LedgerWrite[],
  file: FileLabel = '工作簿',
  packer: Packer = {},
): Uint8Array {
  const pkg = openPackage(original, file);
  const b = { file, pkg, written: new Map(), at: pkg.workbookPart } as Partial<Book> as Book;
  try {
    readBook(b);
    b.xf = ourStyles(b);
    for (const w of writes) {
      if (w.create) createSheet(b, w);
      else appendToSheet(b, w);
    }
    return zipBook(b, packer);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw damagedPart(file, b.at, '其 XML 结构无法追加记录');
  }
}

function readPart(b: Book, part: string): string | null {
  b.at = part;
  const w = b.written.get(part);
  if (w !== undefined) return w;
  const entry = b.pkg.zip.find(part);
  return entry ? decodeText(inflateWhole(b.pkg.zip, entry, b.file, b.pkg.budget)) : null;
}

function readBook(b: Book): void {
  const part = b.pkg.workbookPart;
  const relsPart = b.pkg.zip.find(relsPathOf(part))?.name ?? relsPathOf(part);
  const relsXml = readPart(b, relsPart) ?? EMPTY_RELS;
  b.rels = { part: relsPart, xml: relsXml, list: parseRels(relsXml, part) };
  let xml = readPart(b, part)!;
  const prefix = prefixOf(xml, 'workbook');
  const ns = ensureNamespace(xml, 'workbook', NS_RELATIONSHIPS, 'r');
  xml = ns.xml;
  b.wb = { part, xml, prefix, rAttr: `${ns.prefix}:id` };
  if (b.pkg.contentTypes === null) throw new FileProblem(`文件「${b.file}」缺少 [Content_Types].xml,不是有效的 .xlsx 工作簿。`);
  b.contentTypes = b.pkg.contentTypes;
  const pr = new RegExp(`<${reEscape(prefix)}workbookPr\\b[^>]*>`).exec(xml)?.[0];
  b.date1904 = pr ? /\bdate1904\s*=\s*["'](1|true)["']/i.test(pr) : false;
}

/** Our cell formats merged into the book's styles (identical entries reused); a book without styles takes ours. */
function ourStyles(b: Book): number[] {
  const rel = b.rels.list.find((r) => relIs(r.type, 'styles') && !r.external);
  const theirs = rel ? readPart(b, rel.part) : null;
  if (rel && theirs !== null) {
    const merged = mergeStyles(theirs, OUR_STYLES);
    b.written.set(b.pkg.zip.find(rel.part)!.name, merged.xml);
    return merged.xfMap;
  }
  const part = `${dir(b.wb.part)}styles.xml`;
  if (b.pkg.zip.find(part)) throw new FileProblem(`文件「${b.file}」的样式部件无法识别,未写入。请在 Excel 中打开并另存为 .xlsx 后再试。`);
  b.written.set(part, OUR_STYLES);
  addRel(b, REL.styles, part);
  b.contentTypes = appendOverride(b.contentTypes, part, CONTENT_TYPE.styles);
  return [0, 1, 2, 3, 4, 5, 6];
}

/** The sheet part of the sheet named `name`. */
function sheetPart(b: Book, name: string): string {
  const { prefix, rAttr } = b.wb;
  const sheets = section(b.wb.xml, prefix, 'sheets');
  const q = reEscape(prefix + 'sheet');
  for (const m of (sheets?.inner ?? '').matchAll(new RegExp(`<${q}(?=[\\s/>])${ATTRS}/?>`, 'g'))) {
    const a = attributes(m[0]);
    if (unescapeXml(a.get('name') ?? '') !== name) continue;
    const rel = b.rels.list.find((r) => r.id === a.get(rAttr));
    if (rel && !rel.external) return b.pkg.zip.find(rel.part)?.name ?? rel.part;
  }
  throw new FileProblem(`工作簿「${b.file}」中找不到工作表「${name}」的数据部件,未写入任何内容。`);
}

/** Appends the rows (and any header cells) of `w` to an existing sheet. */
function appendToSheet(b: Book, w: LedgerWrite): void {
  const part = sheetPart(b, w.sheet);
  let xml = readPart(b, part);
  if (xml === null) throw new FileProblem(`工作簿「${b.file}」中缺少工作表「${w.sheet}」的部件 ${part},未写入任何内容。`);
  const p = prefixOf(xml, 'worksheet');
  const data = section(xml, p, 'sheetData');
  if (!data) throw damagedPart(b.file, part, '没有 sheetData');
  const edits = new Map<number, string[]>(); // sheet row → cell XML to put in
  const add = (row: number, column: number, x: string) => {
    const list = edits.get(row) ?? [];
    list[column] = x;
    edits.set(row, list);
  };
  for (const h of w.headers) add(w.headerRow, h.column, textCell(`${columnLetter(h.column)}${w.headerRow}`, h.text, b.xf[XF.header]));
  for (const r of w.rows) for (const c of r.cells) add(r.row, c.column, cellXml(b, r.row, c));
  const inner = mergeRows(b, w.sheet, data.inner, edits, p);
  xml = writeSection(xml, data, p, 'sheetData', inner);
  xml = growDimension(xml, p, w);
  b.written.set(part, xml);
  growTables(b, part, w);
}

/**
 * The <row> elements with the edits merged in: an existing row of a target row number keeps its
 * attributes and other cells, and takes ours by column; rows that do not exist are inserted in
 * order. Rows without an r attribute are numbered as Excel does (one after the previous).
 */
function mergeRows(b: Book, sheet: string, inner: string, edits: Map<number, string[]>, p: string): string {
  const q = reEscape(p + 'row');
  const re = new RegExp(`<${q}(?=[\\s/>])(${ATTRS})(?:/>|>([\\s\\S]*?)</${q}\\s*>)`, 'g');
  const pending = [...edits.keys()].sort((x, y) => x - y);
  let out = '';
  let last = 0;
  let prevRow = 0;
  let k = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner))) {
    const r = Number(attributes(`<x${m[1]}>`).get('r') ?? prevRow + 1);
    prevRow = r;
    // New rows that come before this one.
    let before = '';
    for (; k < pending.length && pending[k] < r; k++) before += newRow(pending[k], edits.get(pending[k])!, p);
    out += inner.slice(last, m.index) + before;
    if (k < pending.length && pending[k] === r) {
      out += mergeCells(sheet, r, m[1], m[2] ?? '', edits.get(r)!, p);
      k++;
    } else out += m[0];
    last = m.index + m[0].length;
  }
  let after = '';
  for (; k < pending.length; k++) after += newRow(pending[k], edits.get(pending[k])!, p);
  return out + inner.slice(last) + after;
}

function newRow(r: number, cells: string[], p: string): string {
  return withPrefix(`<row r="${r}">${cells.filter(Boolean).join('')}</row>`, p);
}

/** An existing row with our cells put in by column; a target cell with any content stops the write. */
function mergeCells(sheet: string, r: number, attrs: string, body: string, ours: string[], p: string): string {
  const cq = reEscape(p + 'c');
  const cells = body.match(new RegExp(`<${cq}(?=[\\s/>])${ATTRS}(?:/>|>[\\s\\S]*?</${cq}\\s*>)`, 'g')) ?? [];
  const byColumn: { col: number; xml: string }[] = [];
  let prev = 0;
  for (const c of cells) {
    const ref = attributes(/^<[^>]*>/.exec(c)![0]).get('r');
    const col = ref ? columnIndex(ref) : prev + 1;
    prev = col;
    if (ours[col] !== undefined) {
      if (!c.endsWith('/>') && /<(?:\w+:)?(?:v|f|is)[\s>/]/.test(c)) {
        throw new FileProblem(
          `「${sheet}」的 ${columnLetter(col)}${r} 单元格已有内容,导入只在最后一条记录下方追加,不会覆盖任何单元格:未写入任何内容。请检查该表最后几行后再导入。`,
        );
      }
      continue; // an empty, styled cell of the template: ours takes its place
    }
    byColumn.push({ col, xml: c });
  }
  ours.forEach((x, col) => x && byColumn.push({ col, xml: withPrefix(x, p) }));
  byColumn.sort((x, y) => x.col - y.col);
  // spans, when present, would no longer cover the row's cells: Excel treats them as a hint only.
  const open = `<${p}row${attrs.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, '')}>`;
  return `${open}${byColumn.map((c) => c.xml).join('')}</${p}row>`;
}

function cellXml(b: Book, row: number, c: PlannedCell): string {
  const ref = `${columnLetter(c.column)}${row}`;
  const kind = c.kind;
  const s =
    b.xf[
      kind === 'date'
        ? c.mark
          ? XF.dateMark
          : XF.date
        : kind === 'number'
          ? c.mark
            ? XF.numberMark
            : XF.number
          : c.mark
            ? XF.textMark
            : XF.text
    ];
  return valueCell(ref, c.value, s, kind === 'date' && b.date1904 ? 1462 : 0);
}

function valueCell(ref: string, v: CellValue, s: number, shift: number): string {
  if (v === null || v === '') return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v - shift}</v></c>` : `<c r="${ref}" s="${s}"/>`;
  if (typeof v === 'boolean') return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return textCell(ref, v, s);
}

function textCell(ref: string, v: string, s: number): string {
  const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t${space}>${xmlCellText(v)}</t></is></c>`;
}

/** <dimension ref> grown to take the new rows and columns (left as it is when absent). */
function growDimension(xml: string, p: string, w: LedgerWrite): string {
  const q = reEscape(p + 'dimension');
  return xml.replace(new RegExp(`(<${q}\\b[^>]*\\bref\\s*=\\s*")([^"]*)(")`), (all, a: string, ref: string, z: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) return all;
    // Loops, not Math.max(...): spreading a big import's cells would overflow the call stack.
    let maxRow = Math.max(Number(m[4] ?? m[2]), w.headerRow);
    let maxCol = columnIndex(m[3] ?? m[1]);
    for (const h of w.headers) maxCol = Math.max(maxCol, h.column);
    for (const r of w.rows) {
      maxRow = Math.max(maxRow, r.row);
      for (const c of r.cells) maxCol = Math.max(maxCol, c.column);
    }
    return `${a}${m[1]}${m[2]}:${columnLetter(maxCol)}${maxRow}${z}`;
  });
}

/** An Excel Table whose last row is right above the first appended row grows to take the new rows. */
function growTables(b: Book, sheetPartName: string, w: LedgerWrite): void {
  if (w.rows.length === 0) return;
  const relsXml = readPart(b, relsPathOf(sheetPartName));
  if (!relsXml) return;
  const first = w.rows[0].row;
  const last = w.rows[w.rows.length - 1].row;
  for (const rel of parseRels(relsXml, sheetPartName)) {
    if (rel.external || !/\/table$/.test(rel.type)) continue;
    const xml = readPart(b, rel.part);
    if (!xml) continue;
    const m = /(<(?:\w+:)?table\b[^>]*\bref\s*=\s*")([A-Z]+)(\d+):([A-Z]+)(\d+)(")/i.exec(xml);
    if (!m || Number(m[5]) !== first - 1) continue;
    const oldRef = `${m[2]}${m[3]}:${m[4]}${m[5]}`;
    const newRef = `${m[2]}${m[3]}:${m[4]}${last}`;
    b.written.set(rel.part, xml.split(`ref="${oldRef}"`).join(`ref="${newRef}"`));
  }
}

/** A new ledger sheet: the template's header (bold, frozen), our rows, at the end of the tabs. */
function createSheet(b: Book, w: LedgerWrite): void {
  const rows = new Map<number, string[]>();
  const put = (r: number, col: number, x: string) => {
    const l = rows.get(r) ?? [];
    l[col] = x;
    rows.set(r, l);
  };
  for (const h of w.headers) put(w.headerRow, h.column, textCell(`${columnLetter(h.column)}${w.headerRow}`, h.text, b.xf[XF.header]));
  for (const r of w.rows) for (const c of r.cells) put(r.row, c.column, cellXml(b, r.row, c));
  const body = [...rows.keys()]
    .sort((x, y) => x - y)
    .map((r) => `<row r="${r}">${rows.get(r)!.filter(Boolean).join('')}</row>`)
    .join('');
  const width = (t: string) => (t === '事项描述' ? 44 : t === '备注' ? 30 : t === '日期' ? 12 : Math.max(9, t.length * 2 + 3));
  const cols = w.headers.map((h) => `<col min="${h.column}" max="${h.column}" width="${width(h.text)}" customWidth="1"/>`).join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
  let n = 1;
  const base = `${dir(b.wb.part)}worksheets/sheet`;
  while (b.pkg.zip.find(`${base}${n}.xml`) || b.written.has(`${base}${n}.xml`)) n++;
  const part = `${base}${n}.xml`;
  b.written.set(part, xml);
  b.contentTypes = appendOverride(b.contentTypes, part, CONTENT_TYPE.worksheet);
  const rid = addRel(b, REL.worksheet, part);
  const { prefix, rAttr } = b.wb;
  const sheets = section(b.wb.xml, prefix, 'sheets')!;
  const ids = [...sheets.inner.matchAll(/\bsheetId\s*=\s*"(\d+)"/g)].map((x) => Number(x[1]));
  const el = withPrefix(`<sheet name="${escapeXml(w.sheet)}" sheetId="${Math.max(0, ...ids) + 1}" ${rAttr}="${rid}"/>`, prefix);
  b.wb.xml = writeSection(b.wb.xml, sheets, prefix, 'sheets', sheets.inner + el);
}

function addRel(b: Book, type: string, part: string): string {
  const used = new Set(b.rels.list.map((r) => r.id));
  let n = b.rels.list.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rp = prefixOf(b.rels.xml, 'Relationships');
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(b.wb.part, part))}"/>`;
  b.rels.xml = appendToRoot(b.rels.xml, rp, 'Relationships', withPrefix(el, rp));
  b.rels.list.push({ id, type, part, external: false } as Rel);
  return id;
}

function appendOverride(ct: string, part: string, type: string): string {
  const cp = prefixOf(ct, 'Types');
  return appendToRoot(ct, cp, 'Types', withPrefix(`<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`, cp));
}

function zipBook(b: Book, packer: Packer): Uint8Array {
  b.written.set(b.wb.part, b.wb.xml);
  b.written.set(b.rels.part, b.rels.xml);
  const ct = b.pkg.zip.find('[Content_Types].xml')!.name;
  b.written.set(ct, b.contentTypes);
  const zip = new ZipWriter(packer);
  const pending = new Map(b.written);
  for (const e of b.pkg.zip.entries) {
    const text = pending.get(e.name);
    if (text !== undefined) {
      zip.add(e.name, text);
      pending.delete(e.name);
    } else if (!zip.has(e.name)) zip.copy(b.pkg.zip, e, b.file);
  }
  for (const [name, text] of pending) zip.add(name, text);
  return zip.finish();
}

function dir(part: string): string {
  const i = part.lastIndexOf('/');
  return i >= 0 ? part.slice(0, i + 1) : '';
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
