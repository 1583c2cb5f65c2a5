// Our large sheets packed while they are drawn (mergePlansAsync, the command's path): each block of
// a sheet goes to a deflate beside this thread as soon as the writer has finished it, so the part
// is packed by the time it is drawn, with no copy of the whole part to join. The deflate itself is
// the host's (src/xlsx/node/sheet-deflate.ts); this side only decides which sheets and checks
// what comes back. Browser-safe: the browser merges with mergePlans and never gets here.
import type { OurSheet, SheetFollower } from './writer';

/** A part deflated elsewhere: its raw deflate, and the CRC-32 and size of the bytes deflated. */
export interface PackedPart {
  data: Uint8Array;
  crc32: number;
  size: number;
}

/** One part's deflate, fed block by block; the same bytes as the in-line deflate of them joined. */
export interface PartDeflate {
  push(block: Uint8Array): void;
  end(): Promise<PackedPart>;
}

/**
 * A deflate that runs beside this thread and gives the same bytes as MergeOptions.deflate. Sheets
 * under minBytes are deflated in line as ever: they cost less than the hand-over.
 */
export interface BackgroundDeflate {
  minBytes: number;
  /** Memory for the sheet writer's blocks that push() can hand over without a copy. */
  allocate?(bytes: number): Uint8Array;
  start(): PartDeflate;
}

/**
 * Follows one sheet while it is drawn: its first blocks are held back until they reach minBytes
 * (a small sheet never starts a deflate), then everything goes to the deflate as it comes.
 * `packing` gets the sheet and its packed part, or null where the deflate failed or did not see
 * the bytes the sheet holds: the zip then deflates that part in line, as mergePlans does.
 */
export function packWhileDrawn(
  background: BackgroundDeflate,
  packing: (sheet: OurSheet, packed: Promise<PackedPart | null>) => void,
): SheetFollower {
  let held: Uint8Array[] = [];
  let size = 0;
  let deflate: PartDeflate | null = null;
  let failed = false;
  const start = () => {
    try {
      deflate = background.start();
      for (const b of held) deflate.push(b);
    } catch {
      failed = true; // no deflate beside us: in line, as ever
    }
    held = [];
  };
  return {
    allocate: background.allocate?.bind(background),
    block(b) {
      size += b.length;
      if (failed) return;
      if (deflate) return deflate.push(b);
      held.push(b);
      if (size >= background.minBytes) start();
    },
    drawn(sheet) {
      if (!deflate || failed) return;
      const drawnSize = size;
      packing(
        sheet,
        deflate.end().then(
          (p) => (p.size === drawnSize ? p : null),
          () => null,
        ),
      );
    },
  };
}
