// Test helper for score/report tests: a workbook described by rows (test/helpers/snapshot.ts)
// goes Snapshot → parseWorkbook → Model, exactly as the CLI and the task pane do it.

import { parseWorkbook } from '../../src/engine/parse';
import { parsePeriod } from '../../src/engine/period';
import { score } from '../../src/engine/score';
import type { Model, Result } from '../../src/engine/types';
import { describeError } from '../../src/engine/errors';
import { sheet, workbook, type Row, type WorkbookSpec } from '../helpers/snapshot';

/** Parses a workbook that must be valid (a test that feeds errors here is wrong, so it throws). */
export function modelOf(spec: WorkbookSpec): Model {
  const { model, errors } = parseWorkbook(workbook(spec));
  if (errors.length) throw new Error(errors.map(describeError).join('\n'));
  return model;
}

export function scoreBook(spec: WorkbookSpec, period: string): { model: Model; result: Result } {
  const model = modelOf(spec);
  return { model, result: score(model, parsePeriod(period)!) };
}

/** A 考核参数 sheet setting just these keys. */
export function paramsSheet(values: Record<string, string | number>) {
  return sheet(
    '考核参数',
    Object.entries(values).map(([k, v]): Row => ({ 参数: k, 值: v })),
  );
}

/** The unit row of a result by code. */
export function unitOf(result: Result, code: string) {
  const u = result.units.find((x) => x.code === code);
  if (!u) throw new Error(`no unit ${code} in result`);
  return u;
}
