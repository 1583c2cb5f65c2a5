// The engine's public face: hosts (xlsx, office, functions, cli) import from here only.
export * from './types';
export { parseWorkbook } from './parse';
export type { ParseOptions } from './parse';
export { parsePeriod, formatPeriod } from './period';
export { score } from './score';
export { planSummaries } from './report';
export { describeError } from './errors';
