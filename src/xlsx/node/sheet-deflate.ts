// The command's deflate of our large sheets while they are drawn (src/xlsx/packing.ts): a worker
// thread with a zlib deflateRaw stream, fed each block as the sheet writer finishes it.
//
// Why a worker and not a zlib stream on this thread: drawing a sheet is one synchronous run, and a
// zlib stream takes its next write only when this thread's event loop turns, so it would get the
// first block and then wait for the whole drawing. The worker's loop is free, so zlib packs block n
// while block n + 1 is drawn, on the other core. The blocks live in shared memory (allocate), so
// handing one over copies nothing; they are never written again once handed over.
//
// Same bytes: zlib's output does not depend on how its input is cut when nothing is flushed before
// the end (test/xlsx/sheet-deflate.test.ts checks it against deflateRawSync); the CRC-32 and size
// are taken in the worker over the very buffers it feeds to zlib.
import { Worker } from 'worker_threads';
import type { ZlibOptions } from 'zlib';
import type { BackgroundDeflate, PackedPart, PartDeflate } from '../packing';

/** The worker, as source text: one zlib stream per part, by id. Plain CommonJS, so no bundle entry of its own. */
const WORKER_SOURCE = `
const { parentPort } = require('worker_threads');
const zlib = require('zlib');
const parts = new Map();
const fail = (id, e) => {
  parts.delete(id);
  parentPort.postMessage({ id, error: String((e && e.message) || e) });
};
parentPort.on('message', (m) => {
  if (m.options) {
    const part = { crc32: 0, size: 0, out: [], stream: null };
    try {
      part.stream = zlib.createDeflateRaw(m.options);
    } catch (e) {
      return fail(m.id, e);
    }
    parts.set(m.id, part);
    part.stream.on('data', (chunk) => part.out.push(chunk));
    part.stream.on('error', (e) => fail(m.id, e));
    part.stream.on('end', () => {
      parts.delete(m.id);
      // One buffer of our own (zlib's chunks are slices of larger ones), moved, not copied, to the command.
      const data = new Uint8Array(part.out.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of part.out) data.set(c, (at += c.length) - c.length);
      parentPort.postMessage({ id: m.id, data, crc32: part.crc32, size: part.size }, [data.buffer]);
    });
  } else if (m.block) {
    const part = parts.get(m.id);
    if (!part) return; // failed already
    const b = Buffer.from(m.block.buffer, m.block.byteOffset, m.block.byteLength);
    part.crc32 = zlib.crc32(b, part.crc32);
    part.size += b.length;
    part.stream.write(b);
  } else if (m.end) {
    parts.get(m.id)?.stream.end();
  }
});
`;

type Reply = { id: number; error: string } | ({ id: number } & PackedPart);

/**
 * Deflates parts on a worker thread, started at the first part and kept while parts are open. The
 * worker holds the process open only while a part's end is awaited, and is stopped once every part
 * is back: its heap still refers to the blocks it was sent (hundreds of MB at 1M events) until it
 * collects garbage, which an idle worker may never do.
 */
export class SheetDeflater implements BackgroundDeflate {
  private worker: Worker | null = null;
  private nextId = 1;
  /** Parts started and not yet back. */
  private open = 0;
  private readonly awaited = new Map<number, { resolve: (p: PackedPart) => void; reject: (e: Error) => void }>();

  /** `options`: zlib's, those of the in-line deflate (a different level would give different bytes). */
  constructor(
    private readonly options: ZlibOptions,
    readonly minBytes: number,
  ) {}

  /** Shared with the worker, so a block goes over without a copy. */
  allocate(bytes: number): Uint8Array {
    return new Uint8Array(new SharedArrayBuffer(bytes));
  }

  start(): PartDeflate {
    const worker = this.thread();
    const id = this.nextId++;
    this.open++;
    worker.postMessage({ id, options: this.options });
    let ended: Promise<PackedPart> | null = null;
    return {
      push: (block) => worker.postMessage({ id, block }),
      end: () =>
        (ended ??= new Promise<PackedPart>((resolve, reject) => {
          if (this.worker !== worker) return reject(new Error('the deflate worker stopped'));
          this.awaited.set(id, { resolve, reject });
          worker.ref();
          worker.postMessage({ id, end: true });
        })),
    };
  }

  /** Stops the worker (tests; the command just exits). Parts not yet back are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker) await worker.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.awaited.get(reply.id);
      if (!waiting) return;
      this.awaited.delete(reply.id);
      if (!this.awaited.size) worker.unref();
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve({ data: reply.data, crc32: reply.crc32, size: reply.size });
      if (--this.open === 0 && this.worker === worker) {
        this.worker = null; // the next part starts a new one
        void worker.terminate();
      }
    });
    const stopped = (e: Error) => {
      if (this.worker !== worker) return; // one stopped when idle: nothing of it is awaited
      this.worker = null;
      this.open = 0;
      for (const waiting of this.awaited.values()) waiting.reject(e);
      this.awaited.clear();
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`the deflate worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }
}
