// Injected into the WPS pages by the end-to-end test before their own scripts (Playwright's init
// script), in place of what WPS injects: `window.Application` backed by the strict ET double
// holding the bundled sample, and `window.wps` with AddCustomFunction recording what registers.
import { sampleSheets } from '../../src/engine';
import { EtDouble } from '../doubles/et-double';

const et = new EtDouble({ date1904: 'missing' });
for (const sheet of sampleSheets()) et.addSheet(sheet.name, [sheet.columns.map((c) => c.header), ...sheet.rows]);
const app = et.application();
const registered: string[] = [];
const w = window as unknown as Record<string, unknown>;
w.Application = app;
w.wps = {
  EtApplication: () => app,
  AddCustomFunction: (namespace: string, name: string, fn: unknown) => {
    if (typeof fn !== 'function') throw new Error(`${namespace}.${name} is not a function`);
    registered.push(`${namespace}.${name}`);
  },
};
w.__etDouble = {
  registered,
  sheetNames: () => et.sheets.map((s) => s.name),
  values: (name: string) => et.valuesOf(name),
  formulas: (name: string) => et.formulaCount(name),
  page: (name: string) => et.sheet(name)?.page,
  names: () => et.names,
  panes: () => et.panes,
};
