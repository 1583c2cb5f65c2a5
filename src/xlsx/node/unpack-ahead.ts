// The command's reader unpacks its large parts ahead, on libuv's thread pool: while the main
// thread scans one ledger, zlib unpacks the next on the other core (about 35 ms for the 33 MB
// ledger of a 100,000-event book). The reader stays synchronous and browser-safe; it tells the
// host, between its steps (readWorkbookSteps), which parts it will scan and which comes next, and
// finds a part unpacked ahead through its inflateWhole hook. Whatever this does not have ready
// (a small part, a part the thread pool could not unpack), the hook unpacks in line as before,
// with the same result and the same errors.
import * as zlib from 'zlib';
import { storedBytes, WHOLE_PART_BYTES, type InflateWhole, type ZipArchive, type ZipEntry } from '../package/zip';
import type { ReadStep } from '../reader';

/** Parts from this size are worth the hand-over. */
const AHEAD_MIN_BYTES = 1024 * 1024;
/** At most this much unpacked XML held ahead at once (the reader used to hold one part at a time). */
const AHEAD_MAX_BYTES = 96 * 1024 * 1024;

export class UnpackAhead {
  /** By the offset of the part's stored bytes in the file, which is how the hook meets it again. */
  private readonly pending = new Map<number, Promise<Uint8Array | null>>();
  private readonly ready = new Map<number, Uint8Array>();
  private readonly offsets = new Map<ZipEntry, number>();

  constructor(private readonly inLine: InflateWhole) {}

  /** Follows the reader: starts unpacking at its plan, waits for a part before it is scanned. */
  async step(step: ReadStep): Promise<void> {
    if (step.kind === 'parts') this.start(step.zip, step.parts);
    else {
      const at = this.offsets.get(step.entry);
      if (at === undefined) return;
      const whole = await this.pending.get(at);
      this.pending.delete(at); // held from here by `ready` alone, until the reader takes it
      if (whole) this.ready.set(at, whole);
    }
  }

  /** The reader's inflateWhole: the part unpacked ahead when there is one, else unpacked now. */
  readonly inflateWhole: InflateWhole = (stored, maxBytes) => {
    const whole = this.ready.get(stored.byteOffset);
    if (!whole) return this.inLine(stored, maxBytes);
    this.ready.delete(stored.byteOffset);
    // As zlib's maxOutputLength would have refused it in line (the reader reads this as the budget).
    if (whole.length > maxBytes) throw new RangeError('the part is larger than the bytes left to unpack');
    return whole;
  };

  private start(zip: ZipArchive, parts: ZipEntry[]): void {
    let ahead = 0;
    for (const entry of parts) {
      const size = entry.uncompressedSize;
      if (entry.method !== 8 || size < AHEAD_MIN_BYTES || size > WHOLE_PART_BYTES || ahead + size > AHEAD_MAX_BYTES) continue;
      let stored: Uint8Array;
      try {
        stored = storedBytes(zip, entry, '');
      } catch {
        continue; // the reader meets the same problem in line and names it
      }
      ahead += size;
      this.offsets.set(entry, stored.byteOffset);
      this.pending.set(
        stored.byteOffset,
        new Promise((resolve) =>
          // One output chunk the size the directory gives, so zlib finishes on its thread without
          // waiting for the busy main thread between chunks; a failure leaves the part to the hook.
          zlib.inflateRaw(stored, { maxOutputLength: WHOLE_PART_BYTES, chunkSize: size + 64 * 1024 }, (e, whole) =>
            resolve(e ? null : whole),
          ),
        ),
      );
    }
  }
}
