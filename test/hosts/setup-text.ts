// jsdom has no TextDecoder/TextEncoder; Node's are the same API the browser gives the page.
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
