// The workbook's name from Office.context.document.url, in the forms Excel gives it.
import { bookNameOf } from '../../src/office/book-name';

test.each([
  ['C:\\Users\\文员\\Documents\\考核.xlsx', '考核.xlsx'],
  ['/Users/clerk/Documents/2026 考核.xlsm', '2026 考核.xlsm'],
  ['https://contoso.sharepoint.com/sites/ops/Shared%20Documents/%E8%80%83%E6%A0%B8.xlsx?web=1', '考核.xlsx'],
  ['https://d.docs.live.net/0a1b/Documents/考核.XLSX#sheet', '考核.XLSX'],
  ['\\\\server\\share\\100%完成.xlsx', '100%完成.xlsx'],
])('%s → %s', (url, name) => expect(bookNameOf(url)).toBe(name));

test.each([null, undefined, '', '工作簿1', 'Book1', 'https://example.com/'])('%p: unknown (a book never saved)', (url) =>
  expect(bookNameOf(url)).toBeNull(),
);
