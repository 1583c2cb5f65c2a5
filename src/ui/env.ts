// What the pane takes from its host at start-up: the language and the theme. Pure functions of
// Office's values, so tests can feed any combination.

export type Language = 'zh' | 'en';

/** Chinese unless Office's display language is something else (e.g. 'en-US', 'fr-FR'). */
export function languageFor(displayLanguage: string | undefined | null): Language {
  if (!displayLanguage) return 'zh';
  return /^zh\b/i.test(displayLanguage) ? 'zh' : 'en';
}

/** True when a '#RRGGBB' background is dark (relative luminance below one half). */
export function isDarkColor(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export interface PaneEnv {
  language: Language;
  dark: boolean;
}
