// TemplateSheets (src/engine/template) → a whole new .xlsx workbook: the template and the sample
// that `qs-assess init` and the page's 新建模板 / 示例 write. Content is decided by the engine; this
// only draws it, in our own SpreadsheetML (no ExcelJS: the page carried it for these two buttons
// alone, half of its script). Browser-safe.
//
// Per sheet: the header row (bold, filled, a rule under it) frozen at the top; column widths; each
// column's number format and font as the column's style, so that what a user types under the
// header later (a date in 日期) takes the format too; the rows under the header; the drop-downs and
// input hints as data validations over the input rows. The sheets are the user's from the start:
// no marker, no print setup, no defined names.
import { columnLetter, listFormula, type CellValue, type TemplateColumn, type TemplateSheet } from '../../engine';
import { CONTENT_TYPE, NS_RELATIONSHIPS, REL, relsXml } from '../package/opc';
import { escapeText, escapeXml } from '../package/xml';
import { ZipWriter, type Packer } from '../package/zip-write';
import { cellText, edgeSpace } from './sheet';
import { fontXml, NumberFormats } from './styles';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CORE_PROPERTIES = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';

const HEADER_FILL = 'FFDDEBF7';
const HEADER_HEIGHT = 20;
/** cellXfs: 0 the default (the sheet font), 1 the header, then one per number format in use. */
const HEADER_XF = 1;

/** What a data validation says when a value is not in its list: a warning, since codes (L2, S03) and clause spellings (第8.4条) are valid too. */
const NOT_IN_LIST = { title: '不在列表中', message: '该值不在下拉列表中。若确认无误(如填写代码),请点“是”继续。' };

/** A workbook of `sheets`, as the bytes of an .xlsx file. */
export function writeTemplateWorkbook(sheets: TemplateSheet[], packer: Packer = {}): Uint8Array {
  const styles = new TemplateStyles(sheets);
  const zip = new ZipWriter(packer);
  zip.add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT_TYPE.worksheet}"/>`).join('') +
      `<Override PartName="/docProps/core.xml" ContentType="${CORE_TYPE}"/></Types>`,
  );
  zip.add(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
      { id: 'rId2', type: CORE_PROPERTIES, target: 'docProps/core.xml' },
    ]),
  );
  zip.add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>QS Assess</dc:creator></cp:coreProperties>',
  );
  zip.add(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets><calcPr calcId="171027"/></workbook>',
  );
  zip.add(
    'xl/_rels/workbook.xml.rels',
    relsXml([
      ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
      { id: `rId${sheets.length + 1}`, type: REL.styles, target: 'styles.xml' },
    ]),
  );
  zip.add('xl/styles.xml', styles.xml());
  sheets.forEach((s, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, templateSheetXml(s, styles)));
  return zip.finish();
}

/**
 * The styles part: the sheet font for every cell, the header's look, and one cell format per
 * number format the columns use (built-in ones by their id, the others as custom formats).
 */
class TemplateStyles {
  /** The number formats the columns use, in order of first use. */
  private readonly formats: string[] = [];
  private readonly ids = new NumberFormats();

  constructor(sheets: TemplateSheet[]) {
    for (const s of sheets)
      for (const c of s.columns) if (c.numberFormat && !this.formats.includes(c.numberFormat)) this.formats.push(c.numberFormat);
    for (const f of this.formats) this.ids.id(f);
  }

  /** The cellXfs index of a column's cells. */
  columnXf(c: TemplateColumn): number {
    return c.numberFormat ? HEADER_XF + 1 + this.formats.indexOf(c.numberFormat) : 0;
  }

  xml(): string {
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      this.ids.xml() +
      `<fonts count="2">${fontXml({})}${fontXml({ bold: true })}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${HEADER_XF + 1 + this.formats.length}">` +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">' +
      '<alignment horizontal="center" vertical="middle"/></xf>' +
      this.formats
        .map((f) => `<xf numFmtId="${this.ids.id(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
        .join('') +
      '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function templateSheetXml(t: TemplateSheet, styles: TemplateStyles): string {
  const xfs = t.columns.map((c) => styles.columnXf(c));
  const cols = t.columns.length
    ? `<cols>${t.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${xfs[i]}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows: string[] = [
    `<row r="1" ht="${HEADER_HEIGHT}" customHeight="1">${t.columns.map((c, i) => cellXml(`${columnLetter(i + 1)}1`, HEADER_XF, c.header)).join('')}</row>`,
  ];
  t.rows.forEach((values, r) => {
    const cells = values.map((v, c) => (v === null ? '' : cellXml(`${columnLetter(c + 1)}${r + 2}`, xfs[c] ?? 0, v))).join('');
    if (cells) rows.push(`<row r="${r + 2}">${cells}</row>`);
  });
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    validationsXml(t) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** One cell: a number, a boolean, or inline text (never a formula, whatever the text says). */
function cellXml(ref: string, xf: number, v: Exclude<CellValue, null>): string {
  const s = xf ? ` s="${xf}"` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v === '') return `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${edgeSpace(v) ? ' xml:space="preserve"' : ''}>${cellText(v)}</t></is></c>`;
}

/** The drop-downs (a list, warning when left) and the hints (an input prompt) over rows 2 … inputRows + 1. */
function validationsXml(t: TemplateSheet): string {
  const last = t.inputRows + 1;
  const items: string[] = [];
  t.columns.forEach((c, i) => {
    if (!c.dropDown && !c.hint) return;
    const letter = columnLetter(i + 1);
    const prompt = c.hint ? ` showInputMessage="1" prompt="${escapeXml(c.hint)}"` : '';
    const where = ` sqref="${letter}2:${letter}${last}"`;
    items.push(
      c.dropDown
        ? `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(NOT_IN_LIST.title)}" ` +
            `error="${escapeXml(NOT_IN_LIST.message)}"${prompt}${where}><formula1>${escapeText(listFormula(c.dropDown))}</formula1></dataValidation>`
        : `<dataValidation allowBlank="1"${prompt}${where}/>`,
    );
  });
  return items.length ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}
