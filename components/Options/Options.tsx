/**
 * The options page: every setting (lib/settings/), the editable list of sites where the extension is off, the
 * keyboard shortcuts with the way to the browser's shortcut settings, and a reset. Each change is saved at once;
 * open tabs follow it live. What it needs of the browser is passed in (entrypoints/options/main.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { ENTRY_TYPES, type ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { SETTINGS_STRINGS } from '@/lib/i18n/settings-strings.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import {
  CARD_LANGUAGES,
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MS,
  type Settings,
  siteOrigin,
} from '@/lib/settings/settings.ts';
import type { PopupPort } from '../Popup/Popup.tsx';

export interface Shortcut {
  readonly name: string;
  readonly shortcut: string;
}

export interface OptionsPort {
  readonly lang: ReaderLang;
  readonly settings: PopupPort['settings'];
  readonly shortcuts: () => Promise<readonly Shortcut[]>;
  /** Opens the browser's own shortcut settings (Chrome's page, or Firefox's add-ons manager). */
  readonly openShortcutSettings: () => void;
  readonly isFirefox: boolean;
}

export function Options({ port }: { port: OptionsPort }) {
  const t = SETTINGS_STRINGS[port.lang];
  const types = UI_STRINGS[port.lang].types;
  const [settings, setSettings] = useState<Settings>();
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[]>([]);
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void port.settings.get().then(setSettings);
    void port.shortcuts().then(setShortcuts);
    return port.settings.watch(setSettings);
  }, [port]);
  if (!settings) return <main aria-busy="true" />;

  const save = (partial: Partial<Settings>) => {
    void port.settings.set(partial).then(() => setStatus(t.saved));
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const typed = newSite.trim();
    const origin = siteOrigin(/^[a-z]+:/i.test(typed) ? typed : `https://${typed}`);
    if (!origin || (origin === 'file://' && !typed.startsWith('file:'))) {
      setSiteError(true);
      return;
    }
    setSiteError(false);
    setNewSite('');
    if (!settings.disabledSites.includes(origin)) save({ disabledSites: [...settings.disabledSites, origin] });
  };

  return (
    <main class="options">
      <h1>{t.optionsTitle}</h1>
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset>
        <legend>{t.cardLanguage}</legend>
        {CARD_LANGUAGES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="cardLanguage"
              value={value}
              checked={settings.cardLanguage === value}
              onChange={() => save({ cardLanguage: value })}
            />
            {t.cardLanguages[value]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t.highlightStyle}</legend>
        {HIGHLIGHT_STYLES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => save({ highlightStyle: value })}
            />
            {t.highlightStyles[value]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t.entryTypes}</legend>
        {ENTRY_TYPES.map((type) => (
          <label key={type} class="choice">
            <input
              type="checkbox"
              name="entryTypes"
              value={type}
              checked={settings.entryTypes.includes(type)}
              onChange={(e) =>
                save({
                  entryTypes: e.currentTarget.checked
                    ? [...settings.entryTypes, type]
                    : settings.entryTypes.filter((x) => x !== type),
                })
              }
            />
            {types[type]}
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="hover-delay">{t.hoverDelay}</label>
        <input
          id="hover-delay"
          type="number"
          min={HOVER_DELAY_MS.min}
          max={HOVER_DELAY_MS.max}
          step={HOVER_DELAY_MS.step}
          value={settings.hoverDelayMs}
          aria-describedby="hover-delay-help"
          onChange={(e) => {
            const ms = Math.round(e.currentTarget.valueAsNumber);
            if (Number.isFinite(ms) && ms >= HOVER_DELAY_MS.min && ms <= HOVER_DELAY_MS.max) save({ hoverDelayMs: ms });
          }}
        />
        <p id="hover-delay-help" class="muted">
          {t.hoverDelayHelp}
        </p>
      </div>

      <div class="field">
        <label class="switch">
          <span>{t.pauseEverywhere}</span>
          <input
            type="checkbox"
            id="paused"
            checked={settings.paused}
            onChange={(e) => save({ paused: e.currentTarget.checked })}
          />
        </label>
        <label class="switch">
          <span>{t.badge}</span>
          <input
            type="checkbox"
            id="badge"
            aria-describedby="badge-help"
            checked={settings.badge}
            onChange={(e) => save({ badge: e.currentTarget.checked })}
          />
        </label>
        <p id="badge-help" class="muted">
          {t.badgeHelp}
        </p>
      </div>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t.sites}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t.noSites}</p>
        ) : (
          <ul class="plain sites">
            {settings.disabledSites.map((origin) => (
              <li key={origin} class="row">
                <span class="origin">{origin}</span>
                <button
                  type="button"
                  aria-label={t.removeSite(origin)}
                  title={t.removeSite(origin)}
                  onClick={() => save({ disabledSites: settings.disabledSites.filter((o) => o !== origin) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite}>
          <label for="new-site">{t.addSiteLabel}</label>
          <input
            id="new-site"
            type="text"
            inputMode="url"
            placeholder="https://example.org"
            value={newSite}
            aria-invalid={siteError}
            aria-describedby={siteError ? 'new-site-error' : undefined}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit">{t.addSite}</button>
          {siteError && (
            <p id="new-site-error" role="alert">
              {t.invalidSite}
            </p>
          )}
        </form>
      </section>

      <section aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t.shortcuts}</h2>
        <table>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <th scope="row">{t.commands[s.name as keyof typeof t.commands] ?? s.name}</th>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t.notSet}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t.shortcutsHelp}{' '}
          <button type="button" class="link-button" id="open-shortcuts" onClick={port.openShortcutSettings}>
            {port.isFirefox ? 'about:addons' : 'chrome://extensions/shortcuts'}
          </button>
        </p>
        {port.isFirefox && <p class="muted">{t.shortcutsFirefox}</p>}
      </section>

      <p>
        <button
          type="button"
          id="reset"
          onClick={() => void port.settings.set(DEFAULT_SETTINGS).then(() => setStatus(t.resetDone))}
        >
          {t.reset}
        </button>
      </p>
    </main>
  );
}
