// Which Excel API sets the add-in relies on, checked at run time so an older Excel gets a
// message and a reduced feature instead of a crash.
import type { OfficeHost } from './host';

export interface Requirements {
  /** ExcelApi 1.4: named items (our marker on generated sheets) and the basics. Without it nothing is written. */
  core: boolean;
  /** ExcelApi 1.1 tables: the template's event tables. */
  tables: boolean;
  /** ExcelApi 1.6 conditional formats (reserved for highlighting; nothing breaks without it). */
  conditionalFormats: boolean;
  /** ExcelApi 1.8 data validation: the template's drop-down lists. */
  dataValidation: boolean;
  /** ExcelApi 1.9 page layout: A4 landscape, fit to width, title rows, footer, print area. */
  pageLayout: boolean;
  /** ExcelApi 1.7 charts with series set one by one (series.add, setValues, chartType): the summaries' charts. */
  charts: boolean;
}

export const REQUIRED_SETS = {
  core: '1.4',
  tables: '1.1',
  conditionalFormats: '1.6',
  dataValidation: '1.8',
  pageLayout: '1.9',
  charts: '1.7',
} as const;

export function checkRequirements(host: OfficeHost): Requirements {
  const has = (v: string) => {
    try {
      return host.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    core: has(REQUIRED_SETS.core),
    tables: has(REQUIRED_SETS.tables),
    conditionalFormats: has(REQUIRED_SETS.conditionalFormats),
    dataValidation: has(REQUIRED_SETS.dataValidation),
    pageLayout: has(REQUIRED_SETS.pageLayout),
    charts: has(REQUIRED_SETS.charts),
  };
}
