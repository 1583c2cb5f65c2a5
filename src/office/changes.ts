// Tells the pane when the user edits a sheet (worksheet onChanged, ExcelApi 1.9), so a list of
// errors on screen can say it may be out of date. Our own writes change sheets too: changes that
// arrive while one of our requests runs are not the user's and are dropped (ownWrites).
import type { OfficeHost } from './host';

/** Counts our own batches in flight; the host wraps every write in it. */
export class OwnWrites {
  private running = 0;
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
    }
  }
  get active(): boolean {
    return this.running > 0;
  }
}

/** Subscribes; resolves to an unsubscribe. Without ExcelApi 1.9 there are no events: a no-op. */
export async function onChanged(host: OfficeHost, own: OwnWrites, listener: () => void): Promise<() => Promise<void>> {
  if (!host.isSetSupported('ExcelApi', '1.9')) return async () => {};
  const registration = await host.run(async (context) => {
    const handle = context.workbook.worksheets.onChanged.add(async () => {
      if (!own.active) listener();
    });
    await context.sync();
    return handle;
  });
  // An event handler is removed through the context it was added in.
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
