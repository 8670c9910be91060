// @vitest-environment happy-dom
/**
 * The popup and the options page over fake ports: the page's terms grouped by type, the switches' writes, the site
 * list's validation, reset, and each UI language. Real browsers run them in tests/e2e/settings.e2e.ts (axe too).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { Options, type OptionsPort } from '@/components/Options/Options.tsx';
import { Popup, type PopupPort } from '@/components/Popup/Popup.tsx';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { SETTINGS_STRINGS } from '@/lib/i18n/settings-strings.ts';
import type { PageTerms } from '@/lib/messages/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings.ts';

function fakeSettings(initial: Settings = DEFAULT_SETTINGS) {
  let current = initial;
  const writes: Partial<Settings>[] = [];
  const listeners: ((s: Settings) => void)[] = [];
  return {
    writes,
    store: {
      get: async () => current,
      async set(partial: Partial<Settings>) {
        writes.push(partial);
        current = { ...current, ...partial };
        for (const l of listeners) l(current);
      },
      watch(l: (s: Settings) => void) {
        listeners.push(l);
        return () => undefined;
      },
    },
  };
}

const occurrence = { text: 'x', context: 'x', start: 0, end: 1 };
const PAGE: PageTerms = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'fr',
  terms: [
    { id: 'astana', occurrences: [occurrence, occurrence, occurrence] },
    { id: 'abai', occurrences: [occurrence] },
    { id: 'almaty', occurrences: [occurrence, occurrence] },
  ],
};
const BODIES: Record<string, Partial<EntryBody>> = {
  astana: { type: 'place', title: { en: 'Astana', fr: 'Astana', de: 'Astana' } },
  almaty: { type: 'place', title: { en: 'Almaty', fr: 'Almaty', de: 'Almaty' } },
  abai: { type: 'person', title: { en: 'Abai', fr: 'Abaï', de: 'Abai' } },
};

const flush = async () => {
  for (let i = 0; i < 4; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};
let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

function popupPort(lang: ReaderLang, page: PageTerms | undefined, settings = fakeSettings()) {
  const revealed: [string, number][] = [];
  const port: PopupPort = {
    lang,
    page: async () => page,
    entry: async (id) => BODIES[id] as EntryBody,
    reveal: (id, n) => void revealed.push([id, n]),
    settings: settings.store,
    openOptions: () => undefined,
  };
  return { port, revealed, settings };
}

describe('Popup', () => {
  it('lists the most frequent terms by type and reveals one on click', async () => {
    const { port, revealed } = popupPort('fr', PAGE);
    render(<Popup port={port} />, root);
    await flush();
    expect(root.querySelector('.status')!.textContent).toBe(SETTINGS_STRINGS.fr.termsOnPage(3));
    const groups = [...root.querySelectorAll('section')].map((s) => [
      s.querySelector('h2')!.textContent,
      [...s.querySelectorAll('button')].map((b) => b.dataset.id),
    ]);
    expect(groups).toEqual([
      ['Lieu', ['astana', 'almaty']],
      ['Personne', ['abai']],
    ]);
    (root.querySelector('button[data-id="abai"]') as HTMLButtonElement).click();
    expect(revealed).toEqual([['abai', 0]]);
    expect(root.querySelector('#open-panel')).toBeNull();
  });

  it('turns the site off and on, and pauses everywhere', async () => {
    const { port, settings } = popupPort('en', PAGE);
    render(<Popup port={port} />, root);
    await flush();
    const site = root.querySelector('#site-switch') as HTMLInputElement;
    expect(site.checked).toBe(true);
    await act(() => site.click());
    await flush();
    expect(settings.writes.at(-1)).toEqual({ disabledSites: ['https://news.example'] });
    expect((root.querySelector('#site-switch') as HTMLInputElement).checked).toBe(false);
    expect(root.querySelectorAll('section')).toHaveLength(0);
    await act(() => (root.querySelector('#site-switch') as HTMLInputElement).click());
    await flush();
    expect(settings.writes.at(-1)).toEqual({ disabledSites: [] });
    await act(() => (root.querySelector('#pause-switch') as HTMLInputElement).click());
    expect(settings.writes.at(-1)).toEqual({ paused: true });
  });

  it('says where it does not run, with the site switch disabled', async () => {
    const { port } = popupPort('de', undefined);
    render(<Popup port={port} />, root);
    await flush();
    expect(root.querySelector('.status')!.textContent).toBe(SETTINGS_STRINGS.de.unavailablePage);
    expect((root.querySelector('#site-switch') as HTMLInputElement).disabled).toBe(true);
  });
});

function optionsPort(settings = fakeSettings()) {
  let opened = 0;
  const port: OptionsPort = {
    lang: 'en',
    settings: settings.store,
    isFirefox: false,
    shortcuts: async () => [
      { name: 'next-term', shortcut: 'Alt+Shift+Right' },
      { name: 'toggle-site', shortcut: '' },
    ],
    openShortcutSettings: () => void opened++,
  };
  return { port, settings, opened: () => opened };
}

describe('Options', () => {
  it('saves each setting as it changes', async () => {
    const { port, settings } = optionsPort();
    render(<Options port={port} />, root);
    await flush();
    await act(() => (root.querySelector('input[name="cardLanguage"][value="de"]') as HTMLInputElement).click());
    await act(() => (root.querySelector('input[name="highlightStyle"][value="modifier"]') as HTMLInputElement).click());
    await act(() => (root.querySelector('input[name="entryTypes"][value="person"]') as HTMLInputElement).click());
    await act(() => (root.querySelector('#badge') as HTMLInputElement).click());
    expect(settings.writes).toEqual([
      { cardLanguage: 'de' },
      { highlightStyle: 'modifier' },
      { entryTypes: DEFAULT_SETTINGS.entryTypes.filter((t) => t !== 'person') },
      { badge: true },
    ]);
  });

  it('adds a site as its origin, refuses what is no web address, and removes one', async () => {
    const { port, settings } = optionsPort();
    render(<Options port={port} />, root);
    await flush();
    const add = async (text: string) => {
      const input = root.querySelector('#new-site') as HTMLInputElement;
      input.value = text;
      await act(() => {
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => (root.querySelector('form') as HTMLFormElement).requestSubmit());
      await flush();
    };
    await add('news.example/some/page');
    expect(settings.writes.at(-1)).toEqual({ disabledSites: ['https://news.example'] });
    await add('not a site');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(SETTINGS_STRINGS.en.invalidSite);
    expect(settings.writes).toHaveLength(1);
    await act(() => (root.querySelector('.sites button') as HTMLButtonElement).click());
    await flush();
    expect(settings.writes.at(-1)).toEqual({ disabledSites: [] });
  });

  it('shows the shortcuts, links to the browser’s shortcut settings, and resets', async () => {
    const { port, settings, opened } = optionsPort(fakeSettings({ ...DEFAULT_SETTINGS, paused: true }));
    render(<Options port={port} />, root);
    await flush();
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['Next termAlt+Shift+Right', `Toggle this site${SETTINGS_STRINGS.en.notSet}`]);
    (root.querySelector('#open-shortcuts') as HTMLButtonElement).click();
    expect(opened()).toBe(1);
    await act(() => (root.querySelector('#reset') as HTMLButtonElement).click());
    expect(settings.writes.at(-1)).toEqual(DEFAULT_SETTINGS);
  });
});
