// Turning whatever went wrong into the most specific Excel error with a Chinese message.
import { CalendarCoverageError, type ValidationError } from '../engine';
import { ErrorCode, functionError, isFunctionError } from './runtime';

/** Throws #VALUE!: a value of the wrong kind. */
export function badValue(message: string): never {
  throw functionError(ErrorCode.invalidValue, message);
}

/** Throws #N/A: a lookup found nothing (unit, level, clause). */
export function notFound(message: string): never {
  throw functionError(ErrorCode.notAvailable, message);
}

/** Throws #NUM!: a number out of range. */
export function badNumber(message: string): never {
  throw functionError(ErrorCode.invalidNumber, message);
}

/**
 * Runs a function body; engine errors become Excel errors: an uncovered calendar year → #NUM!,
 * anything unexpected → #VALUE! with its message (a custom function must never crash Excel's
 * calculation, and the user should still see why).
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    if (e instanceof CalendarCoverageError) throw functionError(ErrorCode.invalidNumber, coverageMessage(e));
    throw functionError(ErrorCode.invalidValue, `计算出错:${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * In a cell there is no 「节假日」 sheet to fill: the calendar reaches a function only as its
 * optional holidays range, so that is what the message asks for.
 */
function coverageMessage(e: CalendarCoverageError): string {
  const range = e.covered ? `(内置日历覆盖 ${e.covered.first}–${e.covered.last} 年)` : '';
  return `${e.year} 年不在节假日日历范围内${range}:请在工作簿的「节假日」表中填写 ${e.year} 年的放假(休)和调休上班(班)日期,并把该表区域(含表头 日期、类型)作为函数的最后一个参数 holidays 传入,如 =QS.WORKDAYS(A2, B2, '节假日'!A1:B40)`;
}

/** Which argument a synthetic sheet came from, for messages: the user never sees our sheet names. */
export type RangeLabels = Record<string, string>;

/**
 * The ranges' validation errors as one #VALUE! (the data in a range is wrong): the first error,
 * located by row and column inside its range argument (1 = the range's first row or column, as
 * we cannot know where the range sits on its sheet), and how many more there are.
 */
export function validationFailure(errors: readonly ValidationError[], labels: RangeLabels): never {
  const e = errors[0];
  let where = labels[e.sheet] ?? `「${e.sheet}」`;
  if (e.row !== null) where += `第 ${e.row} 行`;
  if (e.column !== null) where += `第 ${e.column} 列`;
  if (e.header) where += `「${e.header}」`;
  const more = errors.length > 1 ? `(另有 ${errors.length - 1} 处错误)` : '';
  throw functionError(ErrorCode.invalidValue, `${where}:${e.message}${more}`);
}
