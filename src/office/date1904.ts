// Workbooks in the 1904 date system (old Mac files) count days from 1904-01-01, so the same date
// is 1462 less than in the 1900 system the engine uses. Office.js has no property that says which
// system a workbook uses, but a worksheet function does: DATE(1904,1,1) is 0 in a 1904 book and
// 1462 in a 1900 one. The probe is queued into the read's first request, so it costs no round trip.
import type { OfficeHost } from './host';

export const DATE_1904_SHIFT = 1462;

/**
 * Queues the probe; the returned function, called after the next sync, says whether the book
 * uses the 1904 system. Without ExcelApi 1.2 (workbook.functions) it answers false: a 1900 book,
 * as every workbook Excel for Windows creates.
 */
export function probeDateSystem(context: Excel.RequestContext, host: OfficeHost): () => boolean {
  let supported = false;
  try {
    supported = host.isSetSupported('ExcelApi', '1.2');
  } catch {
    supported = false;
  }
  if (!supported) return () => false;
  const result = context.workbook.functions.date(1904, 1, 1);
  result.load('value');
  return () => result.value === 0;
}

/**
 * True for a number format that shows a date: it has a year or day token outside quoted text,
 * escapes and [colour]/[condition] sections. ('General', '0.00' and a time-only 'h:mm' are not.)
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare);
}
