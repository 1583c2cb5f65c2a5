import type { ValidationError } from './types';
import { columnLetter } from './cells';

/** One line for `validate` and the task pane: 「sheet」第 R 行 C 列(header):message */
export function describeError(e: ValidationError): string {
  let where = `「${e.sheet}」`;
  if (e.row !== null) where += `第 ${e.row} 行`;
  if (e.column !== null) where += ` ${columnLetter(e.column)} 列`;
  if (e.header) where += `(${e.header})`;
  return `${where}:${e.message}`;
}
