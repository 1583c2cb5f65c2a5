// Both languages at once, for what carries them anyway: the browser page (one script) and tests.
// The Excel and WPS panes import i18n.ts and load the English words on demand (look.ts).
import type { Language } from './env';
import { zh, type Strings } from './i18n';
import { en } from './i18n-en';

export * from './i18n';

export const STRINGS: Record<Language, Strings> = { zh, en };
