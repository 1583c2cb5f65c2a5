/** @jest-environment jsdom */
// 「导入记录…」 in the Excel pane (SPEC §9, issue 17), over the strict Excel double: choose a CSV,
// see the mapping and counts, import; the rows land in the ledger with the cells to fill marked,
// and a second import of the same file offers nothing new. The same panel serves the page
// (test/web/import.e2e.test.ts, in Chromium).
import './setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/components/App';
import { officeWorkbookHost } from '../../src/office';
import { MARK_COLOR } from '../../src/office/import';
import { readImportSource } from '../../src/xlsx/import-source';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

const CSV = '工单编号,受理时间,供电单位,工单类型,诉求内容\nW-1,2026-08-03 09:15,城区所,投诉,"电压低,灯闪"\nW-2,2026-08-04,火星所,投诉,x\n';

test('the Excel pane imports a CSV into the open workbook: marked blanks, refused row listed, idempotent', async () => {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  const before = excel.sheet('二级单位考核记录')!.cells.filter((r) => r && r.some((v) => v !== '' && v !== null)).length;
  const user = userEvent.setup();
  render(<App host={host} env={{ language: 'zh', dark: false }} readImportSource={readImportSource} today={() => new Date(2026, 11, 4)} />);
  await waitFor(() => expect(screen.getByTestId('units').textContent).toBe('单位 18 个(部门 8,二级单位 10)'));
  await user.click(screen.getByText('其他操作'));
  await user.click(screen.getByRole('button', { name: '导入记录…' }));
  const panel = await screen.findByTestId('import-panel');
  const input = panel.querySelector('#qs-import-input') as HTMLInputElement;
  await user.upload(input, new File([CSV], '95598.csv', { type: 'text/csv' }));
  await waitFor(() => expect(within(panel).getByTestId('import-counts').textContent).toBe('新增 1 行,已存在 0 行,拒绝 1 行。'));
  expect(within(panel).getByTestId('import-source').textContent).toBe('源文件:95598.csv(编码 UTF-8)');
  expect(within(panel).getByTestId('import-refused').textContent).toContain('「95598」第 3 行:单位“火星所”不在「单位」表中');
  await user.click(within(panel).getByRole('button', { name: '导入 1 行到本页的工作簿' }));
  await within(panel).findByText(/^已导入 1 行/);

  const ledger = excel.sheet('二级单位考核记录')!;
  const row = before; // 0-based index of the first free row (the header is row 0)
  const header = ledger.cells[0] as string[];
  const col = (h: string) => header.indexOf(h);
  expect([
    ledger.cells[row][col('日期')],
    ledger.cells[row][col('单位')],
    ledger.cells[row][col('来源')],
    ledger.cells[row][col('事项描述')],
    ledger.cells[row][col('工单编号')],
  ]).toEqual([46237, '城区供电所', '95598工单', '电压低,灯闪', 'W-1']);
  const fill = (h: string) => ledger.formats.get(`${row},${col(h)}`)?.fill;
  expect([fill('条款'), fill('等级'), fill('日期')]).toEqual([MARK_COLOR, MARK_COLOR, undefined]);
  expect(ledger.numberFormats.get(`${row},${col('日期')}`)).toBe('yyyy-mm-dd');
  // The pane re-read the workbook, and the same file again adds nothing.
  await waitFor(() => expect(within(panel).getByTestId('import-counts').textContent).toBe('新增 0 行,已存在 1 行,拒绝 1 行。'));
});
