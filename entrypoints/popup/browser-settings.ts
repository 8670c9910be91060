/** The settings store and the UI language for the extension's own pages (popup, options), over `browser.*`. */
import { readerLang } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { createSettingsStore, type SettingsStore } from '@/lib/settings/store.ts';

export function browserSettingsStore(): SettingsStore {
  return createSettingsStore({
    sync: browser.storage.sync,
    local: browser.storage.local,
    onChanged: (listener) => {
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  });
}

/** The browser's UI language as a reader language (fr, de, else en); also set as the page's `lang`. */
export function uiLang(): ReaderLang {
  const lang = readerLang(browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  return lang;
}
