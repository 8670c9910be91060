/**
 * A name's skeleton across scripts and transliterations: Жапаров, Japarov, Zhaparov, Dzhaparov, Djaparov and
 * Schaparow all give "SVpVrVv". Two people whose surnames share a skeleton share a surname, whatever spellings their
 * entries happen to list. Coarse on purpose (ж, ш, ч, з and с are one class, S; к, қ, г, ғ and х another, K; a run
 * of vowels and glides is V): a false merge only drops a surname form, never lets one match wrongly. Vowel runs
 * stay, so Zhumabayev ("SVmVbVv") is not Ashimbayev ("VSVmbVv"), nor Nazarbayeva ("nVSVrbVvV") Nazarbayev.
 */
import { foldAlias } from '../match/fold.ts';

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  і: 'i',
  ӣ: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ӯ: 'u',
  ў: 'u',
  ф: 'f',
  х: 'h',
  ҳ: 'h',
  һ: 'h',
  ц: 'c',
  ч: 'j',
  ҷ: 'j',
  ш: 'j',
  щ: 'j',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'u',
  я: 'a',
};

/** Sibilants and affricates, longest first: one class. */
const SIBILANT = /dzh|dsch|tsch|tch|dj|zh|sch|sh|ch|ts|tz|[jzscşšžçč]/g;
/** Velars and h: one class. */
const VELAR = /kh|gh|[kqgğhx]/g;
const VOWELS = /[aeiouyı'ʻʼ]+/g;

export function nameSkeleton(name: string): string {
  const latin = [...foldAlias(name)].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
  return (
    latin
      // German j between vowels is й (Tokajew), not ж (Japarov).
      .replace(/(?<=[aeiouy])j(?=[aeiouy])/g, 'y')
      .replace(SIBILANT, 'S')
      .replace(VELAR, 'K')
      .replace(/w/g, 'v')
      .replace(/ph/g, 'f')
      .replace(VOWELS, 'V')
      .replace(/[^a-zSKV]/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}
