// Shared by the custom-function tests: call an entry point and capture its Excel error.

/** The Excel error a call throws: its code (#VALUE!, #N/A, #NUM!) and Chinese message. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    const err = e as Error & { code?: string };
    if (typeof err.code !== 'string') throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
    return { code: err.code, message: err.message };
  }
  throw new Error('expected the call to fail');
}

/** A deep copy, as Excel hands each call its own copy of a range. */
export function fresh<T>(range: T): T {
  return JSON.parse(JSON.stringify(range)) as T;
}
