// The task pane page in WPS (taskpane.html): the same React pane as in Excel, over the WPS
// implementation of the UI's workbook interface. WPS injects window.Application into pane pages.
import './polyfills';
import { mountPane } from '../ui/mount';
import { findApplication } from './app';
import { wpsWorkbookHost } from './host';
import { readImportSource } from '../xlsx/import-source';

function mount(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const app = findApplication(window as unknown as Record<string, unknown>);
  if (!app) {
    container.textContent = '未找到 WPS 表格的 Application 对象:此页面只能作为 WPS 表格的任务窗格打开。';
    return;
  }
  // WPS exposes neither a display language nor a theme to add-ins: Chinese, light.
  mountPane(container, wpsWorkbookHost(app), { env: { language: 'zh', dark: false }, readImportSource });
}

mount();
