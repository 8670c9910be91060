/**
 * Uzbek Latin (1995 alphabet, as amended): oʻ and gʻ with every apostrophe pages use for them (ʻ U+02BB, the
 * official one; ‘ ’ ' ` ʼ), and without it (Ozbekiston), plus Uzbek Cyrillic read into Latin (Тошкент → Toshkent,
 * Ўзбекистон → Oʻzbekiston). The matcher folds all apostrophes to one, so those variants collapse when compiled;
 * they are listed so that `aliases` shows what the entry accepts.
 */
import type { Table } from './engine.ts';

const UZBEK_APOSTROPHES = ['ʻ', "'", '‘', '’', '`', 'ʼ'] as const;

/** Every spelling of an Uzbek Latin name under the apostrophes of oʻ and gʻ (and none). */
export function uzbekApostropheVariants(name: string): string[] {
  const marked = /([oOgG])[ʻ'‘’`ʼ]/g;
  if (!marked.test(name)) return [];
  const forms = UZBEK_APOSTROPHES.map((a) => name.replace(marked, `$1${a}`));
  forms.push(name.replace(marked, '$1'));
  return [...new Set(forms)].filter((f) => f !== name);
}

/** Uzbek Cyrillic to Latin (the official correspondence table). */
export const UZBEK_CYRILLIC_TO_LATIN: Table = {
  letters: {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    ғ: 'gʻ',
    д: 'd',
    е: { base: 'e', initial: 'ye', afterVowel: 'ye' },
    ё: 'yo',
    ж: 'j',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    қ: 'q',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    ў: 'oʻ',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'x',
    ҳ: 'h',
    ц: 's',
    ч: 'ch',
    ш: 'sh',
    ъ: 'ʼ',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
  },
};
