// The task pane page in WPS (taskpane.html): the same React pane as in Excel, over the WPS
// implementation of the UI's workbook interface. WPS injects window.Application into pane pages.
//
// The pane of this revision still takes the Office-era `service` prop; the adapter below gives it
// the WorkbookHost's methods. When the pane takes a WorkbookHost (src/taskpane/host.ts), pass
// `host` directly and delete the adapter.
import './polyfills';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/components/App';
import { findApplication } from './app';
import { wpsWorkbookHost } from './host';
import type { WorkbookHost } from './types';

type Service = ComponentProps<typeof App>['service'];

export function serviceFor(host: WorkbookHost): Service {
  return {
    readSnapshot: () => host.readSnapshot(),
    renderPlans: (plans, onProgress) => host.renderPlans(plans, onProgress),
    createTemplate: () => host.createTemplate(),
    insertSample: () => host.insertSample(),
    selectCell: (sheet, row, column) => host.selectCell(sheet, row, column),
    // What this WPS host provides: named markers, print setup and drop-downs; the template's
    // event ranges are plain ranges (ET tables, ListObjects, are not used).
    requirements: () => ({ core: true, tables: false, conditionalFormats: false, dataValidation: true, pageLayout: true }),
  };
}

function mount(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const app = findApplication(window as unknown as Record<string, unknown>);
  if (!app) {
    container.textContent = '未找到 WPS 表格的 Application 对象:此页面只能作为 WPS 表格的任务窗格打开。';
    return;
  }
  document.documentElement.lang = 'zh-CN';
  // WPS exposes neither a display language nor a theme to add-ins: Chinese, light.
  createRoot(container).render(<App service={serviceFor(wpsWorkbookHost(app))} env={{ language: 'zh', dark: false }} />);
}

mount();
