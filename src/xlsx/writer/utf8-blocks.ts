// A worksheet part written straight into UTF-8 bytes, block by block. The detail sheet has tens of
// thousands of rows (hundreds of thousands at 1M events): building each cell as a string, joining
// rows and encoding them made four copies of every byte and most of the writer's garbage. Here
// tags go in byte by byte, cell text is escaped and encoded in the same pass, and a large sheet is
// a list of blocks (the zip writer joins them), never one string. Browser-safe.

/** Bytes per block: large enough that blocks are few, small enough that the last one wastes little. */
const BLOCK_BYTES = 1 << 20;

export class Utf8Blocks {
  private readonly blocks: Uint8Array[] = [];
  private buf = new Uint8Array(BLOCK_BYTES);
  private at = 0;

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
   * Text content, UTF-8, with `&`, `<` and `>` escaped as escapeText (src/xlsx/package/xml.ts) does.
   * The caller has made sure `s` holds none of the characters XML cannot hold.
   */
  escaped(s: string): void {
    this.encode(s, true);
  }

  /** The blocks written so far; the writer is done with. */
  finish(): Uint8Array[] {
    if (this.at) this.blocks.push(this.buf.subarray(0, this.at));
    this.at = 0;
    this.buf = new Uint8Array(0);
    return this.blocks;
  }

  /** UTF-8 exactly as TextEncoder writes it: a lone surrogate becomes U+FFFD. */
  private encode(s: string, escape: boolean): void {
    const n = s.length;
    // At most 5 bytes per UTF-16 unit (`&amp;`; a character takes at most 3 bytes per unit).
    if (this.at + n * 5 > this.buf.length) this.next(n * 5);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
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
        }
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      }
    }
    this.at = at;
  }

  /** Starts a new block with room for at least `need` bytes. */
  private next(need: number): void {
    if (this.at) this.blocks.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(Math.max(BLOCK_BYTES, need));
    this.at = 0;
  }
}
