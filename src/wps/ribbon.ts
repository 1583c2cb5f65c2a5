// The ribbon tab 优质服务考核 (ribbon.xml beside this file): its callbacks, which WPS looks up as
// globals on the add-in's hidden page (index.html). They return at once — async ribbon callbacks
// broke the ribbon in some WPS builds (WPS.md §4) — and do the work on the next tick.
import { findApplication } from './app';
import { runCommand, type AskPeriod, type Command } from './commands';
import type { EtApplication } from './et';
import { showPane } from './taskpane';

export const BUTTONS = {
  btnQsPane: { label: '打开考核窗格', image: 'images/pane.svg' },
  btnQsValidate: { label: '校验', image: 'images/validate.svg', command: 'validate' },
  btnQsQuarter: { label: '生成季度汇总', image: 'images/quarter.svg', command: 'quarter' },
  btnQsYear: { label: '生成年度汇总', image: 'images/year.svg', command: 'year' },
  btnQsPublish: { label: '发布结果', image: 'images/publish.svg', command: 'publish' },
} as const satisfies Record<string, { label: string; image: string; command?: Command }>;

export type ButtonId = keyof typeof BUTTONS;

export interface RibbonDeps {
  app: () => EtApplication | null;
  /** The pane page, relative to index.html. */
  paneUrl: () => string;
  /** Shows a message (alert in WPS: a modal box, which is what a finished command wants). */
  notify: (message: string) => void;
  /** Asks for the period before writing (prompt in WPS: a modal box with the default filled in). */
  ask: AskPeriod;
  /** The user's clock: picks the default period (the last completed quarter with events). */
  today: () => Date;
  /** Runs work after the callback has returned. */
  later: (work: () => void) => void;
}

/** The pane's address next to index.html, whatever server or folder the add-in is loaded from. */
export function paneUrlFrom(href: string): string {
  return new URL('taskpane.html', href).href;
}

export function ribbonCallbacks(deps: RibbonDeps) {
  const withApp = (work: (app: EtApplication) => void | Promise<void>) => {
    const app = deps.app();
    if (!app) {
      deps.notify('未找到 WPS 表格的 Application 对象:此加载项只能在 WPS 表格中运行。');
      return;
    }
    deps.later(() => {
      Promise.resolve()
        .then(() => work(app))
        .catch((e: unknown) => deps.notify(e instanceof Error ? e.message : String(e)));
    });
  };
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: { Id: string }): boolean {
      const button = BUTTONS[control.Id as ButtonId];
      if (!button) return true;
      if (!('command' in button)) {
        withApp((app) => void showPane(app, deps.paneUrl(), true));
        return true;
      }
      withApp(async (app) => {
        const outcome = await runCommand(app, button.command, deps.ask, deps.today());
        if (outcome.openPane) showPane(app, deps.paneUrl());
        if (outcome.message) deps.notify(outcome.message);
      });
      return true;
    },
    GetImage(control: { Id: string }): string {
      return BUTTONS[control.Id as ButtonId]?.image ?? 'images/pane.svg';
    },
    OnGetEnabled(): boolean {
      return true;
    },
  };
}

/** Installs the callbacks as the globals ribbon.xml names. */
export function installRibbon(scope: Record<string, unknown>, deps?: Partial<RibbonDeps>): ReturnType<typeof ribbonCallbacks> {
  const callbacks = ribbonCallbacks({
    app: () => findApplication(scope),
    paneUrl: () => paneUrlFrom(String((scope.location as Location | undefined)?.href ?? 'http://localhost/')),
    notify: (m) => (scope.alert as (m: string) => void)(m),
    today: () => new Date(),
    ask: (question, proposed) => (scope.prompt as (q: string, d: string) => string | null)(question, proposed),
    later: (w) => setTimeout(w, 0),
    ...deps,
  });
  Object.assign(scope, callbacks);
  return callbacks;
}
