// An import's source file for the panes (SPEC §9): a .csv decoded here, an .xlsx through the
// .xlsx layer's browser-safe reader. Injected by each pane's composition root into the UI, which
// carries no file reader of its own (the one import of this layer the Excel and WPS panes make).
import type { Snapshot } from '../engine';
import { readSnapshot } from './reader';
import { readCsv } from './csv';

export async function readImportSource(bytes: Uint8Array, name: string): Promise<{ snapshot: Snapshot; encoding: string | null }> {
  if (/\.(csv|txt)$/i.test(name)) return readCsv(bytes, name.replace(/\.[^.]*$/, ''));
  return { snapshot: readSnapshot(bytes, { file: name }), encoding: null };
}
