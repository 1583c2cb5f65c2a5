// 保存回原文件 through the File System Access API: permission asked first, the bytes written
// through a writable that replaces the file only on close(). The browser's handle cannot exist in
// Node, so a recording handle with the API's shape stands in for it.
import { FileRefused, saveInPlace } from '../../src/web/files';
import type { WritableFileHandle } from '../../src/web/session';

function handle(permission: PermissionState, granted: PermissionState = permission) {
  const log: string[] = [];
  const h: WritableFileHandle = {
    name: '考核.xlsx',
    async queryPermission() {
      log.push('query');
      return permission;
    },
    async requestPermission() {
      log.push('request');
      return granted;
    },
    async createWritable() {
      log.push('open');
      return {
        async write(data: Uint8Array | Blob) {
          log.push(`write ${(data as Uint8Array).length}`);
        },
        async close() {
          log.push('close');
        },
      };
    },
  };
  return { h, log };
}

describe('saving back to the original file', () => {
  it('writes the bytes and closes, when permission is already granted', async () => {
    const { h, log } = handle('granted');
    await saveInPlace(h, new Uint8Array(7));
    expect(log).toEqual(['query', 'open', 'write 7', 'close']);
  });

  it('asks for permission when the browser has not granted it yet', async () => {
    const { h, log } = handle('prompt', 'granted');
    await saveInPlace(h, new Uint8Array(3));
    expect(log).toEqual(['query', 'request', 'open', 'write 3', 'close']);
  });

  it('refuses, touching nothing, when the user says no, and says what to do instead', async () => {
    const { h, log } = handle('prompt', 'denied');
    const error = await saveInPlace(h, new Uint8Array(3)).catch((e) => e);
    expect(error).toBeInstanceOf(FileRefused);
    expect(error.message).toMatch(/没有获得写入「考核\.xlsx」的许可,原文件未改动。请改用「下载」按钮/);
    expect(log).toEqual(['query', 'request']);
  });
});
