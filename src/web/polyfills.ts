// Library methods newer than the oldest browsers the page supports (Chromium 80, Firefox 78):
// syntax is lowered at build time, but a method call like `.at()` is not. Each is defined only
// where missing, with the behaviour the standard gives it.

function define<T extends object>(target: T, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i >= 0 && i < this.length ? this[i] : undefined;
}

define(Array.prototype, 'at', at);
define(String.prototype, 'at', at);
// Chromium 85 / Firefox 77.
define(String.prototype, 'replaceAll', function (this: string, search: string | RegExp, replacement: string) {
  if (search instanceof RegExp) return this.replace(search, replacement);
  return this.split(search).join(replacement);
});
// Chromium 93 / Firefox 92.
define(Object, 'hasOwn', (o: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(o, key));
// Chromium 97 / Firefox 104.
define(Array.prototype, 'findLast', function <T>(this: T[], f: (v: T, i: number, a: T[]) => unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, 'findLastIndex', function <T>(this: T[], f: (v: T, i: number, a: T[]) => unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return i;
  return -1;
});

// Chromium 84 / Firefox 79. Fluent UI's focus libraries (keyborg, tabster) hold elements in
// WeakRefs. Where there are none, a reference that is simply kept: the page lives as long as one
// visit, so what it keeps alive is small.
const g = globalThis as { WeakRef?: unknown };
if (typeof g.WeakRef === 'undefined') {
  g.WeakRef = class WeakRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T {
      return this.target;
    }
  };
}

export {};
