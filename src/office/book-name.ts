// The workbook's file name in Excel, from Office.context.document.url: a path on Windows and the
// Mac (C:\Users\…\考核.xlsx), an address on the web or OneDrive (https://…/考核.xlsx?web=1). The
// files the pane writes are named after it, as the command and the page name theirs
// (`考核.2026Q3.通报.docx`). A book never saved ("工作簿1", no extension) or no address at all
// gives null: the pane then uses its default name.
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls)$/i;

export function bookNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/[?#].*$/, '');
  const last = path.split(/[\\/]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A path with a bare % is a name as it is.
  }
  return WORKBOOK.test(name) ? name : null;
}
