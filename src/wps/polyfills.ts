// What WPS's embedded Chromium was seen to lack (WPS.md §6: crypto.randomUUID in a pane served
// over plain HTTP). Loaded before React.
const c = globalThis.crypto as (Crypto & { randomUUID?: () => string }) | undefined;
if (c && typeof c.getRandomValues === 'function' && typeof c.randomUUID !== 'function') {
  Object.defineProperty(c, 'randomUUID', {
    configurable: true,
    value: () => {
      const b = c.getRandomValues(new Uint8Array(16));
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  });
}
export {};
