// The page never works on a stale copy: every read starts from the file as it is on disk (through
// the handle the browser gave, or by asking the user to open it again), and a file that is not a
// workbook is refused with the clerk's words. Handles and Files are stand-ins with the browser
// API's shape (the real ones are exercised in Chromium by web.e2e.test.ts).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { notAWorkbook } from '../../src/web/file-kind';
import { FileRefused, lookOnDisk, readPicked } from '../../src/web/files';
import { webHost } from '../../src/web/host';
import { WorkbookSession, type SessionEvent, type WritableFileHandle } from '../../src/web/session';

let sample: Uint8Array;
let docx: Uint8Array;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-safety-'));
  await writeSampleOrTemplate(path.join(dir, 's.xlsx'), true);
  sample = new Uint8Array(fs.readFileSync(path.join(dir, 's.xlsx')));
  fs.rmSync(dir, { recursive: true, force: true });
  docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('通报')] }] })));
});

/** A file on "disk" the test can change, and a handle to it. */
function disk(bytes: Uint8Array, name = '考核.xlsx') {
  let file = new File([bytes as BlobPart], name, { lastModified: 1_000 });
  let gone = false;
  const handle: WritableFileHandle = {
    name,
    async getFile() {
      if (gone) throw new DOMException('gone', 'NotFoundError');
      return file;
    },
    async createWritable() {
      throw new Error('not in these tests');
    },
  };
  return {
    handle,
    first: () => file,
    change(next: Uint8Array, at = 2_000) {
      file = new File([next as BlobPart], name, { lastModified: at });
    },
    remove() {
      gone = true;
    },
  };
}

describe('what a picked file really is', () => {
  it('names a Word document renamed to .xlsx as a Word document', () => {
    expect(notAWorkbook(docx, '考核.xlsx')).toBe('「考核.xlsx」是 Word 文档(.docx),不是 Excel 工作簿。');
  });

  it('names old Office files and PDFs, and lets a workbook through', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(notAWorkbook(ole, 'a.xlsx')).toMatch(/旧版 Office 文件.*打开密码/);
    expect(notAWorkbook(new TextEncoder().encode('%PDF-1.7 …'), 'a.xlsx')).toMatch(/是 PDF 文件/);
    expect(notAWorkbook(sample, 'a.xlsx')).toBeNull();
  });

  it('refuses it when read, with what to do next', async () => {
    const error = await readPicked(new File([docx as BlobPart], '考核.xlsx'), null).catch((e) => e);
    expect(error).toBeInstanceOf(FileRefused);
    expect(error.message).toMatch(/^「考核\.xlsx」是 Word 文档\(\.docx\),不是 Excel 工作簿。请选择考核工作簿/);
  });
});

describe('the file on disk against what the page read', () => {
  it('through a handle: the same until its size or modification time changes, then the file as it is now', async () => {
    const d = disk(sample);
    const opened = await readPicked(d.first(), d.handle);
    expect(opened.stamp).toEqual({ size: sample.length, lastModified: 1_000 });
    expect(await lookOnDisk(opened)).toEqual({ state: 'same' });
    d.change(sample, 5_000); // saved again in Excel: same size, new time
    const look = await lookOnDisk(opened);
    expect(look).toMatchObject({ state: 'changed', gone: false });
    expect(look.state === 'changed' && look.now?.lastModified).toBe(5_000);
  });

  it('through a handle: a file moved or deleted is "changed", gone', async () => {
    const d = disk(sample);
    const opened = await readPicked(d.first(), d.handle);
    d.remove();
    expect(await lookOnDisk(opened)).toEqual({ state: 'changed', now: null, gone: true });
  });

  it('without a handle: changed when the browser refuses to read the File again', async () => {
    const file = new File([sample as BlobPart], '考核.xlsx');
    const opened = await readPicked(file, null);
    expect(await lookOnDisk(opened)).toEqual({ state: 'same' });
    const refusing = {
      ...opened,
      source: { slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('x', 'NotReadableError')) }) },
    };
    expect(await lookOnDisk(refusing as never)).toEqual({ state: 'changed', now: null, gone: false });
  });
});

describe('the page’s reads follow the file on disk', () => {
  function setUp() {
    const session = new WorkbookSession();
    const host = webHost(session, browserXlsx, async () => {});
    const events: SessionEvent[] = [];
    session.subscribe((e) => events.push(e));
    return { session, host, events };
  }

  it('reads the new content through the handle after the file changed, and drops summaries of the old one', async () => {
    const { session, host, events } = setUp();
    const d = disk(sample);
    session.open(await readPicked(d.first(), d.handle));
    const before = await host.readSnapshot();
    session.generated(sample, [{ name: 'x', period: '2026Q3', kind: 'quarter-summary', values: [] } as never]);
    // The user deletes the 单位 sheet's rows in Excel: here, a different workbook (the template).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-safety-'));
    await writeSampleOrTemplate(path.join(dir, 't.xlsx'), false);
    d.change(new Uint8Array(fs.readFileSync(path.join(dir, 't.xlsx'))));
    fs.rmSync(dir, { recursive: true, force: true });
    const after = await host.readSnapshot();
    expect(after).not.toEqual(before);
    expect(events.filter((e) => e.type === 'reread')).toEqual([{ type: 'reread', dropped: true }]);
    expect(session.plans).toEqual([]);
    expect(session.file?.stamp?.lastModified).toBe(2_000);
  });

  it('without a handle: refuses with a message saying to open the file again, keeping what it had', async () => {
    const { session, host } = setUp();
    const opened = await readPicked(new File([sample as BlobPart], '考核.xlsx'), null);
    session.open({ ...opened, source: { slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }) } as never });
    await expect(host.readSnapshot()).rejects.toMatchObject({
      kind: 'file-changed',
      message: expect.stringMatching(/「考核\.xlsx」在本页打开后已被修改.*请点「打开工作簿…」重新选择这个文件/),
    });
    expect(session.current).toBe(opened.bytes);
  });
});
