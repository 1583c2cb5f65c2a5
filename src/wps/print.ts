// The print setup of a generated sheet through ET's PageSetup: A4 landscape, one page wide,
// title rows repeated, the footer 第 &P 页 共 &N 页, the print area, margins. Each property is set
// on its own: a build that refuses one (PrintArea and the &P/&N codes are unconfirmed on WPS,
// WPS.md "Not confirmed") still gets the others, and the user is told which to set by hand.
import type { SheetPlan } from '../engine';
import { absoluteA1, attempt } from './app';
import { XL, type EtPageSetup, type EtWorksheet } from './et';

const POINTS_PER_INCH = 72;
const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;

/** What each property means to a user who has to set it by hand (页面设置 dialog). */
const LABELS: Record<keyof EtPageSetup, string> = {
  Orientation: '横向',
  PaperSize: 'A4 纸',
  Zoom: '调整为一页宽',
  FitToPagesWide: '调整为一页宽',
  FitToPagesTall: '调整为一页宽',
  PrintTitleRows: '打印标题行',
  PrintArea: '打印区域',
  CenterFooter: '页脚页码',
  LeftMargin: '页边距',
  RightMargin: '页边距',
  TopMargin: '页边距',
  BottomMargin: '页边距',
  HeaderMargin: '页边距',
  FooterMargin: '页边距',
  CenterHorizontally: '水平居中',
};

/** The PageSetup values a plan asks for, in the order they are set (orientation and paper first). */
export function pageSetupFor(plan: SheetPlan): Partial<EtPageSetup> {
  const p = plan.print;
  return {
    Orientation: XL.landscape,
    PaperSize: XL.paperA4,
    // Fit to one page wide, any number tall: Zoom off, FitToPagesTall false (VBA's "automatic").
    Zoom: false,
    FitToPagesWide: p.fitToWidth,
    FitToPagesTall: false,
    PrintTitleRows: `$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`,
    PrintArea: absoluteA1(p.area),
    CenterFooter: p.footer,
    LeftMargin: points(p.margins.left),
    RightMargin: points(p.margins.right),
    TopMargin: points(p.margins.top),
    BottomMargin: points(p.margins.bottom),
    HeaderMargin: points(p.margins.header),
    FooterMargin: points(p.margins.footer),
    CenterHorizontally: p.centerHorizontally,
  };
}

/** Applies the print setup; returns a Chinese note naming what could not be set, or null. */
export function applyPrintSetup(ws: EtWorksheet, plan: SheetPlan): string | null {
  const failed = new Set<string>();
  let setup: EtPageSetup | null = null;
  if (!attempt(() => (setup = ws.PageSetup))) failed.add('页面设置');
  else {
    for (const [key, value] of Object.entries(pageSetupFor(plan)) as [keyof EtPageSetup, never][]) {
      if (!attempt(() => ((setup as EtPageSetup)[key] = value))) failed.add(LABELS[key]);
    }
  }
  // The chart's own page (SPEC §3): a break above its first row.
  for (const row of plan.print.rowBreaks ?? []) {
    if (!attempt(() => ws.HPageBreaks.Add(ws.Range(`A${row + 1}`)))) failed.add('分页符');
  }
  if (failed.size === 0) return null;
  return `工作表「${plan.name}」的打印设置未能全部完成(${[...failed].join('、')}):打印前请在「页面设置」中手动设置为 A4 横向、一页宽、打印标题行和页脚「${plan.print.footer}」。`;
}
