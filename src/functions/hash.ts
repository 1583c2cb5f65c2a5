// A fast 64-bit fingerprint of a range's values (two independent 32-bit lanes). Excel hands each
// call a fresh copy of its ranges, so identity tells us nothing; content does. One pass over the
// cells with the state in local variables (this loop is the whole per-call cost of a cache hit),
// no strings built, so it costs far less than parsing what it identifies.
import type { CellValue } from '../engine';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const FNV_PRIME = 0x01000193;
const MURMUR_M = 0x5bd1e995;

export class Fingerprint {
  private a = 0x811c9dc5; // FNV-1a offset basis
  private b = 0x9747b28c; // a different seed for the second lane

  /** A piece of text (e.g. an argument that changes how a range is read). */
  text(s: string): this {
    this.range([[s]]);
    return this;
  }

  /** A range, or its absence (distinct from an empty range). */
  range(values: readonly (readonly (CellValue | undefined)[])[] | null): this {
    let a = this.a;
    let b = this.b;
    // Each input x goes into both lanes: FNV-1a in a, a murmur-style step in b.
    let x = values === null ? 0xdead : 0xbeef;
    a = Math.imul(a ^ x, FNV_PRIME);
    b = Math.imul(b ^ x, MURMUR_M);
    b ^= b >>> 15;
    if (values !== null) {
      for (let i = 0; i < values.length; i++) {
        const row = values[i];
        // A row boundary, so [[1,2]] and [[1],[2]] differ.
        a = Math.imul(a ^ 0x7fffffff, FNV_PRIME);
        b = Math.imul(b ^ 0x7fffffff, MURMUR_M);
        b ^= b >>> 15;
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v === 'string') {
            // Type tag and length first, then every character.
            x = 0x20000 | v.length;
            a = Math.imul(a ^ x, FNV_PRIME);
            b = Math.imul(b ^ x, MURMUR_M);
            b ^= b >>> 15;
            for (let k = 0; k < v.length; k++) {
              x = v.charCodeAt(k);
              a = Math.imul(a ^ x, FNV_PRIME);
              b = Math.imul(b ^ x, MURMUR_M);
              b ^= b >>> 15;
            }
          } else if (typeof v === 'number') {
            f64[0] = v;
            a = Math.imul(a ^ 0x10001, FNV_PRIME);
            b = Math.imul(b ^ 0x10001, MURMUR_M);
            b ^= b >>> 15;
            x = u32[0];
            a = Math.imul(a ^ x, FNV_PRIME);
            b = Math.imul(b ^ x, MURMUR_M);
            b ^= b >>> 15;
            x = u32[1];
            a = Math.imul(a ^ x, FNV_PRIME);
            b = Math.imul(b ^ x, MURMUR_M);
            b ^= b >>> 15;
          } else {
            // Booleans and empty cells (null, undefined).
            x = v === true ? 0x30001 : v === false ? 0x30000 : 0x40000;
            a = Math.imul(a ^ x, FNV_PRIME);
            b = Math.imul(b ^ x, MURMUR_M);
            b ^= b >>> 15;
          }
        }
      }
    }
    this.a = a;
    this.b = b;
    return this;
  }

  digest(): string {
    return (this.a >>> 0).toString(36) + '.' + (this.b >>> 0).toString(36);
  }
}
