import type { ValidationError, ValidationWarning } from './types';
import { columnLetter } from './cells';

/** One line for `validate` and the task pane: 「sheet」第 R 行 C 列(header):message */
export function describeError(e: ValidationError): string {
  let where = `「${e.sheet}」`;
  if (e.row !== null) where += `第 ${e.row} 行`;
  if (e.column !== null) where += ` ${columnLetter(e.column)} 列`;
  if (e.header) where += `(${e.header})`;
  return `${where}:${e.message}`;
}

/** One line for the command's stderr and the pane's notice: 警告:「sheet」第 R 行 C 列:message */
export function describeWarning(w: ValidationWarning): string {
  let where = w.sheet === null ? '' : `「${w.sheet}」`;
  if (w.row !== null) where += `第 ${w.row} 行`;
  if (w.column !== null) where += ` ${columnLetter(w.column)} 列`;
  return `警告:${where ? `${where}:` : ''}${w.message}`;
}
