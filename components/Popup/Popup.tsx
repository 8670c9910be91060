/**
 * The toolbar popup: the page's terms (how many, the most frequent by type; a click reveals one on the page), the
 * per-site and pause switches, and the ways to the options page and the study panel. What it needs of the browser
 * is passed in (entrypoints/popup/main.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { ENTRY_TYPES, type EntryType, type ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { SETTINGS_STRINGS } from '@/lib/i18n/settings-strings.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import type { PageTerms } from '@/lib/messages/protocol.ts';
import { isActiveOn, type Settings, siteOrigin, withSite } from '@/lib/settings/settings.ts';

/** At most this many terms are listed (the most frequent), so the popup stays short. */
const TOP = 8;

export interface PopupPort {
  readonly lang: ReaderLang;
  /** The active tab's terms; undefined where the extension does not run. */
  readonly page: () => Promise<PageTerms | undefined>;
  readonly entry: (id: string) => Promise<EntryBody>;
  readonly reveal: (id: string, occurrence: number) => void;
  readonly settings: {
    get(): Promise<Settings>;
    set(partial: Partial<Settings>): Promise<void>;
    watch(listener: (s: Settings) => void): () => void;
  };
  readonly openOptions: () => void;
  /** Absent when this build has no side panel. */
  readonly openPanel?: () => void;
}

interface Listed {
  readonly id: string;
  readonly count: number;
  readonly title: string;
  readonly type: EntryType;
}

export function Popup({ port }: { port: PopupPort }) {
  const t = SETTINGS_STRINGS[port.lang];
  const types = UI_STRINGS[port.lang].types;
  const [settings, setSettings] = useState<Settings>();
  const [page, setPage] = useState<PageTerms | null>();
  const [listed, setListed] = useState<Listed[]>([]);

  useEffect(() => {
    void port.settings.get().then(setSettings);
    const unwatch = port.settings.watch(setSettings);
    void port.page().then(async (p) => {
      setPage(p ?? null);
      if (!p) return;
      const top = [...p.terms].sort((a, b) => b.occurrences.length - a.occurrences.length).slice(0, TOP);
      const bodies = await Promise.all(top.map((term) => port.entry(term.id).catch(() => undefined)));
      setListed(
        top.flatMap((term, i) => {
          const body = bodies[i];
          return body
            ? [{ id: term.id, count: term.occurrences.length, title: body.title[port.lang], type: body.type }]
            : [];
        }),
      );
    });
    return unwatch;
  }, [port]);

  const origin = page ? siteOrigin(page.url) : undefined;
  const siteOn = settings && origin ? !settings.disabledSites.includes(origin) : false;
  const active = settings && origin ? isActiveOn(settings, origin) : false;

  return (
    <main class="popup">
      <h1>{t.popupTitle}</h1>
      <p aria-live="polite" class="status">
        {page === undefined
          ? '…'
          : page === null
            ? t.unavailablePage
            : page.terms.length === 0
              ? t.noTerms
              : t.termsOnPage(page.terms.length)}
      </p>
      {settings && (
        <div class="switches">
          <label class="switch">
            <span>{t.highlightSite}</span>
            <input
              type="checkbox"
              id="site-switch"
              checked={siteOn}
              disabled={!origin}
              onChange={(e) => {
                if (origin)
                  void port.settings.set({
                    disabledSites: withSite(settings, origin, e.currentTarget.checked).disabledSites,
                  });
              }}
            />
          </label>
          <label class="switch">
            <span>{t.pauseEverywhere}</span>
            <input
              type="checkbox"
              id="pause-switch"
              checked={settings.paused}
              onChange={(e) => void port.settings.set({ paused: e.currentTarget.checked })}
            />
          </label>
        </div>
      )}
      {active &&
        ENTRY_TYPES.filter((type) => listed.some((l) => l.type === type)).map((type) => (
          <section key={type} aria-labelledby={`type-${type}`}>
            <h2 id={`type-${type}`}>{types[type]}</h2>
            <ul class="plain terms">
              {listed
                .filter((l) => l.type === type)
                .map((l) => (
                  <li key={l.id}>
                    <button type="button" class="term" data-id={l.id} onClick={() => port.reveal(l.id, 0)}>
                      {l.title} <span class="muted">×{l.count}</span>
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      <nav class="row">
        <button type="button" id="open-options" onClick={port.openOptions}>
          {t.openOptions}
        </button>
        {port.openPanel && (
          <button type="button" id="open-panel" onClick={port.openPanel}>
            {t.openPanel}
          </button>
        )}
      </nav>
    </main>
  );
}
