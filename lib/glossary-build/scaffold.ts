/** The text of a new entry file: every field, with comments saying what goes there. */
import type { Country, EntryType } from '../glossary/vocabulary.ts';
import { spellingsOf } from './transliteration/systems.ts';
import { uzbekApostropheVariants } from './transliteration/uzbek-latin.ts';

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

/**
 * A new entry prefilled from a name found by `glossary suggest`: the name as title and alias, its generated
 * spellings (from the name itself when it is Cyrillic, then also its native name), and the sentences it was seen in
 * as comments, for the maintainer who writes the summary.
 */
export function scaffoldFromName(id: string, type: EntryType, name: string, sentences: readonly string[]): string {
  const cyrillic = /[\u0400-\u04FF]/.test(name);
  const spellings = cyrillic ? spellingsOf(name, /[әғқңөұүһі]/i.test(name) ? 'kk' : 'ru') : [];
  const variants = cyrillic ? [] : uzbekApostropheVariants(name);
  const quoted = (s: string) => JSON.stringify(s);
  const base = scaffoldEntry(id, type);
  const aliasLines = [
    `  - ${quoted(name)}`,
    ...variants.map((v) => `  - ${quoted(v)}`),
    ...spellings.map(
      (s) => `  # - ${quoted(s.text)} # generated (${s.system}); the build adds it, keep only to add rules`,
    ),
  ];
  const seen = sentences.map((s) => `#   ${s.replace(/\s+/g, ' ')}`);
  return base
    .replace(
      /title: # the usual name in each language\n {2}en: TODO\n {2}fr: TODO\n {2}de: TODO/,
      `title: # the usual name in each language\n  en: ${quoted(name)}\n  fr: ${quoted(name)}\n  de: ${quoted(name)}`,
    )
    .replace(/native: # (.*)\n {2}ru: TODO/, (_, c) =>
      cyrillic ? `native: # ${c}\n  ru: ${quoted(name)}` : `native: # ${c}\n  ru: TODO`,
    )
    .replace(/aliases: # (.*)\n {2}- TODO/, (_, c) => `aliases: # ${c}\n${aliasLines.join('\n')}`)
    .concat(seen.length > 0 ? `# Seen in:\n${seen.join('\n')}\n` : '');
}
