// An OfficeHost backed by the Excel double, for adapter and pane tests.
import type { ExcelRun, OfficeHost } from '../../src/office/host';
import { ExcelDouble, type DoubleOptions } from './excel-double';

export function doubleHost(excel: ExcelDouble): OfficeHost {
  return {
    run: ((batch: (c: unknown) => Promise<unknown>) => excel.run(batch as never)) as unknown as ExcelRun,
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
    platform: excel.options.platform,
    get documentUrl() {
      return excel.documentUrl;
    },
  };
}

export function newDouble(options: DoubleOptions = {}): { excel: ExcelDouble; host: OfficeHost } {
  const excel = new ExcelDouble(options);
  return { excel, host: doubleHost(excel) };
}
