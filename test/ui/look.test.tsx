/** @jest-environment jsdom */
// The pane's words and theme (src/ui/look.ts): Chinese and light are there at once; English and
// dark are loaded on demand (chunks of their own in the Excel pane), and a pane rendered before
// they are in shows once they are, in its language and theme.
import './setup-dom';
import { render, screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/ui/components/App';
import { officeWorkbookHost } from '../../src/office';
import { loadLook, lookOf } from '../../src/ui/look';
import { STRINGS } from '../../src/ui/strings';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

// First in the file: nothing is loaded yet.
test('a pane rendered in English before its words are loaded shows in English once they are', async () => {
  expect(lookOf({ language: 'en', dark: false })).toBeNull();
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  render(<App host={officeWorkbookHost(doubleHost(excel))} env={{ language: 'en', dark: false }} />);
  expect(document.body.textContent).toBe('');
  expect(await screen.findByRole('heading', { level: 1, name: STRINGS.en.appTitle })).toBeTruthy();
});

test('Chinese and light need nothing loaded; English and dark are loaded once, then known at once', async () => {
  expect(lookOf({ language: 'zh', dark: false })).toEqual({ strings: STRINGS.zh, theme: webLightTheme });
  expect(lookOf({ language: 'zh', dark: true })).toBeNull();
  expect(await loadLook({ language: 'en', dark: true })).toEqual({ strings: STRINGS.en, theme: webDarkTheme });
  expect(lookOf({ language: 'en', dark: false })).toEqual({ strings: STRINGS.en, theme: webLightTheme });
});
