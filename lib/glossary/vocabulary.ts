/**
 * The glossary's closed lists: reader languages, native languages, entry types, countries. Shared by the schema
 * (build time) and the extension (run time), so it imports nothing.
 */

/** Languages every entry must be written in (titles, summaries, date labels). */
export const READER_LANGS = ['en', 'fr', 'de'] as const;
/** Languages of Central Asia and Russian, for native-script names and aliases. */
export const NATIVE_LANGS = ['kk', 'ru', 'uz', 'ky', 'tg', 'tk', 'kaa'] as const;
export const ALIAS_LANGS = [...READER_LANGS, ...NATIVE_LANGS] as const;
export const ENTRY_TYPES = [
  'place',
  'person',
  'organization',
  'event',
  'concept',
  'people',
  /** A mine, an oil, gas or uranium field, a deposit. */
  'deposit',
  /** A work of literature, music or film, an epic and its heroes. */
  'work',
  /** A building, square, monument, airport or other landmark. */
  'landmark',
] as const;
/** The countries an entry is about: the five of Central Asia, and France for the relations. */
export const COUNTRIES = ['kz', 'kg', 'tj', 'tm', 'uz', 'fr'] as const;

export type ReaderLang = (typeof READER_LANGS)[number];
export type AliasLang = (typeof ALIAS_LANGS)[number];
export type EntryType = (typeof ENTRY_TYPES)[number];
export type Country = (typeof COUNTRIES)[number];
export type NativeLang = (typeof NATIVE_LANGS)[number];
