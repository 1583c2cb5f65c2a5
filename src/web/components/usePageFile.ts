// The page's file and what happened to it: what the session's events mean for the page (a new
// pane per file, the summaries to preview, unsaved changes, a row to show), and the file actions
// — open, download, save back (refused when the file changed on disk), read again. The page's
// shell (WebApp) draws this state; it decides nothing about files itself.
import { useCallback, useEffect, useState } from 'react';
import type { SheetPlan, SheetSnapshot } from '../../engine';
import { downloadBytes, lookOnDisk, saveInPlace } from '../files';
import { XLSX_MIME } from '../host';
import type { Location, OpenedFile, WorkbookSession } from '../session';
import type { PageStrings } from '../strings';
import type { XlsxPort } from '../xlsx-port';
import type { WorkbookHost } from '../../ui/host';

export type Status = { intent: 'success' | 'error' | 'info'; title?: string; text: string } | null;

export interface PageFile {
  /** Bumped for every file opened or read again: the pane is remounted over the new content. */
  opened: number;
  plans: SheetPlan[];
  /** The first sheet of the latest generation: what the preview shows first. */
  latest: string | null;
  status: Status;
  setStatus(status: Status): void;
  busy: boolean;
  /** A source row to show beside the pane (an error's or an event's link). */
  location: { where: Location; sheet: SheetSnapshot | null } | null;
  closeLocation(): void;
  /** The print view, open on a sheet. */
  preview: { sheet: string | null } | null;
  setPreview(preview: { sheet: string | null } | null): void;
  /** 保存回原文件 waiting for its confirmation. */
  confirming: boolean;
  setConfirming(confirming: boolean): void;
  /** 保存回原文件 refused: the file changed on disk since it was read. */
  conflict: boolean;
  /** Summaries generated or rows imported since the last download or save: said beside the download. */
  unsaved: boolean;
  /** 「导入记录…」 open beside the pane, and the rows imported this visit (SPEC §9). */
  importing: boolean;
  setImporting(importing: boolean): void;
  imported: number;
  open(read: () => Promise<OpenedFile | null>): Promise<void>;
  download(): Promise<void>;
  saveBack(): Promise<void>;
  /** After a refused save: the file as it is now (the summaries must then be generated again). */
  reread(): Promise<void>;
  /** After a refused save: a copy downloaded instead. */
  downloadInstead(): void;
}

export function usePageFile(session: WorkbookSession, port: XlsxPort, host: WorkbookHost, s: PageStrings): PageFile {
  const [opened, setOpened] = useState(0);
  const [plans, setPlans] = useState<SheetPlan[]>([]);
  const [latest, setLatest] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [location, setLocation] = useState<PageFile['location']>(null);
  const [preview, setPreview] = useState<PageFile['preview']>(null);
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState(0);

  useEffect(
    () =>
      session.subscribe((e) => {
        if (e.type === 'opened') {
          setOpened((n) => n + 1);
          setPlans([]);
          setLocation(null);
          setConflict(false);
          setUnsaved(false);
          setImported(0);
          setImporting(false);
        } else if (e.type === 'imported') {
          setUnsaved(true);
          setImported(session.imported);
        } else if (e.type === 'saved') {
          setUnsaved(false);
        } else if (e.type === 'reread') {
          setUnsaved(false);
          setPlans([]);
          setLocation(null);
          setConflict(false);
          setStatus({ intent: 'info', title: s.rereadTitle, text: s.reread(session.file?.name ?? '', e.dropped) });
        } else if (e.type === 'generated') {
          setUnsaved(true);
          setPlans(session.plans);
          setLatest(e.plans[0]?.name ?? null);
          setLocation(null);
        } else if (e.type === 'show') {
          const where = e.location;
          setImporting(false);
          if (session.plans.some((p) => p.name === where.sheet)) {
            setPreview({ sheet: where.sheet });
            return;
          }
          void host.readSnapshot().then((snap) => setLocation({ where, sheet: snap.sheets.find((x) => x.name === where.sheet) ?? null }));
        }
      }),
    [session, host, s],
  );

  const failed = useCallback(
    (title: string, e: unknown) => setStatus({ intent: 'error', title, text: (e as Error)?.message ?? String(e) }),
    [],
  );

  const open = useCallback(
    async (read: () => Promise<OpenedFile | null>) => {
      setBusy(true);
      setStatus(null);
      setConfirming(false);
      try {
        const file = await read();
        if (!file) return;
        // Read before it counts as opened: a file the reader refuses is never shown as the page's
        // workbook, and the one open before stays open.
        const snapshot = await port.read(file.bytes, file.name);
        session.open(file);
        session.remember(snapshot);
      } catch (e) {
        // A closed picker is not a failure.
        if ((e as Error)?.name !== 'AbortError') failed(s.openFailed, e);
      } finally {
        setBusy(false);
      }
    },
    [session, port, s, failed],
  );

  const download = async () => {
    const bytes = session.current;
    if (!bytes) return;
    const name = session.downloadName;
    await downloadBytes(name, bytes, XLSX_MIME);
    session.saved('download', name);
    setStatus({ intent: 'success', text: s.downloaded(name) });
  };

  const saveBack = async () => {
    setConfirming(false);
    const file = session.file;
    const bytes = session.current;
    if (!file || !bytes) return;
    try {
      if (!file.handle) return await download();
      // Someone may have edited and saved the file in Excel since the page read it: writing now
      // would throw their edits away, so the page refuses and lets the user choose.
      if ((await lookOnDisk(file)).state !== 'same') {
        setStatus(null);
        setConflict(true);
        return;
      }
      await saveInPlace(file.handle, bytes);
      const now = await file.handle.getFile?.().catch(() => null);
      session.savedInPlace(now ? { size: now.size, lastModified: now.lastModified } : null);
      session.saved('in-place', file.name);
      setStatus({ intent: 'success', text: s.savedInPlace(file.name) });
    } catch (e) {
      failed(s.saveFailed, e);
    }
  };

  const reread = async () => {
    setConflict(false);
    try {
      await host.readSnapshot();
      setOpened((n) => n + 1); // a fresh pane over the content read now
    } catch (e) {
      failed(s.openFailed, e);
    }
  };

  const downloadInstead = () => {
    setConflict(false);
    void download();
  };

  return {
    opened,
    plans,
    latest,
    status,
    setStatus,
    busy,
    location,
    closeLocation: () => setLocation(null),
    preview,
    setPreview,
    confirming,
    setConfirming,
    conflict,
    unsaved,
    importing,
    // The import panel and a shown row share the side: opening one closes the other.
    setImporting: (on: boolean) => {
      setImporting(on);
      if (on) setLocation(null);
    },
    imported,
    open,
    download,
    saveBack,
    reread,
    downloadInstead,
  };
}
