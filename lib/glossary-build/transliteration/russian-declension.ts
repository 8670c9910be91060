/**
 * Russian case forms of names, one rule per pattern of ending, applied to every word that declines: in a
 * multi-word name every word takes the same case ("Шавкат Мирзиёев" → "Шавката Мирзиёева", "Шавкатом
 * Мирзиёевым"). Words that Russian leaves undeclined (Алматы, Душанбе, Нукус-style loanwords in a vowel other
 * than а/я, abbreviations) keep their form. Declension is a property of the ending, not of the entry.
 */

/** Cases after the nominative: genitive, dative, accusative, instrumental, prepositional. */
const CASES = 5;

/** One word's forms in the five cases, or undefined for a word that does not decline. */
type Paradigm = readonly [gen: string, dat: string, acc: string, ins: string, prep: string];

const HUSHING = /[жшчщц]$/;
const VELAR_OR_HUSHING = /[гкхжшчщ]$/;

interface Pattern {
  readonly test: RegExp;
  /** The stem: what is left once the matched ending is removed. */
  readonly cut: number;
  readonly forms: (stem: string) => Paradigm;
}

/** Tried in order; the first pattern whose test matches the (lowercase) word applies. */
const PATTERNS: readonly Pattern[] = [
  // Adjectives: Казахская, Аральское, Южный, Таджикский.
  { test: /ая$/, cut: 2, forms: (s) => [`${s}ой`, `${s}ой`, `${s}ую`, `${s}ой`, `${s}ой`] },
  { test: /яя$/, cut: 2, forms: (s) => [`${s}ей`, `${s}ей`, `${s}юю`, `${s}ей`, `${s}ей`] },
  { test: /[кгх]ий$/, cut: 2, forms: (s) => [`${s}ого`, `${s}ому`, `${s}ий`, `${s}им`, `${s}ом`] },
  { test: /(ый|ое|ой)$/, cut: 2, forms: (s) => [`${s}ого`, `${s}ому`, `${s}ый`, `${s}ым`, `${s}ом`] },
  // Surnames in -ов/-ев/-ёв/-ин/-ын and their feminines: Токаев, Назарбаева, Смайылов.
  { test: /(ов|ев|ёв|ин|ын)$/, cut: 0, forms: (s) => [`${s}а`, `${s}у`, `${s}а`, `${s}ым`, `${s}е`] },
  { test: /(ова|ева|ёва|ина|ына)$/, cut: 1, forms: (s) => [`${s}ой`, `${s}ой`, `${s}у`, `${s}ой`, `${s}ой`] },
  // Nouns in -ия (Киргизия), -ий (Юрий), -я, -а, -й: first and second declension.
  { test: /ия$/, cut: 1, forms: (s) => [`${s}и`, `${s}и`, `${s}ю`, `${s}ей`, `${s}и`] },
  { test: /ий$/, cut: 1, forms: (s) => [`${s}я`, `${s}ю`, `${s}я`, `${s}ем`, `${s}и`] },
  { test: /я$/, cut: 1, forms: (s) => [`${s}и`, `${s}е`, `${s}ю`, `${s}ей`, `${s}е`] },
  {
    test: /а$/,
    cut: 1,
    forms: (s) => {
      const i = VELAR_OR_HUSHING.test(s) ? 'и' : 'ы';
      const o = HUSHING.test(s) ? 'ей' : 'ой';
      return [`${s}${i}`, `${s}е`, `${s}у`, `${s}${o}`, `${s}е`];
    },
  },
  { test: /[аеиоуыэюя]й$/, cut: 1, forms: (s) => [`${s}я`, `${s}ю`, `${s}я`, `${s}ем`, `${s}е`] },
  // A final consonant: Шымкент, Ташкент, Абай… (a hushing one takes -ем: Балхаш → Балхашем).
  {
    test: /[бвгджзклмнпрстфхцчшщ]$/,
    cut: 0,
    forms: (s) => [`${s}а`, `${s}у`, `${s}а`, HUSHING.test(s) ? `${s}ем` : `${s}ом`, `${s}е`],
  },
];

/** The five case forms of one word, written as given (capital kept), or undefined if it does not decline. */
export function declineWord(word: string): Paradigm | undefined {
  if (word.length < 2 || /\d/.test(word) || (word === word.toUpperCase() && word !== word.toLowerCase())) {
    return undefined;
  }
  const lower = word.toLowerCase();
  if (!/^[а-яё]+$/.test(lower)) return undefined;
  for (const p of PATTERNS) {
    if (!p.test.test(lower)) continue;
    const stem = word.slice(0, word.length - p.cut);
    return p.forms(stem);
  }
  return undefined;
}

/**
 * The case forms of a whole name (not the nominative itself): every word that declines takes the same case; in a
 * hyphenated word only its last part declines (Нур-Султана, Касым-Жомарта). Empty if no word declines.
 */
export function declineName(name: string): string[] {
  const parts = name.split(/(\s+)/);
  const paradigms = parts.map((part, i) => {
    if (i % 2 === 1) return undefined;
    const cut = Math.max(part.lastIndexOf('-'), part.lastIndexOf('‐')) + 1;
    const tail = declineWord(part.slice(cut));
    return tail?.map((t) => part.slice(0, cut) + t);
  });
  if (paradigms.every((p) => p === undefined)) return [];
  const forms = new Set<string>();
  for (let c = 0; c < CASES; c++) {
    forms.add(parts.map((part, i) => paradigms[i]?.[c] ?? part).join(''));
  }
  forms.delete(name);
  return [...forms];
}
