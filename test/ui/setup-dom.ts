// What jsdom lacks and Fluent UI expects of a browser. (Chromium has both: the e2e test runs
// the pane without these.)
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
w.ResizeObserver ??= ResizeObserverStub;

// jsdom has no TextDecoder (every browser has): Node's, for the pane's import of .xlsx and .csv.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;

// jsdom's Blob/File has no arrayBuffer() (browsers have since 2019): through FileReader.
if (typeof Blob !== 'undefined' && typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
