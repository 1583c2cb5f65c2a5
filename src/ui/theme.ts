// The Fluent theme that matches Office's: dark when Office's body background is dark.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export function themeFor(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
