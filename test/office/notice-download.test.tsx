/** @jest-environment jsdom */
// The 考核通报 from the Excel pane (SPEC §7: every door offers it): where Office's webview saves a
// download (Windows, the web) the pane's button saves the .docx written from the use case's
// NoticePlan; on the Mac it says where to get it instead.
import '../ui/setup-dom';
import { TextDecoder, TextEncoder } from 'util';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync, strFromU8 } from 'fflate';
import { App } from '../../src/ui/components/App';
import { officeWorkbookHost } from '../../src/office';
import { offersDownload } from '../../src/office/workbook-host';
import { noticeDocx } from '../../src/notice/docx';
import { STRINGS } from '../../src/ui/strings';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

const zh = STRINGS.zh;

// jsdom has neither; a real webview has both (the docx package encodes its XML with them).
Object.assign(globalThis, { TextEncoder, TextDecoder });

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function paneOn(platform: 'PC' | 'Mac' | 'OfficeOnline') {
  const excel = new ExcelDouble({ platform });
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  const user = userEvent.setup();
  render(<App host={host} env={{ language: 'zh', dark: false }} writeNotice={noticeDocx} today={() => new Date(2026, 9, 15)} />);
  await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
  await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
  await user.click(screen.getByRole('button', { name: '生成 2026 年第 3 季度汇总' }));
  await screen.findByText(/^已生成 3 张工作表/);
  return { user, excel };
}

test('the webviews that save a download: Windows and the web, not the Mac', () => {
  expect(['PC', 'OfficeOnline', 'Mac', 'iOS'].map(offersDownload)).toEqual([true, true, false, false]);
});

test('Excel on Windows: the button saves the notice as a .docx blob, named after the period', async () => {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:notice');
  URL.revokeObjectURL = () => {};
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const { user } = await paneOn('PC');
  await user.click(await screen.findByRole('button', { name: zh.downloadNotice }));
  await waitFor(() => expect([blobs.length, screen.queryByRole('alert')?.textContent ?? '']).toEqual([1, '']));
  // A book never saved: the default name (Office.context.document.url is empty).
  expect(names).toEqual(['考核.2026Q3.通报.docx']);
  expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const files = unzipSync(await bytesOf(blobs[0]));
  const xml = strFromU8(files['word/document.xml']);
  expect(xml).toContain('关于2026年第3季度');
  expect(xml).toContain('各部门、各二级单位：');
  click.mockRestore();
}, 60_000);

test('Excel names the notice after the saved workbook, as the command and the page do', async () => {
  const names: string[] = [];
  URL.createObjectURL = () => 'blob:notice';
  URL.revokeObjectURL = () => {};
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const { user, excel } = await paneOn('OfficeOnline');
  // Saved to OneDrive while the pane was open (an address, escaped, with a query).
  excel.documentUrl = 'https://d.docs.live.net/0a1b/Documents/%E9%BB%84%E5%B7%9E%E5%8C%BA%E8%80%83%E6%A0%B8.xlsx?web=1';
  await user.click(await screen.findByRole('button', { name: zh.downloadNotice }));
  await waitFor(() => expect(names).toEqual(['黄州区考核.2026Q3.通报.docx']));
  click.mockRestore();
}, 60_000);

test('Excel on the Mac: no button, the pane says where to get the notice', async () => {
  await paneOn('Mac');
  expect(await screen.findByText(zh.noticeElsewhere)).toBeTruthy();
  expect(screen.queryByRole('button', { name: zh.downloadNotice })).toBeNull();
}, 60_000);
