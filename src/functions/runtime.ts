// The one place that touches Excel's `CustomFunctions` global. In the shared runtime office.js
// defines it before our bundle runs (it carries `associate`, which the metadata plugin's loader
// calls at the end of functions.ts); in jest a shim in test/setup provides it.

/** The error codes we return, as Excel spells them (the values of CustomFunctions.ErrorCode). */
export const ErrorCode = {
  /** A value of the wrong kind: text that is not a date, an unknown party or area. */
  invalidValue: '#VALUE!',
  /** A lookup that found nothing: an unknown unit, level or clause. */
  notAvailable: '#N/A',
  /** A number out of range, and a year the working-day calendar does not cover. */
  invalidNumber: '#NUM!',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

type ErrorConstructor = new (code: string, message?: string) => Error;

/** A CustomFunctions.Error (Excel shows `code` in the cell and `message` in its tooltip). */
export function functionError(code: ErrorCode, message: string): Error {
  const runtime = (globalThis as { CustomFunctions?: { Error?: ErrorConstructor } }).CustomFunctions;
  const error = runtime?.Error ? new runtime.Error(code, message) : Object.assign(new Error(message), { code });
  return error;
}

/** True for an error made by functionError (or by Excel's own CustomFunctions.Error). */
export function isFunctionError(e: unknown): e is Error & { code: string } {
  const code = e instanceof Error ? (e as unknown as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('#');
}
