/**
 * Settings as data: the field-by-field parser (a corrupt, foreign or truncated value costs only its own field, with
 * a warning; the per-site list is never lost), migrations, the store over in-memory storage areas, the page's
 * decision and which parts restart.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ENTRY_TYPES } from '@/lib/glossary/vocabulary.ts';
import { type PageSettings, pageChange, pageSettings } from '@/lib/settings/page-settings.ts';
import {
  checkedPartial,
  migrate,
  parseDisabledSites,
  parseSyncedSettings,
  SETTINGS_VERSION,
} from '@/lib/settings/schema.ts';
import {
  DEFAULT_SETTINGS,
  isActiveAt,
  isActiveOn,
  type Settings,
  SITES_KEY,
  SYNC_KEY,
  siteOrigin,
  withSite,
} from '@/lib/settings/settings.ts';
import { createSettingsStore, type StorageAreaLike, type StorageChangeListener } from '@/lib/settings/store.ts';

const { disabledSites: _, ...SYNC_DEFAULTS } = DEFAULT_SETTINGS;

function collect() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => void warnings.push(m) };
}

describe('parseSyncedSettings', () => {
  it('gives the defaults, silently, when nothing was ever stored', () => {
    const { warnings, warn } = collect();
    expect(parseSyncedSettings(undefined, warn)).toEqual(SYNC_DEFAULTS);
    expect(warnings).toEqual([]);
  });

  it('keeps every valid field', () => {
    const stored = {
      version: 1,
      cardLanguage: 'de',
      highlightStyle: 'underline',
      entryTypes: ['place', 'person'],
      hoverDelayMs: 400,
      paused: true,
      badge: true,
    };
    const { warnings, warn } = collect();
    const { version: _v, ...fields } = stored;
    expect(parseSyncedSettings(stored, warn)).toEqual(fields);
    expect(warnings).toEqual([]);
  });

  it('replaces a field of the wrong type by its default only, with a warning', () => {
    const { warnings, warn } = collect();
    const parsed = parseSyncedSettings({ cardLanguage: 'fr', hoverDelayMs: 'slow', paused: 'yes' }, warn);
    expect(parsed).toEqual({ ...SYNC_DEFAULTS, cardLanguage: 'fr' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('"hoverDelayMs"');
    expect(warnings[1]).toContain('"paused"');
  });

  it('ignores an unknown field, with a warning, and keeps the rest', () => {
    const { warnings, warn } = collect();
    expect(parseSyncedSettings({ badge: true, theme: 'dark' }, warn)).toEqual({ ...SYNC_DEFAULTS, badge: true });
    expect(warnings).toEqual(['settings: unknown field "theme" ignored']);
  });

  it('reads JSON text, and gives the defaults for truncated JSON, with a warning', () => {
    const { warnings, warn } = collect();
    expect(parseSyncedSettings('{"badge":true}', warn)).toEqual({ ...SYNC_DEFAULTS, badge: true });
    expect(parseSyncedSettings('{"badge":true,"cardLang', warn)).toEqual(SYNC_DEFAULTS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('not valid JSON');
  });

  it('gives the defaults for a value that is no object', () => {
    for (const raw of [null, 42, true, ['fr']]) {
      const { warnings, warn } = collect();
      expect(parseSyncedSettings(raw, warn)).toEqual(SYNC_DEFAULTS);
      expect(warnings).toHaveLength(1);
    }
  });

  it('refuses an out-of-range delay and an unknown entry type', () => {
    const { warn } = collect();
    expect(parseSyncedSettings({ hoverDelayMs: -5 }, warn).hoverDelayMs).toBe(150);
    expect(parseSyncedSettings({ hoverDelayMs: 2001 }, warn).hoverDelayMs).toBe(150);
    expect(parseSyncedSettings({ hoverDelayMs: 12.5 }, warn).hoverDelayMs).toBe(150);
    expect(parseSyncedSettings({ entryTypes: ['place', 'planet'] }, warn).entryTypes).toEqual(ENTRY_TYPES);
    expect(parseSyncedSettings({ entryTypes: ['place', 'place'] }, warn).entryTypes).toEqual(['place']);
  });

  it('never throws and always gives a complete, valid value (any stored value)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.json(),
          fc.dictionary(fc.constantFrom(...Object.keys(SYNC_DEFAULTS), 'x'), fc.anything()),
        ),
        (raw) => {
          const parsed = parseSyncedSettings(raw, () => undefined);
          expect(Object.keys(parsed).sort()).toEqual(Object.keys(SYNC_DEFAULTS).sort());
          expect(() => checkedPartial(parsed)).not.toThrow();
        },
      ),
    );
  });
});

describe('migrate', () => {
  const migrations = {
    1: (v: Record<string, unknown>) => ({ ...v, b: v.a, a: undefined }),
    2: (v: Record<string, unknown>) => ({ ...v, c: 'added in 3' }),
  };
  it('applies each step from the stored version up', () => {
    expect(migrate({ version: 1, a: 5 }, migrations, 3, () => undefined)).toMatchObject({ b: 5, c: 'added in 3' });
    expect(migrate({ version: 2, b: 6 }, migrations, 3, () => undefined)).toEqual({
      version: 2,
      b: 6,
      c: 'added in 3',
    });
  });
  it('reads a newer version as it is, with a warning', () => {
    const { warnings, warn } = collect();
    expect(migrate({ version: 9, b: 1 }, migrations, 3, warn)).toEqual({ version: 9, b: 1 });
    expect(warnings).toHaveLength(1);
  });
  it('treats a value without a version as version 1', () => {
    expect(migrate({ a: 1 }, migrations, 2, () => undefined)).toMatchObject({ b: 1 });
  });
});

describe('parseDisabledSites', () => {
  it('keeps every valid origin and drops each bad item alone', () => {
    const { warnings, warn } = collect();
    const raw = [
      'https://a.example',
      42,
      'https://a.example',
      'not a url',
      'https://b.example/path',
      'http://c.example:8080',
      'file://',
    ];
    expect(parseDisabledSites(raw, warn)).toEqual(['https://a.example', 'http://c.example:8080', 'file://']);
    expect(warnings).toHaveLength(3);
  });
  it('reads JSON text and survives truncated text', () => {
    const { warn } = collect();
    expect(parseDisabledSites('["https://a.example"]', warn)).toEqual(['https://a.example']);
    expect(parseDisabledSites('["https://a.exa', warn)).toEqual([]);
    expect(parseDisabledSites({ 0: 'https://a.example' }, warn)).toEqual([]);
  });
  it('loses no valid origin, whatever else the list holds', () => {
    const origin = fc.webUrl().map((u) => new URL(u).origin);
    fc.assert(
      fc.property(fc.array(fc.oneof(origin, fc.anything())), (items) => {
        const kept = parseDisabledSites(items, () => undefined);
        for (const item of items) {
          if (typeof item === 'string' && /^https?:/.test(item) && new URL(item).origin === item)
            expect(kept).toContain(item);
        }
      }),
    );
  });
});

describe('settings rules', () => {
  it('isActiveOn: off where paused or listed', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['https://a.example'] };
    expect(isActiveOn(s, 'https://a.example')).toBe(false);
    expect(isActiveOn(s, 'https://b.example')).toBe(true);
    expect(isActiveOn({ ...s, paused: true }, 'https://b.example')).toBe(false);
  });
  it('isActiveAt: a frame’s URL decides by its site; a frame without one, or no URL, by the pause alone', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['https://a.example', 'file://'] };
    expect(isActiveAt(s, 'https://a.example/news/1')).toBe(false);
    expect(isActiveAt(s, 'file:///home/me/a.html')).toBe(false);
    expect(isActiveAt(s, 'https://b.example/')).toBe(true);
    expect(isActiveAt(s, 'about:blank')).toBe(true);
    expect(isActiveAt(s, undefined)).toBe(true);
    expect(isActiveAt({ ...s, paused: true }, 'about:srcdoc')).toBe(false);
    expect(isActiveAt({ ...s, paused: true }, 'https://b.example/')).toBe(false);
  });
  it('siteOrigin: http(s) origins, one for local files, none for browser pages', () => {
    expect(siteOrigin('https://a.example:8443/x?y#z')).toBe('https://a.example:8443');
    expect(siteOrigin('file:///home/me/a.html')).toBe('file://');
    expect(siteOrigin('chrome://extensions')).toBeUndefined();
    expect(siteOrigin('nonsense')).toBeUndefined();
  });
  it('withSite turns one site off and on, without repeats', () => {
    const off = withSite(withSite(DEFAULT_SETTINGS, 'https://a.example', false), 'https://a.example', false);
    expect(off.disabledSites).toEqual(['https://a.example']);
    expect(withSite(off, 'https://a.example', true).disabledSites).toEqual([]);
  });
  it('checkedPartial throws on a bad change', () => {
    expect(() => checkedPartial({ hoverDelayMs: -1 })).toThrow();
    expect(() => checkedPartial({ disabledSites: ['x'] })).toThrow();
    expect(() => checkedPartial({ nope: 1 } as never)).toThrow();
  });
});

describe('pageSettings and pageChange', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, entryTypes: ['person', 'place'] };
  it('resolves the card language from the page and keeps types in ENTRY_TYPES order', () => {
    const p = pageSettings(settings, 'https://a.example', 'fr-CA');
    expect(p).toEqual({
      active: true,
      cardLang: 'fr',
      hoverDelayMs: 150,
      highlightStyle: 'tint',
      entryTypes: ['place', 'person'],
    });
    expect(pageSettings({ ...settings, cardLanguage: 'de' }, 'https://a.example', 'fr').cardLang).toBe('de');
    expect(pageSettings({ ...settings, paused: true }, 'https://a.example', 'fr').active).toBe(false);
  });
  const base: PageSettings = pageSettings(DEFAULT_SETTINGS, 'https://a.example', 'en');
  it('starts everything from nothing, stops everything when turned off', () => {
    expect(pageChange(undefined, base)).toEqual({ stop: false, read: true, cards: true, restyle: true });
    expect(pageChange(base, { ...base, active: false })).toEqual({
      stop: true,
      read: false,
      cards: false,
      restyle: false,
    });
    expect(pageChange(undefined, { ...base, active: false }).stop).toBe(false);
  });
  it('restarts only what a change needs', () => {
    expect(pageChange(base, { ...base, cardLang: 'de' })).toEqual({
      stop: false,
      read: false,
      cards: true,
      restyle: false,
    });
    expect(pageChange(base, { ...base, hoverDelayMs: 500 })).toEqual({
      stop: false,
      read: false,
      cards: true,
      restyle: false,
    });
    expect(pageChange(base, { ...base, highlightStyle: 'underline' })).toEqual({
      stop: false,
      read: false,
      cards: false,
      restyle: true,
    });
    expect(pageChange(base, { ...base, entryTypes: ['place'] })).toEqual({
      stop: false,
      read: true,
      cards: true,
      restyle: true,
    });
    expect(pageChange(base, base)).toEqual({ stop: false, read: false, cards: false, restyle: false });
  });
});

/** A storage area in memory, with `storage.onChanged`'s shape of events. */
function memoryAreas() {
  const listeners: StorageChangeListener[] = [];
  const area = (
    name: string,
    data: Record<string, unknown> = {},
  ): StorageAreaLike & { data: Record<string, unknown> } => ({
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    async set(items) {
      Object.assign(data, structuredClone(items));
      for (const l of listeners)
        l(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), name);
    },
  });
  const sync = area('sync');
  const local = area('local');
  const onChanged = (l: StorageChangeListener) => {
    listeners.push(l);
    return () => void listeners.splice(listeners.indexOf(l), 1);
  };
  return { sync, local, onChanged };
}

describe('createSettingsStore', () => {
  it('gives the defaults on first run and writes the synced part with its version', async () => {
    const areas = memoryAreas();
    const store = createSettingsStore({ ...areas, warn: () => undefined });
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    await store.set({ cardLanguage: 'fr' });
    expect(areas.sync.data[SYNC_KEY]).toEqual({ ...SYNC_DEFAULTS, cardLanguage: 'fr', version: SETTINGS_VERSION });
    expect(areas.local.data[SITES_KEY]).toBeUndefined();
    await store.set({ disabledSites: ['https://a.example'] });
    expect(areas.local.data[SITES_KEY]).toEqual(['https://a.example']);
    expect(await store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      cardLanguage: 'fr',
      disabledSites: ['https://a.example'],
    });
  });

  it('keeps the per-site list when the synced settings are corrupt, and repairs them on the next write', async () => {
    const areas = memoryAreas();
    areas.sync.data[SYNC_KEY] = '{"cardLanguage":"de","pau';
    areas.local.data[SITES_KEY] = ['https://a.example', 7];
    const warn = vi.fn();
    const store = createSettingsStore({ ...areas, warn });
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['https://a.example'] });
    expect(warn).toHaveBeenCalledTimes(2);
    await store.set({ badge: true });
    expect(areas.sync.data[SYNC_KEY]).toEqual({ ...SYNC_DEFAULTS, badge: true, version: SETTINGS_VERSION });
  });

  it('refuses an invalid change without writing', async () => {
    const areas = memoryAreas();
    const store = createSettingsStore({ ...areas, warn: () => undefined });
    await expect(store.set({ highlightStyle: 'blink' as never })).rejects.toThrow();
    expect(areas.sync.data).toEqual({});
  });

  it('reads the storage once, until a change to its keys (by anyone), and hands out copies', async () => {
    const areas = memoryAreas();
    const reads = vi.spyOn(areas.sync, 'get');
    const store = createSettingsStore({ ...areas, warn: () => undefined });
    const first = await store.get();
    (first.disabledSites as string[]).push('https://mutated.example');
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(reads).toHaveBeenCalledTimes(1);
    await areas.local.set({ other: 1 });
    await store.get();
    expect(reads).toHaveBeenCalledTimes(1);
    // A write that does not go through the store (another device's sync, a corrupt value) is read afresh.
    await areas.sync.set({ [SYNC_KEY]: { cardLanguage: 'de' } });
    expect((await store.get()).cardLanguage).toBe('de');
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('reads again after a failed read', async () => {
    const areas = memoryAreas();
    const get = areas.sync.get.bind(areas.sync);
    let fail = true;
    areas.sync.get = (key) => (fail ? Promise.reject(new Error('storage unavailable')) : get(key));
    const store = createSettingsStore({ ...areas, warn: () => undefined });
    await expect(store.get()).rejects.toThrow('storage unavailable');
    fail = false;
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes to its own keys only', async () => {
    const areas = memoryAreas();
    const store = createSettingsStore({ ...areas, warn: () => undefined });
    const seen: Settings[] = [];
    const unwatch = store.watch((s) => seen.push(s));
    await store.set({ paused: true });
    await areas.local.set({ other: 1 });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.paused).toBe(true);
    unwatch();
    await store.set({ paused: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(1);
  });
});
