// The QS custom functions in WPS 表格: the very functions of src/functions/functions.ts (same ids,
// same numbers), registered under the namespace QS with wps.AddCustomFunction, the call the wpsjs
// tool's functionsScanner generates. WPS calls them synchronously, which they already are.
//
// Two things differ from Excel and are settled here:
// - An omitted optional argument arrives as undefined; the functions expect Excel's null.
// - WPS documents no error type for custom functions (WPS.md §5). A failure is thrown as an Error
//   whose message starts with the Excel error code ("#VALUE! 等级为空"), so the cell shows an error
//   value where WPS honours throws, and the reason is in the message either way (docs/wps.md).
import * as QS from '../functions/functions';

export const NAMESPACE = 'QS';

/** The public ids, in the order of src/functions/functions.ts. Never renamed: they live in users' cells. */
export const FUNCTION_IDS = ['QUARTER', 'WORKDAYS', 'ADDWORKDAYS', 'CHECK', 'POINTS', 'FINE', 'SCORE', 'GRADE', 'RANK'] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

type Fn = (...args: unknown[]) => unknown;

export function wpsError(e: unknown): Error {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  const prefix = typeof code === 'string' && code.startsWith('#') ? code : '#VALUE!';
  return Object.assign(new Error(`${prefix} ${message}`), { code: prefix });
}

/** One function as WPS calls it: undefined → null, errors → wpsError. */
export function wpsFunction(id: FunctionId): Fn {
  const fn = (QS as unknown as Record<FunctionId, Fn>)[id];
  return (...args: unknown[]) => {
    try {
      return fn(...args.map((a) => (a === undefined ? null : a)));
    } catch (e) {
      throw wpsError(e);
    }
  };
}

export interface WpsGlobal {
  AddCustomFunction?: (namespace: string, name: string, fn: Fn) => void;
}

/** Registers every QS function; returns the ids registered (none on a WPS without custom functions). */
export function registerFunctions(wps: WpsGlobal | undefined): FunctionId[] {
  if (!wps || typeof wps.AddCustomFunction !== 'function') return [];
  for (const id of FUNCTION_IDS) wps.AddCustomFunction(NAMESPACE, id, wpsFunction(id));
  return [...FUNCTION_IDS];
}
