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
}

export const REQUIRED_SETS = {
  core: '1.4',
  tables: '1.1',
  conditionalFormats: '1.6',
  dataValidation: '1.8',
  pageLayout: '1.9',
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
  };
}

/** What this Excel lacks to run the add-in at all; empty when it can. */
export interface Compatibility {
  /** The add-in runs in Internet Explorer 11's engine (Excel 2016/2019 volume editions on Windows). */
  ie: boolean;
  /** Requirement sets missing, as 'SharedRuntime 1.1', 'ExcelApi 1.4'. */
  missing: string[];
}

/**
 * The sets without which nothing works: the shared runtime the manifest declares (Microsoft 365
 * 2002+, Excel 2021 2108+, Mac 16.35, the web) and the named items every write relies on.
 */
export const MINIMUM_SETS: [name: string, version: string][] = [
  ['SharedRuntime', '1.1'],
  ['ExcelApi', REQUIRED_SETS.core],
];

export function checkCompatibility(isSetSupported: (name: string, version: string) => boolean, userAgent: string): Compatibility {
  const has = (name: string, version: string) => {
    try {
      return isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    ie: /Trident\/|MSIE /.test(userAgent),
    missing: MINIMUM_SETS.filter(([n, v]) => !has(n, v)).map(([n, v]) => `${n} ${v}`),
  };
}
