/**
 * Candidate proper names in sentences: in English, runs of PROPN tokens (wink's tagger); in French, German and
 * Russian (which wink's tagger does not know), runs of capitalised words. Hyphenated names are one run
 * ("Kassym-Jomart"); ordinary words at either end of a run are trimmed ("President", "Le"), and a run that is only
 * ordinary words is no candidate.
 */
import type { Sentence, Token } from './tokens.ts';

export type DiscoveryLang = 'en' | 'fr' | 'de' | 'ru';

export interface Candidate {
  readonly text: string;
  /** A single word opening its sentence: capitalised by position, maybe not a name. */
  readonly initialWord: boolean;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’ʻ]*$/u;
const HYPHEN = /^[-‐–]$/;

/**
 * Particles and connectors that may sit inside a name (Ibn Sina, Democratic Party of Turkmenistan, Oblast de
 * Tachkent): kept when a capitalised word follows.
 */
const INNER = new Set(['ibn', 'al', 'ad', 'uly', 'uulu', 'kyzy', 'ulu', 'qyzy', 'of', 'the', 'de', 'du', 'von', 'der']);

/** A French or Italian elided article or pronoun before a name: d’Abaï, l’Ouzbékistan, C’est. */
const ELISION = /^(?:[cdjlmnst]|qu)['’]/i;
/** Roman numerals, alone or as ordinals (VIème, XIXe): never names. */
const ROMAN = /^[IVXLC]+(?:e|er|ème|eme|th|st|nd|rd)?$/;

function isNameToken(t: Token): boolean {
  return t.isWord && CAPITALISED.test(t.text) && !ROMAN.test(t.text);
}

/** In English a run must hold a word wink tags PROPN: "The", "Coal" at a sentence's start are not names. */
function isNameRun(run: readonly Token[], lang: DiscoveryLang): boolean {
  return lang !== 'en' || run.some((t) => t.pos === 'PROPN');
}

export function candidatesIn(
  sentence: Sentence,
  lang: DiscoveryLang,
  isOrdinaryWord: (lowercase: string) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = sentence.tokens;
  const firstWord = tokens.find((t) => t.isWord);
  let run: Token[] = [];
  const flush = () => {
    // Leading ordinary words are titles and sentence starts ("President", "The"); trailing ones belong to the
    // name ("Karaganda Region", "Democratic Party"), unless nothing else is left.
    while (run.length > 0 && (isOrdinaryWord(run[0]!.text.toLowerCase()) || INNER.has(run[0]!.text.toLowerCase()))) {
      run.shift();
    }
    while (run.length > 0 && (HYPHEN.test(run.at(-1)!.text) || INNER.has(run.at(-1)!.text.toLowerCase()))) run.pop();
    const named = run.some((t) => t.isWord && !isOrdinaryWord(t.text.toLowerCase()));
    if (named && isNameRun(run, lang)) {
      const text = run.map((t, i) => (i === 0 ? '' : t.spaceBefore) + t.text).join('');
      out.push({ text, initialWord: run.length === 1 && run[0] === firstWord });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const bare = raw.text.replace(ELISION, '');
    const t = bare === raw.text || bare === '' ? raw : { ...raw, text: bare };
    const next = tokens[i + 1];
    const joinsHyphen =
      run.length > 0 && HYPHEN.test(t.text) && t.spaceBefore === '' && next !== undefined && next.spaceBefore === '';
    const inner = run.length > 0 && INNER.has(t.text.toLowerCase()) && next !== undefined && isNameToken(next);
    // wink splits some words at letters outside its model ("Türkmenba" + "şy"): a word glued to the run goes on.
    const glued =
      run.length > 0 && t.isWord && t.spaceBefore === '' && run.at(-1)!.isWord && run.at(-1) === tokens[i - 1];
    if (
      isNameToken(t) ||
      joinsHyphen ||
      inner ||
      glued ||
      (run.length > 0 && HYPHEN.test(tokens[i - 1]!.text) && t.isWord)
    ) {
      run.push(t);
    } else {
      flush();
    }
  }
  flush();
  return out;
}
