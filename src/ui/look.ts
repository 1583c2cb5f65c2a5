// The pane's words and theme for its host's language and Office's theme. Chinese and the light
// theme are in the first load; the English words (i18n-en.ts) and the dark theme (theme-dark.ts)
// are chunks of their own, loaded before the pane mounts only where they are used (issue 21, the
// pane's weight; docs/BENCHMARKS.md). The browser page folds them into its one script.
import { useEffect, useState } from 'react';
import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { PaneEnv } from './env';
import { zh, type Strings } from './i18n';

export interface Look {
  strings: Strings;
  theme: Theme;
}

let english: Strings | null = null;
let dark: Theme | null = null;

/** The look for `env` if what it needs is loaded, else null. */
export function lookOf(env: PaneEnv): Look | null {
  const strings = env.language === 'en' ? english : zh;
  const theme = env.dark ? dark : webLightTheme;
  return strings && theme ? { strings, theme } : null;
}

/**
 * Loads what `env` needs. Never rejects: a chunk that cannot be fetched leaves the pane in Chinese
 * or light (for the rest of the visit) rather than blank.
 */
export async function loadLook(env: PaneEnv): Promise<Look> {
  await Promise.all([
    env.language === 'en' && !english
      ? import(/* webpackChunkName: "i18n-en" */ './i18n-en').then(
          (m) => (english = m.en),
          () => (english = zh),
        )
      : null,
    env.dark && !dark
      ? import(/* webpackChunkName: "theme-dark" */ './theme-dark').then(
          (m) => (dark = m.webDarkTheme),
          () => (dark = webLightTheme),
        )
      : null,
  ]);
  return lookOf(env)!;
}

/** The look for `env`: at once when mountPane loaded it first, otherwise after loading (null meanwhile). */
export function useLook(env: PaneEnv): Look | null {
  const [, setLoaded] = useState(0);
  const look = lookOf(env);
  const { language, dark: isDark } = env;
  useEffect(() => {
    if (look) return;
    let gone = false;
    void loadLook({ language, dark: isDark }).then(() => gone || setLoaded((n) => n + 1));
    return () => {
      gone = true;
    };
  }, [look, language, isDark]);
  return look;
}
