/**
 * English: BGN/PCGN romanisation of Russian Cyrillic (zh, kh, ts, ch, sh, shch, ye and yo at the start of a word
 * and after vowels, y for й and ы), and the variants English-language press uses beside it (`ENGLISH_PRESS`):
 * j for the ж of Turkic names (Jambyl), h for х, -ev and -iev for -yev, -uli for -uly.
 */
import type { Table } from './engine.ts';

const letters: Table['letters'] = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: { base: 'e', initial: 'ye', afterVowel: 'ye' },
  ё: { base: 'ë', initial: 'yë', afterVowel: 'yë' },
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: { base: 'yu', afterVowel: 'yu', initial: 'yu' },
  я: { base: 'ya', afterVowel: 'ya', initial: 'ya' },
};

export const ENGLISH_BGN: Table = { letters, endings: [[/(i|y)y$/, 'y']] };

/** The letters the press writes otherwise; each is applied on its own to the BGN form's source. */
export const ENGLISH_PRESS_VARIANTS: readonly Table[] = [
  // Yo for ё (Mirziyoyev), as almost every newspaper writes it.
  { letters: { ...letters, ё: { base: 'yo', initial: 'yo', afterVowel: 'yo' } }, endings: ENGLISH_BGN.endings },
  // j for ж in Turkic names (Jambyl, Jalal-Abad), h for х (Hojaly is rare, but Kazakh "Han" is common).
  {
    letters: { ...letters, ё: { base: 'yo', initial: 'yo', afterVowel: 'yo' }, ж: 'j' },
    endings: ENGLISH_BGN.endings,
  },
];

/** Press endings of the English forms, applied to each: -yev → -ev, -iev; -uly → -uli. */
export const ENGLISH_PRESS_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/yev$/, 'ev'],
  [/yev$/, 'iev'],
  [/yeva$/, 'eva'],
  [/uly$/, 'uli'],
];
