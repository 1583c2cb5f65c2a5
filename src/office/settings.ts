// Values kept in the workbook itself (Excel's add-in settings, ExcelApi 1.4), so the next person
// who opens the file finds the period that was chosen last. One request each.
import { toWorkbookError } from './errors';
import type { OfficeHost } from './host';

/** Our keys are prefixed, so they cannot collide with another add-in's settings in the same book. */
const PREFIX = 'QSAssess.';

export async function loadSetting(host: OfficeHost, key: string): Promise<string | null> {
  if (!host.isSetSupported('ExcelApi', '1.4')) return null;
  try {
    return await host.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(PREFIX + key);
      item.load('value');
      await context.sync();
      return item.isNullObject || typeof item.value !== 'string' ? null : item.value;
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export async function saveSetting(host: OfficeHost, key: string, value: string): Promise<void> {
  if (!host.isSetSupported('ExcelApi', '1.4')) return;
  try {
    await host.run(async (context) => {
      context.workbook.settings.add(PREFIX + key, value);
      await context.sync();
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}
