/** @jest-environment jsdom */
// SPEC §10 in the pane (Excel's host over the strict double): 发布结果 records the period; after a
// published row changes, 校验 shows the warning with the unit, the numbers and the row, and 生成
// asks for a reason before it republishes — which is then recorded in the 发布记录 sheet.
import './setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import { STRINGS } from '../../src/ui/strings';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/components/App';
import { officeWorkbookHost } from '../../src/office';
import { readSnapshot } from '../../src/office/read';
import { PUBLISH_SHEET, readPublishRecord, ymdToSerial } from '../../src/engine';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

jest.setTimeout(60_000);

test('publish, change a row, see the warning, and republish only with a reason', async () => {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const office = doubleHost(excel);
  const host = officeWorkbookHost(office);
  await host.insertSample();
  const user = userEvent.setup();
  render(<App host={host} env={{ language: 'zh', dark: false }} today={() => new Date(2026, 11, 4)} />);
  await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
  await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');

  await user.click(screen.getByTestId('publish'));
  expect(await screen.findByText(/^已发布2026年第3季度的考核结果/)).toBeTruthy();
  expect(excel.sheet(PUBLISH_SHEET)!.protected).toBe(true);

  // Change one Q3 row of the sub-units' ledger: 条款 → 9.1, 等级 → 较大.
  const ledger = excel.sheet('二级单位考核记录')!;
  const header = ledger.cells[0];
  const [cDate, cClause, cLevel] = ['日期', '条款', '等级'].map((h) => header.indexOf(h));
  const first = ymdToSerial(2026, 7, 1);
  const r = ledger.cells.findIndex(
    (row, i) => i > 0 && typeof row[cDate] === 'number' && (row[cDate] as number) >= first && row[cLevel] === '一般',
  );
  const oldClause = String(ledger.cells[r][cClause]);
  ledger.cells[r][cClause] = oldClause === '9.1' ? '9.2' : '9.1';
  ledger.cells[r][cLevel] = '较大';

  await user.click(screen.getByRole('button', { name: '校验' }));
  // The warnings fold to one line; 详情 shows them all.
  const bar = await screen.findByTestId('warnings');
  await user.click(within(bar).getByRole('button', { name: STRINGS.zh.moreDetail }));
  // One warning per unit whose numbers change (the edited unit, and any whose rank moved).
  const [warning] = await screen.findAllByText(/已发布的2026年第3季度结果将改变:.*得分/);
  expect(warning.textContent).toMatch(new RegExp(`得分 \\d+\\.\\d{2} → \\d+\\.\\d{2}`));
  expect(warning.textContent).toContain(`「二级单位考核记录」第 ${r + 1} 行 条款 ${oldClause} → `);

  // 生成 is held back: a confirmation with a reason, and nothing written until it is given.
  await user.click(screen.getByRole('button', { name: '生成 2026 年第 3 季度汇总' }));
  expect(await screen.findByTestId('republish')).toBeTruthy();
  expect(excel.sheet('2026年第3季度考核汇总')).toBeUndefined();
  const confirm = screen.getByRole('button', { name: '重新发布并生成汇总' });
  expect(confirm.hasAttribute('disabled')).toBe(true);
  await user.type(screen.getByTestId('republish-reason'), '更正条款');
  await user.click(confirm);
  await waitFor(() => expect(excel.sheet('2026年第3季度考核汇总')).toBeDefined());
  const record = readPublishRecord(await readSnapshot(office));
  expect(record.entries.map((e) => [e.period, e.seq, e.reason])).toEqual([
    ['2026Q3', 1, ''],
    ['2026Q3', 2, '更正条款'],
  ]);
  expect(excel.sheet(PUBLISH_SHEET)!.protected).toBe(true);
});

test('the result lists 历史未闭环事项, each a link to its row', async () => {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  const user = userEvent.setup();
  render(<App host={host} env={{ language: 'zh', dark: false }} today={() => new Date(2026, 11, 4)} />);
  await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
  await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
  await user.click(screen.getByRole('button', { name: '校验' }));
  const list = await screen.findByTestId('follow-up');
  expect(list.textContent).toMatch(/^历史未闭环事项 \d+ 项/);
  const links = list.querySelectorAll('button');
  expect(links.length).toBeGreaterThan(0);
  await user.click(links[0]);
  await waitFor(() => expect(excel.selection?.address).toMatch(/^A\d+/));
});
