// The xlsx port through a worker: answers come back by request, the .xlsx layer's refusals keep
// their kind (a FileProblem stays one, a sheet clash keeps its sheets), and when no worker can start,
// or the worker dies, the same port runs on the main thread. The worker here is an in-process
// stand-in wired to the real serving side (a browser's Worker cannot run in Node; the built page
// is exercised in Chromium by web.e2e.test.ts and large.e2e.test.ts).
import { FileProblem } from '../../src/xlsx';
import { serveXlsx, workerXlsx } from '../../src/web/worker-port';
import type { XlsxPort } from '../../src/web/xlsx-port';

function fakePort(log: string[], where: string): XlsxPort {
  return {
    readSource: async () => {
      throw new Error('not in these tests');
    },
    append: async () => {
      throw new Error('not in these tests');
    },
    async read(bytes, fileName) {
      log.push(`${where} read ${fileName}`);
      if (fileName === 'bad.xlsx') throw new FileProblem('文件「bad.xlsx」不是有效的 .xlsx 工作簿');
      return { sheets: [{ name: 'S', values: [[bytes.length]] }] };
    },
    async merge(bytes, plans, fileName) {
      log.push(`${where} merge ${fileName}`);
      if (plans.length > 1) throw Object.assign(new Error('同名工作表'), { name: 'SheetNameClashError', sheets: ['汇总'] });
      return new Uint8Array([...bytes, 9]);
    },
    async newWorkbook() {
      log.push(`${where} new`);
      return new Uint8Array([1]);
    },
  };
}

/** A Worker stand-in: messages cross through structuredClone, as they would between threads. */
function fakeWorker(served: XlsxPort) {
  const inside = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    postMessage: (m: unknown) => setTimeout(() => outside.onmessage?.({ data: structuredClone(m) } as MessageEvent)),
  };
  const outside = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: { preventDefault?(): void }) => void) | null,
    postMessage: (m: unknown) => setTimeout(() => inside.onmessage?.({ data: structuredClone(m) } as MessageEvent)),
    terminate: () => {},
  };
  serveXlsx(inside as never, served);
  return outside;
}

describe('the xlsx port in a worker', () => {
  it('reads and merges in the worker, the answers matched to their requests', async () => {
    const log: string[] = [];
    const port = workerXlsx(fakePort(log, 'main'), () => fakeWorker(fakePort(log, 'worker')) as unknown as Worker);
    const [a, b] = await Promise.all([port.read(new Uint8Array(3), 'a.xlsx'), port.read(new Uint8Array(5), 'b.xlsx')]);
    expect([a.sheets[0].values, b.sheets[0].values]).toEqual([[[3]], [[5]]]);
    expect(await port.merge(new Uint8Array([1, 2]), [], 'a.xlsx')).toEqual(new Uint8Array([1, 2, 9]));
    expect(log).toEqual(['worker read a.xlsx', 'worker read b.xlsx', 'worker merge a.xlsx']);
  });

  it('keeps a refusal’s kind across the thread: FileProblem, and a clash with its sheets', async () => {
    const port = workerXlsx(fakePort([], 'main'), () => fakeWorker(fakePort([], 'worker')) as unknown as Worker);
    const problem = await port.read(new Uint8Array(1), 'bad.xlsx').catch((e) => e);
    expect(problem).toBeInstanceOf(FileProblem);
    expect(problem.message).toContain('不是有效的 .xlsx 工作簿');
    const clash = await port.merge(new Uint8Array(1), [{}, {}] as never, 'a.xlsx').catch((e) => e);
    expect(clash).toMatchObject({ name: 'SheetNameClashError', sheets: ['汇总'] });
  });

  it('runs on the main thread where no worker starts, and after the worker dies', async () => {
    const log: string[] = [];
    const none = workerXlsx(fakePort(log, 'main'), () => null);
    await none.read(new Uint8Array(1), 'a.xlsx');
    const dying = fakeWorker(fakePort(log, 'worker'));
    dying.postMessage = () => setTimeout(() => dying.onerror?.({}));
    const port = workerXlsx(fakePort(log, 'main'), () => dying as unknown as Worker);
    expect((await port.read(new Uint8Array(2), 'b.xlsx')).sheets[0].values).toEqual([[2]]);
    await port.read(new Uint8Array(2), 'c.xlsx');
    expect(log).toEqual(['main read a.xlsx', 'main read b.xlsx', 'main read c.xlsx']);
  });
});
