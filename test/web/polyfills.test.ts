// The methods the page adds where an old browser (Chromium 80, Firefox 78) lacks them behave as the
// standard ones: each native is removed, the polyfills are loaded, and the results compared.
const natives = {
  arrayAt: Array.prototype.at,
  stringAt: String.prototype.at,
  replaceAll: String.prototype.replaceAll,
  hasOwn: Object.hasOwn,
  findLast: (Array.prototype as unknown as Loose).findLast,
  findLastIndex: (Array.prototype as unknown as Loose).findLastIndex,
  WeakRef: globalThis.WeakRef,
};

type Loose = Record<string, unknown>;
/** ES2023's findLast/findLastIndex: not in this project's TypeScript lib (ES2022). */
type FindLast = { findLast(f: (v: number) => boolean): number | undefined; findLastIndex(f: (v: number) => boolean): number };

beforeAll(() => {
  delete (Array.prototype as unknown as Loose).at;
  delete (String.prototype as unknown as Loose).at;
  delete (String.prototype as unknown as Loose).replaceAll;
  delete (Object as unknown as Loose).hasOwn;
  delete (Array.prototype as unknown as Loose).findLast;
  delete (Array.prototype as unknown as Loose).findLastIndex;
  delete (globalThis as unknown as Loose).WeakRef;
  jest.isolateModules(() => require('../../src/web/polyfills'));
});

afterAll(() => {
  Object.assign(globalThis, { WeakRef: natives.WeakRef });
  for (const [target, name, value] of [
    [Array.prototype, 'at', natives.arrayAt],
    [String.prototype, 'at', natives.stringAt],
    [String.prototype, 'replaceAll', natives.replaceAll],
    [Object, 'hasOwn', natives.hasOwn],
    [Array.prototype, 'findLast', natives.findLast],
    [Array.prototype, 'findLastIndex', natives.findLastIndex],
  ] as const)
    Object.defineProperty(target, name, { value, writable: true, configurable: true });
});

test('the polyfills stand in for the natives with the same results', () => {
  const a = [1, 2, 3, 4];
  expect(a.at !== natives.arrayAt).toBe(true);
  expect([a.at(0), a.at(-1), a.at(4), a.at(-5), a.at(1.7)]).toEqual([1, 4, undefined, undefined, 2]);
  expect('abc'.at(-1)).toBe('c');
  expect('a.b.c'.replaceAll('.', '/')).toBe('a/b/c');
  expect('a1b2'.replaceAll(/\d/g, '#')).toBe('a#b#');
  expect([Object.hasOwn({ x: 1 }, 'x'), Object.hasOwn({}, 'toString')]).toEqual([true, false]);
  const b = a as unknown as FindLast;
  expect([b.findLast((v) => v % 2 === 1), b.findLastIndex((v) => v > 9)]).toEqual([3, -1]);
  const target = {};
  expect(new WeakRef(target).deref()).toBe(target);
  // Properties are defined as the natives are: not enumerable.
  expect(Object.keys(Array.prototype)).toEqual([]);
});
