/**
 * French press usage for Russian Cyrillic (Le Monde, AFP, the Quai d'Orsay): ou for у, ch for ш, tch for ч,
 * kh for х, ï for й and for и/е after a vowel, "ss" for с between vowels, -ïev/-iev for -ев.
 * Turkic names also meet "dj" for ж (Djamboul, Djezkazgan): `FRENCH_TURKIC`.
 */
import type { Table } from './engine.ts';

const letters: Table['letters'] = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: { base: 'e', afterVowel: 'ïe' },
  ё: { base: 'io', afterVowel: 'io' },
  ж: 'j',
  з: 'z',
  и: { base: 'i', afterVowel: 'ï' },
  й: 'ï',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: { base: 's', betweenVowels: 'ss' },
  т: 't',
  у: 'ou',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'tch',
  ш: 'ch',
  щ: 'chtch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iou',
  я: 'ia',
};

export const FRENCH: Table = {
  letters,
  // "-ий" is written "-i" (Iouri), "-ый" "-y"; the ï of a final "-ай"/"-ей" stays (Semeï, Altaï).
  endings: [
    [/iï$/, 'i'],
    [/yï$/, 'y'],
  ],
  // и before ё, я, ю is one i, not two: Мирзиёев → Mirzioïev, Киргизия → Kirghizia.
  cleanup: [[/ii(?=[aou])/g, 'i']],
};

export const FRENCH_TURKIC: Table = { ...FRENCH, letters: { ...letters, ж: 'dj' } };
