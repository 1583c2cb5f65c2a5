// 写入错误清单: the validation errors as a plan of their own, with links only to sheets that exist.
import { defaultRules, parseMarker, parseWorkbook, planErrorList, type ValidationError } from '../../src/engine';

const err = (sheet: string, row: number | null, column: number | null, message: string): ValidationError => ({
  sheet,
  row,
  column,
  header: column === null ? null : '日期',
  value: row === null ? null : '2026-13-45',
  message,
});

test('one row per error, located; a link to each cell of a sheet that exists, none to a missing sheet', () => {
  const errors = [err('部门考核记录', 5, 1, '无法识别的日期'), err('单位', null, null, '缺少「单位」表')];
  const plan = planErrorList(errors, defaultRules().params, ['部门考核记录']);
  expect(plan.kind).toBe('error-list');
  expect(plan.values[2]).toEqual(['序号', '工作表', '行', '列', '表头', '单元格内容', '问题与改法', '位置']);
  expect(plan.values[3]).toEqual([1, '部门考核记录', 5, 'A', '日期', '2026-13-45', '无法识别的日期', '转到 A5']);
  expect(plan.values[4]).toEqual([2, '单位', null, null, null, null, '缺少「单位」表', null]);
  expect(plan.links).toEqual([{ row: 3, col: 7, sheet: '部门考核记录', cell: 'A5' }]);
  // Marked as ours (never read as input), but not a period's sheet: the generated list leaves it out.
  expect(plan.marker.startsWith('QSAssess.')).toBe(true);
  expect(parseMarker(plan.marker)).toBeNull();
  const { model } = parseWorkbook({ sheets: [{ name: plan.name, values: plan.values, generated: true }] });
  expect(model.sheetsSkipped).toEqual([plan.name]);
});
