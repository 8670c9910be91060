/**
 * What one page should do under the reader's settings: whether it highlights at all, which entry types, in which
 * style, with which card language and hover delay; and, between two such answers, which parts must restart. Pure,
 * and free of zod, so the every-page script can use it.
 */
import { readerLang } from '../glossary/entry-body.ts';
import { ENTRY_TYPES, type EntryType, type ReaderLang } from '../glossary/vocabulary.ts';
import { type HighlightStyle, isActiveOn, type Settings } from './settings.ts';

export interface PageSettings {
  readonly active: boolean;
  readonly cardLang: ReaderLang;
  readonly hoverDelayMs: number;
  readonly highlightStyle: HighlightStyle;
  /** Entry types to highlight, in ENTRY_TYPES order (so two answers compare as strings). */
  readonly entryTypes: readonly EntryType[];
}

export function pageSettings(settings: Settings, origin: string, pageLang: string | null | undefined): PageSettings {
  return {
    active: isActiveOn(settings, origin),
    cardLang: settings.cardLanguage === 'page' ? readerLang(pageLang) : settings.cardLanguage,
    hoverDelayMs: settings.hoverDelayMs,
    highlightStyle: settings.highlightStyle,
    entryTypes: ENTRY_TYPES.filter((t) => settings.entryTypes.includes(t)),
  };
}

/** What must change on the page to go from `before` (undefined: nothing runs yet) to `after`. */
export interface PageChange {
  /** Stop everything: highlights removed, card closed, observers disconnected. */
  readonly stop: boolean;
  /** (Re)start reading the page: nothing ran, or the entry types changed (a new scan with the new filter). */
  readonly read: boolean;
  /** (Re)create the cards' part (controller, hover, keyboard, touch): new language or delay. */
  readonly cards: boolean;
  /** Register the highlights under another style. */
  readonly restyle: boolean;
}

export function pageChange(before: PageSettings | undefined, after: PageSettings): PageChange {
  const running = before?.active === true;
  if (!after.active) return { stop: running, read: false, cards: false, restyle: false };
  if (!running) return { stop: false, read: true, cards: true, restyle: true };
  const read = before.entryTypes.join() !== after.entryTypes.join();
  return {
    stop: false,
    read,
    cards: read || before.cardLang !== after.cardLang || before.hoverDelayMs !== after.hoverDelayMs,
    restyle: read || before.highlightStyle !== after.highlightStyle,
  };
}
