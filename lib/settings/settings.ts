/**
 * The reader's settings as data: their type, their defaults and the rule for whether a page is highlighted. No zod
 * and no storage here, so the every-page script can import it (the parser is schema.ts, the storage store.ts).
 */
import { ENTRY_TYPES, type EntryType, READER_LANGS, type ReaderLang } from '../glossary/vocabulary.ts';

/** The card's language: the page's own (fr, de, else en), or always one of the reader languages. */
export const CARD_LANGUAGES = ['page', ...READER_LANGS] as const;
export type CardLanguage = 'page' | ReaderLang;

/**
 * How terms are painted: a tint with a dotted underline, an underline alone, or nothing until the reader holds the
 * modifier key (Alt), for readers who want the page untouched until they ask.
 */
export const HIGHLIGHT_STYLES = ['tint', 'underline', 'modifier'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The hover delay's bounds, in milliseconds: below 0 means nothing, above 2 s a reader thinks it broken. */
export const HOVER_DELAY_MS = { min: 0, max: 2000, step: 50 } as const;

export interface Settings {
  readonly cardLanguage: CardLanguage;
  readonly highlightStyle: HighlightStyle;
  /** The entry types that are highlighted (any order, no repeats). */
  readonly entryTypes: readonly EntryType[];
  /** How long the pointer rests on a term before its card opens. */
  readonly hoverDelayMs: number;
  /** Off on every site until resumed. */
  readonly paused: boolean;
  /** The badge on the toolbar button: the number of distinct terms on the page. Off by default: it is noisy. */
  readonly badge: boolean;
  /** Origins (`https://example.org`) where the extension is off. */
  readonly disabledSites: readonly string[];
}

/** Where each part lives: the small settings in `storage.sync`, the per-site list (unbounded) in `storage.local`. */
export const SYNC_KEY = 'settings';
export const SITES_KEY = 'disabledSites';

/** Is this `storage.onChanged` event about the settings? */
export function touchesSettings(changes: Record<string, unknown>, areaName: string): boolean {
  return (areaName === 'sync' && SYNC_KEY in changes) || (areaName === 'local' && SITES_KEY in changes);
}

export const DEFAULT_SETTINGS: Settings = {
  cardLanguage: 'page',
  highlightStyle: 'tint',
  entryTypes: ENTRY_TYPES,
  hoverDelayMs: 150,
  paused: false,
  badge: false,
  disabledSites: [],
};

/** Is the extension on for a page of this origin? */
export function isActiveOn(settings: Pick<Settings, 'paused' | 'disabledSites'>, origin: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(origin);
}

/**
 * Is the extension on for a frame at this URL? Its site's switch for an http(s) or file URL; for a frame without a
 * URL of its own (about:blank, srcdoc: read like its parent's page, whose switch the every-page script applies) or
 * none given, only the pause.
 */
export function isActiveAt(settings: Pick<Settings, 'paused' | 'disabledSites'>, url: string | undefined): boolean {
  const origin = url === undefined ? undefined : siteOrigin(url);
  return origin === undefined ? !settings.paused : isActiveOn(settings, origin);
}

/**
 * The origin a per-site switch is about, for an http(s) or file page; undefined for pages the extension does not
 * run on (about:, chrome:, the extension's own pages).
 */
export function siteOrigin(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  // A file: URL's origin is opaque ("null"); the scheme stands for every local file.
  if (parsed.protocol === 'file:') return 'file://';
  return undefined;
}

/** The settings with one site turned on or off (the list keeps its order; no repeats). */
export function withSite(settings: Settings, origin: string, active: boolean): Settings {
  const others = settings.disabledSites.filter((o) => o !== origin);
  return { ...settings, disabledSites: active ? others : [...others, origin] };
}
