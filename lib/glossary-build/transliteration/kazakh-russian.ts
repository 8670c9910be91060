/**
 * Kazakh, Kyrgyz and Tajik Cyrillic in Russian spelling: the letters Russian lacks become their nearest Russian
 * ones (Қызылорда → Кызылорда, Ақтөбе → Актобе, Өскемен → Оскемен), which is how Russian-language media and
 * Soviet-era maps write these names, and what the Latin transliterations of the press start from.
 */
import { mapLetters } from './engine.ts';

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  қ: 'к',
  ұ: 'у',
  ү: 'у',
  ә: 'а',
  ө: 'о',
  ғ: 'г',
  ң: 'н',
  һ: 'х',
  і: 'и',
};

export const KYRGYZ_TO_RUSSIAN: Readonly<Record<string, string>> = { ң: 'н', ө: 'о', ү: 'у' };

export const TAJIK_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ғ: 'г',
  ӣ: 'и',
  қ: 'к',
  ӯ: 'у',
  ҳ: 'х',
  ҷ: 'дж',
};

/**
 * The Russian spelling back in Kazakh letters, where the entry's Kazakh name shows which letter it had: a Russian
 * form such as "Актобе" of an entry whose Kazakh name is "Ақтөбе" is restored letter by letter (Актобе→Ақтөбе),
 * for Kazakh text that declines or compounds the Russian form. Returns undefined when the two do not line up.
 */
export function russianToKazakh(russian: string, kazakh: string): string | undefined {
  const ru = [...russian];
  const kk = [...kazakh];
  if (ru.length !== kk.length) return undefined;
  let out = '';
  for (let i = 0; i < ru.length; i++) {
    const r = ru[i]!;
    const k = kk[i]!;
    if (r === k) out += r;
    else if (mapLetters(k, KAZAKH_TO_RUSSIAN) === r) out += k;
    else return undefined;
  }
  return out;
}

export function kazakhToRussian(text: string): string {
  return mapLetters(text, KAZAKH_TO_RUSSIAN);
}
