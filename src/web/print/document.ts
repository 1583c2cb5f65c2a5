// The print view's document: the chosen plans one after another, each starting on a new page,
// under one @page rule (A4 landscape, the plans' margins and footer).
import type { SheetPlan } from '../../engine';
import { planHtml, printPageCss, PRINT_SHEET_CSS } from './plan-html';

export interface PrintDocument {
  css: string;
  html: string;
}

export function printDocument(plans: SheetPlan[]): PrintDocument {
  if (plans.length === 0) return { css: '', html: '' };
  return {
    css: `${printPageCss(plans[0])}\n${PRINT_SHEET_CSS}`,
    html: plans.map((p, i) => planHtml(p, `qs${i}`)).join(''),
  };
}
