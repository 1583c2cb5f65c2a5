// NoticePlan → .docx bytes with the `docx` package, laid out as a Chinese official document
// (GB/T 9704-2012, as company notices copy it): A4 portrait, type area 156 × 225 mm (top margin
// 37 mm, left 28 mm), a red 版头 over a red rule with the 文号 between, a 2号 小标宋 title, 3号
// 仿宋 body with 28 pt lines (22 lines a page), 黑体 and 楷体 headings, tables in 小四 仿宋,
// the issuer and date at the bottom right, page numbers “— 1 —” in 4号, odd pages right and
// even pages left.
//
// Browser-safe: no Node APIs; Packer returns a Uint8Array, which the command writes to a file and
// the browser page offers as a download. The writer decides nothing about content: every word and
// number comes from the plan.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { XML_FORBIDDEN, type CellValue, type NoticeBlock, type NoticePlan } from '../engine';

/**
 * The typefaces of each role. The defaults are the names GB/T 9704 documents use (a Chinese
 * Windows office has them); a host that knows its machine lacks them (e.g. LibreOffice on Linux
 * printing the PDF) passes installed ones instead — see src/cli/notice-fonts.ts.
 */
export interface NoticeFonts {
  /** 版头 and title: 方正小标宋简体. */
  title: string;
  /** First-level headings 一、: 黑体. */
  heading: string;
  /** Second-level headings (一): 楷体_GB2312. */
  kai: string;
  /** Body, tables, 落款: 仿宋_GB2312. */
  body: string;
  /** Page numbers: 宋体. */
  song: string;
}

export const GBT_FONTS: NoticeFonts = { title: '方正小标宋简体', heading: '黑体', kai: '楷体_GB2312', body: '仿宋_GB2312', song: '宋体' };

const MM = 1440 / 25.4; // twips per millimetre
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = { top: Math.round(37 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), bottom: Math.round(35 * MM) };
const TYPE_WIDTH = A4.width - MARGIN.left - MARGIN.right; // 156 mm
const RED = 'E60012';
/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, page: 28, table: 24, banner: 60 };
/** 28 pt lines: 22 lines on the 225 mm type area. */
const LINE = 560;
const INDENT_2_CHARS = 2 * 16 * 20; // two 3号 characters, in twips

export async function noticeDocx(plan: NoticePlan, fonts: NoticeFonts = GBT_FONTS): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'QS Assess',
    title: xmlSafe(plan.title),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(fonts.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN, header: Math.round(15 * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT, fonts), even: pageNumber(AlignmentType.LEFT, fonts) },
        children: [...head(plan, fonts), ...plan.blocks.flatMap((b) => block(b, fonts)), ...ending(plan, fonts)],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** 版头, 文号 over the red rule, title, 主送. */
function head(plan: NoticePlan, f: NoticeFonts): (Paragraph | Table)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [run(plan.issuer, f.title, SIZE.banner, { color: RED, characterSpacing: 20 })],
    }),
    // The 文号 sits on the red rule (the rule is this paragraph's bottom border).
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
      children: [run(plan.number, f.body, SIZE.body)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: LINE, line: 700, lineRule: LineRuleType.EXACT },
      children: plan.titleLines.map((line, i) => run(line, f.title, SIZE.title, i > 0 ? { break: 1 } : {})),
    }),
    bodyParagraph(plan.recipients, f, false),
  ];
}

function block(b: NoticeBlock, f: NoticeFonts): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: INDENT_2_CHARS },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          keepNext: true,
          children: [run(b.text, b.level === 1 ? f.heading : f.kai, SIZE.body)],
        }),
      ];
    case 'paragraph':
      return [bodyParagraph(b.text, f, true)];
    case 'table':
      return [table(b, f), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

/** 落款 (issuer and date, right, four characters in) and rule 11's footnote. */
function ending(plan: NoticePlan, f: NoticeFonts): Paragraph[] {
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 2 * INDENT_2_CHARS },
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      children: [run(text, f.body, SIZE.body)],
    });
  const out = [
    new Paragraph({ spacing: { line: LINE * 2, lineRule: LineRuleType.EXACT }, children: [] }),
    right(plan.signature.issuer),
    right(plan.signature.date),
  ];
  if (plan.footnote) {
    out.push(
      new Paragraph({
        spacing: { before: LINE },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
        children: [run(`注:${plan.footnote}。`, f.body, SIZE.table, { color: 'C00000', bold: true })],
      }),
    );
  }
  return out;
}

function bodyParagraph(text: string, f: NoticeFonts, indent: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: INDENT_2_CHARS } : undefined,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, f.body, SIZE.body)],
  });
}

function table(b: Extract<NoticeBlock, { kind: 'table' }>, f: NoticeFonts): Table {
  const total = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / total) * TYPE_WIDTH));
  const cell = (text: string, col: number, header: boolean, numeric: boolean) =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : alignment(b.align?.[col] ?? (numeric ? 'right' : 'center')),
          children: [run(text, header ? f.heading : f.body, SIZE.table)],
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: b.header.map((h, c) => cell(h, c, true, false)) }),
    ...b.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: b.header.map((_, c) => cell(formatCell(r[c] ?? null, b.formats?.[c] ?? null), c, false, typeof r[c] === 'number')),
        }),
    ),
  ];
  return new Table({
    rows,
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}

/** The few formats the plan uses: '0.00', '#,##0', '0', '+0;-0;0'; anything else prints as is. */
export function formatCell(v: CellValue, format: string | null): string {
  if (v === null) return '';
  if (typeof v !== 'number') return String(v);
  switch (format) {
    case '0.00':
      return v.toFixed(2);
    case '#,##0':
      return group(Math.round(v));
    case '0':
      return String(Math.round(v));
    case '+0;-0;0':
      return v > 0 ? `+${Math.round(v)}` : String(Math.round(v));
    default:
      return String(v);
  }
}

function group(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

function pageNumber(align: (typeof AlignmentType)[keyof typeof AlignmentType], f: NoticeFonts): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(f.song), size: SIZE.page })],
      }),
    ],
  });
}

function alignment(a: 'left' | 'center' | 'right') {
  return a === 'left' ? AlignmentType.LEFT : a === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
}

/** The same face for Latin and Chinese text, as official documents set digits in the body font. */
function font(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' as const };
}

/**
 * Every run of text goes through here: characters XML cannot hold (a pasted vertical tab, U+FFFE)
 * are dropped, since the docx package writes them raw and Word then refuses the whole document.
 */
function run(text: string, face: string, size: number, more: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), font: font(face), size, ...more });
}

function xmlSafe(s: string): string {
  return s.replace(XML_FORBIDDEN, '');
}
