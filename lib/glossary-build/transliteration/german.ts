/**
 * German (Duden-style) transliteration of Russian Cyrillic, as German newspapers and the German Wikipedia write
 * names: w for в, s for з, sch for ш and ж, tsch for ч, ch for х, z for ц, j before and after vowels, -ow/-ew/-jew.
 * Turkic names also meet "dsch" for ж (Dschambul, Dschalalabad): `GERMAN_TURKIC`.
 */
import type { Table } from './engine.ts';

const letters: Table['letters'] = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  д: 'd',
  е: { base: 'e', initial: 'je', afterVowel: 'je' },
  ё: { base: 'jo', afterVowel: 'jo' },
  ж: 'sch',
  з: 's',
  и: 'i',
  й: { base: 'i', beforeVowel: 'j' },
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: { base: 's', betweenVowels: 'ss' },
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

export const GERMAN: Table = {
  letters,
  // Final -ий/-ый are -i/-y (Juri, Grosny); a final -й after a vowel is -i (Semei, Altai).
  endings: [
    [/ii$/, 'i'],
    [/yi$/, 'y'],
  ],
};

export const GERMAN_TURKIC: Table = { ...GERMAN, letters: { ...letters, ж: 'dsch' } };
