// WPS failures as the UI's WorkbookError (src/ui/host.ts), the contract every host keeps: our own
// refusals carry their kind at the throw; anything ET throws (a COM error, a member this build
// lacks) becomes 'unknown' with ET's message as the detail line, never a bare Error.
import { WorkbookError } from '../ui/host';

export { WorkbookError };

export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new WorkbookError('unknown', message);
}

/** Runs one host call and rejects only with a WorkbookError. */
export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toWorkbookError(e);
  }
}
