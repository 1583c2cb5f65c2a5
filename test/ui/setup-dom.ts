// What jsdom lacks and Fluent UI expects of a browser. (Chromium has both: the e2e test runs
// the pane without these.)
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
w.ResizeObserver ??= ResizeObserverStub;
