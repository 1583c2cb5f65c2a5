// Text XML cannot hold (control characters) is written as OOXML's _xHHHH_, never raw — a raw one
// would make Excel call the whole summary corrupt — and reads back as it was.
import { strFromU8, unzipSync } from 'fflate';
import { readSnapshot, writePlansWorkbook } from '../../src/xlsx';
import { summaryPlan } from '../doubles/plans';

test('a control character in user text is stored escaped and read back unchanged', () => {
  const plan = summaryPlan(2);
  plan.values[3][1] = '客户\u0001投诉 _x0041_';
  const bytes = writePlansWorkbook([plan]);
  const files = unzipSync(bytes);
  const xml = strFromU8(files[Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!]);
  expect(xml).toContain('客户_x0001_投诉 _x005F_x0041_');
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const back = readSnapshot(bytes).sheets.find((s) => s.name === plan.name)!;
  expect(back.values[3][1]).toBe('客户\u0001投诉 _x0041_');
});
