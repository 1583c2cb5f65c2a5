// Opening the pane: Application.CreateTaskpane(url) once, its ID kept in PluginStorage (one store
// per add-in, shared by its pages) so later clicks show or hide the same pane. The documentation
// spells it CreateTaskpane/GetTaskpane, some templates CreateTaskPane/GetTaskPane: both are tried.
import { probe } from './app';
import { XL, type EtApplication, type EtTaskPane } from './et';

const PANE_KEY = 'qsassess.taskpane';

type PaneApi = { create(url: string): EtTaskPane; get(id: number | string): EtTaskPane | undefined };

function paneApi(app: EtApplication): PaneApi {
  const a = app as unknown as Record<string, unknown>;
  const pick = (...names: string[]) => names.find((n) => probe(() => typeof a[n] === 'function'));
  const create = pick('CreateTaskpane', 'CreateTaskPane');
  const get = pick('GetTaskpane', 'GetTaskPane');
  if (!create) throw new Error('此版本的 WPS 不支持任务窗格(Application.CreateTaskpane):请升级到 WPS 2019 或更高版本。');
  return {
    create: (url) => (a[create] as (u: string) => EtTaskPane).call(app, url),
    get: (id) => (get ? probe(() => (a[get] as (i: number | string) => EtTaskPane).call(app, id)) : undefined),
  };
}

/** The pane this add-in created earlier, when WPS still has it. */
function existingPane(app: EtApplication, api: PaneApi): EtTaskPane | undefined {
  const id = probe(() => app.PluginStorage.getItem(PANE_KEY));
  if (id === undefined || id === null || id === '') return undefined;
  return api.get(typeof id === 'number' ? id : Number.isNaN(Number(id)) ? String(id) : Number(id));
}

/** Shows the pane (creating it docked right on first use); `toggle` hides a visible one instead. */
export function showPane(app: EtApplication, url: string, toggle = false): EtTaskPane {
  const api = paneApi(app);
  const pane = existingPane(app, api);
  if (pane) {
    pane.Visible = toggle ? !pane.Visible : true;
    return pane;
  }
  const created = api.create(url);
  app.PluginStorage.setItem(PANE_KEY, String(created.ID));
  probe(() => (created.DockPosition = XL.dockRight));
  created.Visible = true;
  return created;
}
