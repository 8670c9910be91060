/**
 * The engine the transliteration tables share: a letter-by-letter rewrite of one lowercase Cyrillic word, where a
 * letter may read differently at the start of a word, after a vowel or before one (е is "ye" in "Yesil" but "e" in
 * "Semey"), then whole-word ending rules ("-ев" after a vowel is "-ïev" in French press usage).
 * Each system is a small table (one file per system); the engine knows no language.
 */

interface LetterRule {
  /** The usual reading. */
  readonly base: string;
  /** At the start of a word. */
  readonly initial?: string;
  /** After a vowel (and after ъ, ь). */
  readonly afterVowel?: string;
  /** Before a vowel (German й: "j" in "Tokajew", "i" in "Aidos"). */
  readonly beforeVowel?: string;
  /** Between two vowels (French and German с: "ss"). */
  readonly betweenVowels?: string;
}

export interface Table {
  readonly letters: Readonly<Record<string, string | LetterRule>>;
  /** Rewrites of the Latin result at the end of a word, tried in order; the first that matches applies. */
  readonly endings?: readonly (readonly [RegExp, string])[];
  /** Rewrites of the whole Latin word, all applied (French "Mirziioïev" → "Mirzioïev": и before ё reads as one i). */
  readonly cleanup?: readonly (readonly [RegExp, string])[];
}

/** The vowels of the Cyrillic alphabets the tables read (Russian, Kazakh, Kyrgyz, Tajik, Uzbek). */
const VOWELS = new Set([...'аеёиоуыэюяәөұүіӣӯў']);
/** Signs after which iotated vowels read as at the start of a syllable ("Ильич" → "Ilyich"). */
const SIGNS = new Set(['ъ', 'ь']);

function isCyrillicVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

/** Transliterates one lowercase word (no spaces or hyphens) with `table`; unknown characters pass through. */
function transliterateWord(word: string, table: Table): string {
  const chars = [...word];
  let out = '';
  chars.forEach((ch, i) => {
    const rule = table.letters[ch];
    if (rule === undefined) {
      out += ch;
      return;
    }
    if (typeof rule === 'string') {
      out += rule;
      return;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const afterVowel = isCyrillicVowel(prev) || (prev !== undefined && SIGNS.has(prev));
    if (i === 0 && rule.initial !== undefined) out += rule.initial;
    else if (afterVowel && isCyrillicVowel(next) && rule.betweenVowels !== undefined) out += rule.betweenVowels;
    else if (afterVowel && rule.afterVowel !== undefined) out += rule.afterVowel;
    else if (isCyrillicVowel(next) && rule.beforeVowel !== undefined) out += rule.beforeVowel;
    else out += rule.base;
  });
  for (const [pattern, replacement] of table.cleanup ?? []) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of table.endings ?? []) {
    if (pattern.test(out)) return out.replace(pattern, replacement);
  }
  return out;
}

/**
 * Transliterates a name of one or more words, keeping spaces, hyphens and the capital of each word
 * ("Касым-Жомарт Токаев" → "Kassym-Jomart Tokaïev").
 */
export function transliterate(name: string, table: Table): string {
  return name
    .split(/([\s\-‐–]+)/)
    .map((part, i) => {
      if (i % 2 === 1 || part === '') return part;
      const lower = part.toLowerCase();
      const latin = transliterateWord(lower, table);
      if (part === part.toUpperCase() && part.length > 1 && part !== lower) return latin.toUpperCase();
      return part[0] !== lower[0] ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
    })
    .join('');
}

/** Applies a one-letter substitution map to a lowercase-or-capitalised string (Kazakh letters to Russian ones). */
export function mapLetters(text: string, map: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const m = map[lower];
    if (m === undefined) out += ch;
    else out += ch === lower ? m : m.toUpperCase();
  }
  return out;
}
