// The one seam between our code and the Office.js globals. Everything in src/office takes an
// OfficeHost, so tests pass the in-memory double and the add-in passes the real globals.

/** The subset of Excel.run the adapter needs; the double implements the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHost {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.platform: 'OfficeOnline' means Excel on the web and its 5 MB request limit. */
  platform: string;
  /** Office.context.document.url: where the workbook is saved (null or empty when it never was). */
  documentUrl: string | null;
}

/** The host Office.js installed in this page. Call after Office.onReady. */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    platform: String(Office.context.platform ?? ''),
    documentUrl: Office.context.document?.url ?? null,
  };
}

export function isWeb(host: OfficeHost): boolean {
  return host.platform === 'OfficeOnline';
}
