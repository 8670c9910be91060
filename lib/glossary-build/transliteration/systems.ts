/**
 * Which systems read which native name, and the forms each produces: the composition of the per-system tables.
 * Kazakh, Kyrgyz and Tajik names reach the French, German and English press through their Russian spelling, so
 * they are first written in Russian letters, then transliterated; Kazakh also has its own Latin alphabet.
 */
import type { NativeLang } from '../../glossary/vocabulary.ts';
import { mapLetters, transliterate } from './engine.ts';
import { ENGLISH_BGN, ENGLISH_PRESS_ENDINGS, ENGLISH_PRESS_VARIANTS } from './english.ts';
import { FRENCH, FRENCH_TURKIC } from './french.ts';
import { GERMAN, GERMAN_TURKIC } from './german.ts';
import { KAZAKH_LATIN } from './kazakh-latin.ts';
import { KYRGYZ_TO_RUSSIAN, kazakhToRussian, TAJIK_TO_RUSSIAN } from './kazakh-russian.ts';
import { declineName } from './russian-declension.ts';
import { turkmenToEnglish } from './turkmen-latin.ts';
import { UZBEK_CYRILLIC_TO_LATIN, uzbekApostropheVariants } from './uzbek-latin.ts';

const SYSTEMS = [
  'fr-press',
  'de-duden',
  'en-bgn',
  'en-press',
  'kk-latin-2021',
  'uz-latin',
  'tk-latin',
  'ru-from-kk',
  'ru-declension',
  'de-genitive',
] as const;
export type System = (typeof SYSTEMS)[number];

export interface SpellingOut {
  readonly text: string;
  readonly system: System;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/** The Latin forms of a name written in Russian letters; `turkic` adds the Turkic readings of ж (dj, dsch, j). */
export function latinFromRussian(russian: string, turkic: boolean): SpellingOut[] {
  const out: SpellingOut[] = [
    { text: transliterate(russian, FRENCH), system: 'fr-press' },
    { text: transliterate(russian, GERMAN), system: 'de-duden' },
    { text: transliterate(russian, ENGLISH_BGN), system: 'en-bgn' },
  ];
  if (turkic) {
    out.push({ text: transliterate(russian, FRENCH_TURKIC), system: 'fr-press' });
    out.push({ text: transliterate(russian, GERMAN_TURKIC), system: 'de-duden' });
  }
  const variants = turkic ? ENGLISH_PRESS_VARIANTS : ENGLISH_PRESS_VARIANTS.slice(0, 1);
  const english = [out[2]!.text, ...variants.map((t) => transliterate(russian, t))];
  for (const e of english) {
    out.push({ text: e, system: 'en-press' });
    // Press endings per word (Nazarbayev → Nazarbaev, Nazarbaiev; Qunanbaiuly → Kunanbaiuli).
    for (const [pattern, replacement] of ENGLISH_PRESS_ENDINGS) {
      const varied = e.replace(/[^\s-]+/g, (w) => w.replace(pattern, replacement));
      if (varied !== e) out.push({ text: varied, system: 'en-press' });
    }
  }
  return out;
}

/** Words a name may have in lower case: patronymic particles and the like (Абай Құнанбайұлы, Жусуп уулу). */
const PARTICLES = new Set(['улы', 'ұлы', 'уулу', 'кызы', 'қызы', 'ибн', 'ибни', 'аль', 'ал', 'ад', 'хан']);

/**
 * A name the systems read: at most three words, each capitalised or a particle, or a single word (a lower-case
 * concept such as "айтыс"), but no abbreviation. Longer or lower-case phrases ("Париждегі Абай бюсті", "визит … в Казахстан") are
 * descriptions, which no page writes transliterated letter by letter, and whose words Russian does not all decline.
 */
export function isName(text: string): boolean {
  // An abbreviation (ШОС, ЕАЭС) is not transliterated: each language has its own (OCS, SOZ, EAEU).
  if (text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase()) return false;
  const words = text.split(/\s+/);
  if (words.length === 1) return true;
  return (
    words.length <= 3 && words.every((w) => w.charAt(0) !== w.charAt(0).toLowerCase() || PARTICLES.has(w.toLowerCase()))
  );
}

/**
 * Every generated spelling of one native name. `lang` is the native language; `decline` adds the Russian case forms
 * (for names a Russian text writes as they are: Russian names, and single Kazakh words in Russian spelling).
 */
export function spellingsOf(name: string, lang: NativeLang | 'ru-alias'): SpellingOut[] {
  const out: SpellingOut[] = [];
  if (!isName(name)) return out;
  const isCyrillic = CYRILLIC.test(name);
  switch (lang) {
    case 'ru':
    case 'ru-alias': {
      if (!isCyrillic) break;
      out.push(...latinFromRussian(name, false));
      for (const d of declineName(name)) out.push({ text: d, system: 'ru-declension' });
      break;
    }
    case 'kk': {
      if (!isCyrillic) break;
      const russian = kazakhToRussian(name);
      if (russian !== name) out.push({ text: russian, system: 'ru-from-kk' });
      out.push(...latinFromRussian(russian, true));
      out.push({ text: transliterate(name, KAZAKH_LATIN), system: 'kk-latin-2021' });
      if (!/\s/.test(russian)) for (const d of declineName(russian)) out.push({ text: d, system: 'ru-declension' });
      break;
    }
    case 'ky':
    case 'tg': {
      if (!isCyrillic) break;
      const russian = mapLetters(name, lang === 'ky' ? KYRGYZ_TO_RUSSIAN : TAJIK_TO_RUSSIAN);
      out.push(...latinFromRussian(russian, true));
      break;
    }
    case 'uz': {
      const latin = isCyrillic ? transliterate(name, UZBEK_CYRILLIC_TO_LATIN) : name;
      if (latin !== name) out.push({ text: latin, system: 'uz-latin' });
      for (const v of uzbekApostropheVariants(latin)) out.push({ text: v, system: 'uz-latin' });
      break;
    }
    case 'tk': {
      const english = turkmenToEnglish(name);
      if (english !== name) out.push({ text: english, system: 'tk-latin' });
      break;
    }
    case 'kaa':
      break;
  }
  return out.filter((s) => s.text !== name);
}
