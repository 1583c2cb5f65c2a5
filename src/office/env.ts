// The pane's start-up environment as Excel gives it: Office's display language and theme.
import { isDarkColor, languageFor, type PaneEnv } from '../ui/env';

/** Reads Office.context after Office.onReady; outside Office it falls back to Chinese, light. */
export function officeEnv(): PaneEnv {
  const context = typeof Office !== 'undefined' ? Office.context : undefined;
  return {
    language: languageFor(context?.displayLanguage),
    dark: isDarkColor(context?.officeTheme?.bodyBackgroundColor),
  };
}
