/** The text of a new entry file: every field, with comments saying what goes there. */
import type { Country, EntryType } from '../glossary/vocabulary.ts';

export function scaffoldEntry(id: string, type: EntryType, countries: readonly Country[] = ['kz']): string {
  return `# yaml-language-server: $schema=../schema.json
# See glossary/README.md for the conventions. Every fact must be supported by a source listed below.
id: ${id}
type: ${type}
countries: [${countries.join(', ')}] # of kz, kg, tj, tm, uz, and fr for France and Central Asia
title: # the usual name in each language
  en: TODO
  fr: TODO
  de: TODO
native: # the name in its own script(s): kk, ru, uz, ky, tg, tk, kaa
  ru: TODO
aliases: # every form a page writes; case, accents, apostrophes, dashes, elision and 's are folded for you
  - TODO
  # - { text: TODO, lang: de, endings: ["", s] }        # German genitive
  # - { text: TODO, lang: ru, endings: ["", а, у, ом] }  # Russian case endings
  # - { text: TODO, caseSensitive: true }                # a name that is also a common word
  # - { text: TODO, context: [kazakhstan] }              # a generic phrase, only beside this entry
summary: # 1 to 4 sentences each, plain text, in your own words
  en: TODO
  fr: TODO
  de: TODO
dates: # YYYY, YYYY-MM or YYYY-MM-DD
  - date: 2000
    label: { en: TODO, fr: TODO, de: TODO }
related: [] # ids of other entries
sources: # at least one page that supports every fact above
  - title: TODO
    url: https://TODO
# asOf: 2025-06 # only for facts that change (officeholders, ownership, populations): the date they were true
reviewed: ${new Date().toISOString().slice(0, 10)}
`;
}
