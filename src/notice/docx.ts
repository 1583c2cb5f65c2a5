// NoticePlan → .docx bytes with the `docx` package, laid out to GB/T 9704-2012 (党政机关公文格式):
// A4 portrait, 版心 156 × 225 mm (margins top 37, bottom 35, left 28, right 26 mm); the red
// 发文机关标志 with its top 35 mm below the 版心's top, the 发文字号 two lines under it (a grey
// placeholder when 通报文号 is empty), the red rule 4 mm under that, the 2号 小标宋 title two
// lines under the rule, 主送 one line under the title; 3号 仿宋 body on 28 pt lines with 黑体 and
// 楷体 headings kept with what follows; the 署名 centred over the 成文日期 (four characters in);
// the 附注 in brackets under it; the 版记 framed at the last page's foot; page numbers 「— 1 —」 in
// 4号 宋体 7 mm under the 版心, odd pages right and even pages left. docs/notice.md holds the
// checklist and the test behind each point.
//
// Browser-safe: no Node APIs; Packer returns a Uint8Array, which the command writes to a file and
// the page and the Excel pane offer as a download. The writer decides nothing about content: every
// word and number comes from the plan.
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
  FrameAnchorType,
  TabStopType,
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
/** One 3号 character (16 pt), in twips. */
const CHAR = 16 * 20;
const INDENT_2_CHARS = 2 * CHAR;
/** 发文机关标志: 30 pt type on a 36 pt line; its glyphs' top sits ISSUER_GLYPH_TOP below the line's top. */
const ISSUER_LINE = 720;
const ISSUER_GLYPH_TOP = 0;
/** Space above the 发文机关标志, so its top is 35 mm below the 版心's top (GB/T 9704 7.2.3). */
const ISSUER_BEFORE = Math.round(35 * MM) - ISSUER_GLYPH_TOP;
/** The red rule: 1.5 pt, 4 mm (11 pt) under the 发文字号 (GB/T 9704 7.2.5). */
const RULE_EIGHTHS = 12;
const RULE_GAP_PT = 11;
/** The title's lines: 2号 type on 35 pt lines. */
const TITLE_LINE = 700;
/** The placeholder 〔    〕号 when 通报文号 is empty: grey, to be filled in by hand. */
const PLACEHOLDER_GREY = '999999';
/** 版记: 4号 type, one 4号 character in from each side. */
const RECORD_CHAR = 14 * 20;
/** 版记 rows: 7 mm each. */
const RECORD_ROW = Math.round(7 * MM);
/** Footer distance from the page's foot: the page number's foot 7 mm under the 版心 (GB/T 9704 7.5). */
const FOOTER_DISTANCE = Math.round(28 * MM);

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
            margin: { ...MARGIN, header: Math.round(15 * MM), footer: FOOTER_DISTANCE },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT, fonts), even: pageNumber(AlignmentType.LEFT, fonts) },
        children: [...head(plan, fonts), ...body(plan.blocks, fonts), ...ending(plan, fonts)],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/**
 * 版头 (GB/T 9704 7.2): the 发文机关标志 with its top 35 mm below the 版心's top, the 发文字号 two
 * lines under it, the red rule 4 mm under the 发文字号, the title two lines under the rule and
 * the 主送机关 one line under the title.
 */
function head(plan: NoticePlan, f: NoticeFonts): (Paragraph | Table)[] {
  const number = plan.numberLine;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: ISSUER_BEFORE, after: 0, line: ISSUER_LINE, lineRule: LineRuleType.EXACT },
      children: [run(plan.issuer, f.title, SIZE.banner, { color: RED, characterSpacing: 20 })],
    }),
    // The rule is this paragraph's bottom border, 4 mm under its text; the title keeps two lines clear of it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 2 * LINE, after: 0, line: LINE, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: RULE_EIGHTHS, color: RED, space: RULE_GAP_PT } },
      children: [run(number.text, f.body, SIZE.body, number.placeholder ? { color: PLACEHOLDER_GREY } : {})],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 2 * LINE, after: LINE, line: TITLE_LINE, lineRule: LineRuleType.EXACT },
      children: plan.titleLines.map((line, i) => run(line, f.title, SIZE.title, i > 0 ? { break: 1 } : {})),
    }),
    bodyParagraph(plan.recipients, f, false),
  ];
}

/**
 * The body; its last paragraph keeps with the 落款, so the 署名 and 成文日期 never stand alone on
 * a last page (GB/T 9704 7.3.5.4 asks the body to be adjusted rather than leave them by themselves).
 */
function body(blocks: readonly NoticeBlock[], f: NoticeFonts): (Paragraph | Table)[] {
  return blocks.flatMap((b, i) => block(i === blocks.length - 1 && b.kind === 'paragraph' ? { ...b, keepWithNext: true } : b, f));
}

function block(b: NoticeBlock, f: NoticeFonts): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: INDENT_2_CHARS },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          keepNext: true,
          keepLines: true,
          children: [run(b.text, b.level === 1 ? f.heading : f.kai, SIZE.body)],
        }),
      ];
    case 'paragraph':
      return [bodyParagraph(b.text, f, true, b.keepWithNext === true)];
    case 'table':
      return [table(b, f), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

/**
 * 落款 (GB/T 9704 7.3.5): the 成文日期 four characters in from the right, the 署名 centred over
 * it; the 附注 in brackets on the next line, two characters in, black (7.3.6); then the 版记.
 */
function ending(plan: NoticePlan, f: NoticeFonts): (Paragraph | Table)[] {
  const dateRight = 4 * CHAR;
  // Centre the 署名 over the date: both are right-aligned, so shift by half the difference of widths.
  const issuerRight = Math.max(0, Math.round(dateRight + ((textWidth(plan.signature.date) - textWidth(plan.signature.issuer)) / 2) * CHAR));
  const right = (text: string, indent: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: indent },
      keepNext,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      children: [run(text, f.body, SIZE.body)],
    });
  const out: (Paragraph | Table)[] = [
    new Paragraph({ keepNext: true, spacing: { line: LINE * 2, lineRule: LineRuleType.EXACT }, children: [] }),
    right(plan.signature.issuer, issuerRight, true),
    right(plan.signature.date, dateRight, plan.footnote !== null),
  ];
  if (plan.footnote) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: INDENT_2_CHARS },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
        children: [run(`（${plan.footnote}）`, f.body, SIZE.body)],
      }),
    );
  }
  out.push(...record(plan, f));
  return out;
}

/**
 * 版记 (GB/T 9704 7.4): 抄送 and 印发机关 / 印发日期 in 4号 仿宋 between rules the width of the
 * 版心 (the first and last 0.35 mm, those between 0.25 mm), one character in from each side, its
 * last line on the 版心's last line. Each line is a frame placed on the page (Word and LibreOffice
 * both honour a paragraph frame's position; LibreOffice ignores a floating table's), anchored to
 * the last paragraph, so it lands on the last page.
 */
function record(plan: NoticePlan, f: NoticeFonts): Paragraph[] {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 }; // eighths of a point: 1 pt ≈ 0.35 mm
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 }; // 0.75 pt ≈ 0.26 mm
  const lines: { children: TextRun[]; tab: boolean }[] = [];
  if (plan.record.copyTo) lines.push({ children: [run(`抄送：${plan.record.copyTo}`, f.body, SIZE.page)], tab: false });
  lines.push({
    children: [
      run(plan.record.printer, f.body, SIZE.page),
      new TextRun({ text: '\t' }),
      run(`${plan.record.printDate}印发`, f.body, SIZE.page),
    ],
    tab: true,
  });
  const top = A4.height - MARGIN.bottom - lines.length * RECORD_ROW;
  return lines.map(
    (l, i) =>
      new Paragraph({
        frame: {
          type: 'absolute',
          position: { x: 0, y: top + i * RECORD_ROW },
          width: TYPE_WIDTH,
          height: RECORD_ROW,
          anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
        },
        indent: { left: RECORD_CHAR, right: RECORD_CHAR },
        tabStops: l.tab ? [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - RECORD_CHAR }] : [],
        spacing: { line: RECORD_ROW - 40, lineRule: LineRuleType.EXACT },
        border: { ...(i === 0 ? { top: thick } : {}), bottom: i === lines.length - 1 ? thick : thin },
        children: l.children,
      }),
  );
}

/**
 * Width in characters of 3号 text: CJK and full-width forms are one, digits and Latin half, and
 * each change between the two adds the quarter character Word and LibreOffice put between Asian
 * and Latin text.
 */
export function textWidth(text: string): number {
  let w = 0;
  let last: boolean | null = null;
  for (const ch of text) {
    const wide = ch.charCodeAt(0) >= 0x2e80;
    w += wide ? 1 : 0.5;
    if (last !== null && last !== wide) w += 0.25;
    last = wide;
  }
  return w;
}

function bodyParagraph(text: string, f: NoticeFonts, indent: boolean, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
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
        spacing: { line: 280, lineRule: LineRuleType.EXACT },
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
