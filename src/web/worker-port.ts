// The xlsx port off the main thread: reading a workbook and merging summaries into it are the
// page's heaviest steps (a 20,000-event book takes seconds), so they run in a Web Worker and the
// page keeps painting its spinner and answering clicks. The page is one classic script opened from
// file://, where a worker cannot be loaded from a file; so the build wraps the whole bundle in one
// function (webpack.web.config.js, SelfWorkerPlugin) and the worker is that same function's text,
// started from a blob: URL (the page's policy allows `worker-src blob:`). Where any of this is
// missing (a test, a browser refusing), the same port runs on the main thread, as before.
import type { SheetPlan } from '../engine';
import { FileProblem } from '../xlsx';
import type { XlsxPort } from './xlsx-port';

type Request =
  | { id: number; op: 'read'; bytes: Uint8Array; fileName: string }
  | { id: number; op: 'merge'; bytes: Uint8Array; plans: SheetPlan[]; fileName: string };
type Failure = { name: string; message: string; sheets?: string[] };
type Ask = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Failure };

/** The global the build's wrapper defines: the whole bundle as one function. */
const BUNDLE = 'qsAssessBundle';

/** A worker running this same bundle, or null where it cannot start. */
export function spawnSelf(): Worker | null {
  const bundle = (globalThis as Record<string, unknown>)[BUNDLE];
  if (typeof bundle !== 'function' || typeof Worker !== 'function' || typeof Blob !== 'function') return null;
  try {
    const url = URL.createObjectURL(new Blob([`(${String(bundle)})()`], { type: 'text/javascript' }));
    return new Worker(url);
  } catch {
    return null;
  }
}

function revive(error: Failure): Error {
  if (error.name === 'FileProblem') return new FileProblem(error.message);
  const e = new Error(error.message) as Error & { sheets?: string[] };
  e.name = error.name;
  if (error.sheets) e.sheets = error.sheets;
  return e;
}

/**
 * `local` run in a worker from `spawn` (started on first use); if the worker cannot start or
 * dies, every call from then on runs `local` on the main thread instead.
 */
export function workerXlsx(local: XlsxPort, spawn: () => Worker | null = spawnSelf): XlsxPort {
  let worker: Worker | null | undefined;
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void; retry(): void }>();

  const give = (): Worker | null => {
    if (worker !== undefined) return worker;
    worker = spawn();
    if (!worker) return null;
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const call = pending.get(e.data.id);
      if (!call) return;
      pending.delete(e.data.id);
      if (e.data.ok) call.resolve(e.data.value);
      else call.reject(revive(e.data.error));
    };
    // A worker that failed to start or crashed: finish its calls here, and use the main thread from now on.
    worker.onerror = (e) => {
      e.preventDefault?.();
      worker?.terminate();
      worker = null;
      const calls = [...pending.values()];
      pending.clear();
      for (const c of calls) c.retry();
    };
    return worker;
  };

  function call<T>(request: Ask, here: () => Promise<T>): Promise<T> {
    const w = give();
    if (!w) return here();
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, retry: () => here().then(resolve, reject) });
      try {
        // Copied, not transferred: the session keeps the bytes it will download or save.
        w.postMessage({ ...request, id });
      } catch {
        // Something that cannot cross to a worker (structured clone): do it here.
        pending.delete(id);
        here().then(resolve, reject);
      }
    });
  }

  return {
    // The rest (a fresh workbook, the import's source and append) stays where it is.
    ...local,
    read: (bytes, fileName) => call({ op: 'read', bytes, fileName }, () => local.read(bytes, fileName)),
    merge: (bytes, plans, fileName) => call({ op: 'merge', bytes, plans, fileName }, () => local.merge(bytes, plans, fileName)),
  };
}

/** The worker's side: answers read and merge requests with `port` (the same bundle, in the worker). */
export function serveXlsx(
  scope: { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: Reply): void },
  port: XlsxPort,
): void {
  scope.onmessage = (e) => {
    const r = e.data;
    const work = r.op === 'read' ? port.read(r.bytes, r.fileName) : port.merge(r.bytes, r.plans, r.fileName);
    work.then(
      (value) => scope.postMessage({ id: r.id, ok: true, value }),
      (err: unknown) => {
        const x = err as { name?: string; message?: string; sheets?: unknown };
        const sheets = Array.isArray(x?.sheets) ? (x.sheets as string[]) : undefined;
        scope.postMessage({ id: r.id, ok: false, error: { name: x?.name ?? 'Error', message: x?.message ?? String(err), sheets } });
      },
    );
  };
}
