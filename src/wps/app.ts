// Finding WPS's Application object, and the few helpers every WPS module needs to touch it
// defensively: WPS builds differ (WPS.md §3, "Not confirmed"), so a member that may be missing is
// probed, never assumed.
import { columnLetter, type CellRange } from '../engine';
import type { EtApplication, EtWorkbook } from './et';
import { WorkbookError } from './errors';

/** Current templates inject `window.Application`; older builds expose `wps.EtApplication()`. */
export function findApplication(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): EtApplication | null {
  if (scope.Application && typeof scope.Application === 'object') return scope.Application as EtApplication;
  const wps = scope.wps as { EtApplication?: () => EtApplication } | undefined;
  if (wps && typeof wps.EtApplication === 'function') return wps.EtApplication();
  return null;
}

/** A member's value, or undefined when this build does not have it (reading it throws). */
export function probe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Runs one step that some builds may not support; returns false (and nothing else) when it throws. */
export function attempt(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = probe(() => app.ActiveWorkbook);
  if (!wb) throw new WorkbookError('refused', 'WPS 中没有打开的工作簿:请先打开或新建一个表格文件,再使用考核窗格。');
  return wb;
}

/** '#RRGGBB' → the BGR integer ET's Color properties take (R + G·256 + B·65536). */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`颜色 ${hex} 不是 #RRGGBB 格式`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** A plan's 0-based range as an A1 address: 'B2:Q70' (one cell: 'B2'). */
export function a1(r: CellRange): string {
  const first = `${columnLetter(r.col + 1)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
}

/** The same, absolute: '$B$2:$Q$70' (PrintArea, defined names). */
export function absoluteA1(r: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetter(col + 1)}$${row + 1}`;
  const first = cell(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export { quoteSheet } from '../engine';

/** Gives the pane a chance to paint between synchronous ET batches. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
