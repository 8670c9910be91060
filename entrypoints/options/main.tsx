/** The options page's wiring: the settings store, the manifest's commands, the browser's shortcut settings. */
import { render } from 'preact';
import { Options, type OptionsPort } from '@/components/Options/Options.tsx';
import '@/components/Settings/settings.css';
import { SETTINGS_STRINGS } from '@/lib/i18n/settings-strings.ts';
import { browserSettingsStore, uiLang } from '../popup/browser-settings.ts';

const lang = uiLang();
document.title = SETTINGS_STRINGS[lang].optionsTitle;
const isFirefox = import.meta.env.FIREFOX;
const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

const port: OptionsPort = {
  lang,
  settings: browserSettingsStore(),
  isFirefox,
  shortcuts: async () =>
    (await browser.commands.getAll()).flatMap((c) =>
      c.name && c.name !== '_execute_action' && c.name !== '_execute_browser_action'
        ? [{ name: c.name, shortcut: c.shortcut ?? '' }]
        : [],
    ),
  openShortcutSettings: () => {
    // Firefox (137+) opens its own shortcut manager; Chrome's page is reachable only through tabs.create.
    if (commands.openShortcutSettings) void commands.openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  },
};

render(<Options port={port} />, document.getElementById('app')!);
