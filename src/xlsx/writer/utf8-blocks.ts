// A worksheet part written straight into UTF-8 bytes, block by block. The detail sheet has tens of
// thousands of rows (hundreds of thousands at 1M events): building each cell as a string, joining
// rows and encoding them made four copies of every byte and most of the writer's garbage. Here
// tags go in byte by byte, cell text is escaped and encoded in the same pass, and a large sheet is
// a list of blocks (the zip writer joins them), never one string. Browser-safe.

/** Bytes per block: large enough that blocks are few, small enough that the last one wastes little. */
const BLOCK_BYTES = 1 << 20;

/**
 * Who follows a sheet while it is written (the command's deflate, src/xlsx/node/sheet-deflate.ts):
 * each block is handed over once finished, never written to again.
 */
export interface BlockListener {
  /** Memory for the blocks (the command's is shared with its deflate thread, so nothing is copied). */
  allocate?(bytes: number): Uint8Array;
  /** A finished block, in order. */
  block(bytes: Uint8Array): void;
}

export class Utf8Blocks {
  private readonly blocks: Uint8Array[] = [];
  private readonly allocate: (bytes: number) => Uint8Array;
  private buf: Uint8Array;
  private at = 0;

  constructor(private readonly listener?: BlockListener) {
    this.allocate = listener?.allocate ?? ((bytes) => new Uint8Array(bytes));
    this.buf = this.allocate(BLOCK_BYTES);
  }

  /** Text known to be ASCII (tags, attribute names, numbers, cell references): one byte a character. */
  ascii(s: string): void {
    const n = s.length;
    if (this.at + n > this.buf.length) this.next(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Any text, as UTF-8, with nothing escaped (already escaped, or known to need none). */
  utf8(s: string): void {
    this.encode(s, false);
  }

  /**
   * Text content, UTF-8, with `&`, `<` and `>` escaped as escapeText (src/xlsx/package/xml.ts) does
   * — unless `s` holds `_x` (the start of OOXML's `_xHHHH_`) or a character XML cannot hold: then
   * nothing is written and the answer is false (the caller writes cellText(s), which deals with
   * them). One pass instead of a pattern test and then the encoding.
   */
  plainText(s: string): boolean {
    this.reserve(s.length * 5); // first, so that `start` stays in this block
    const start = this.at;
    if (this.encode(s, true)) return true;
    this.at = start;
    return false;
  }

  /** Bytes made elsewhere (the sheet's head and tail), as a block of their own after those so far. */
  bytes(b: Uint8Array): void {
    this.seal();
    this.push(b);
  }

  /** The blocks written so far; the writer is done with. */
  finish(): Uint8Array[] {
    this.seal();
    this.buf = new Uint8Array(0);
    return this.blocks;
  }

  /**
   * UTF-8 exactly as TextEncoder writes it (a lone surrogate becomes U+FFFD). With `escape`, `&<>`
   * are escaped, and false is returned, part-way, at `_x` or a character XML cannot hold.
   */
  private encode(s: string, escape: boolean): boolean {
    const n = s.length;
    // At most 5 bytes per UTF-16 unit (`&amp;`; a character takes at most 3 bytes per unit).
    this.reserve(n * 5);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (escape && c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
        if (escape && c === 95 /* _ */ && s.charCodeAt(i + 1) === 120 /* x */) return false;
        if (escape && (c === 38 || c === 60 || c === 62)) {
          // &amp; &lt; &gt;
          buf[at++] = 38;
          if (c === 38) {
            buf[at++] = 97;
            buf[at++] = 109;
            buf[at++] = 112;
          } else {
            buf[at++] = c === 60 ? 108 : 103;
            buf[at++] = 116;
          }
          buf[at++] = 59;
        } else buf[at++] = c;
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            buf[at++] = 0xf0 | (cp >> 18);
            buf[at++] = 0x80 | ((cp >> 12) & 63);
            buf[at++] = 0x80 | ((cp >> 6) & 63);
            buf[at++] = 0x80 | (cp & 63);
            continue;
          }
          c = 0xfffd;
        } else if (escape && c >= 0xfffe) return false;
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      }
    }
    this.at = at;
    return true;
  }

  /** Makes room for `need` more bytes in the current block. */
  private reserve(need: number): void {
    if (this.at + need > this.buf.length) this.next(need);
  }

  /** Starts a new block with room for at least `need` bytes. */
  private next(need: number): void {
    this.seal();
    this.buf = this.allocate(Math.max(BLOCK_BYTES, need));
  }

  /** Ends the current block (if anything is in it); what follows goes after it, in the same buffer. */
  private seal(): void {
    if (!this.at) return;
    this.push(this.buf.subarray(0, this.at));
    this.buf = this.buf.subarray(this.at);
    this.at = 0;
  }

  private push(block: Uint8Array): void {
    this.blocks.push(block);
    this.listener?.block(block);
  }
}
