/**
 * Discovery: the names a text mentions that the glossary does not cover and that look Central Asian, ranked, with
 * counts and the sentences they occur in. Pure: wink-nlp's instance, the glossary's matcher and the word lists come
 * in as arguments (the maintainers' CLI passes them in Node; an extension page would pass its own).
 */
import { candidatesIn, type DiscoveryLang } from './candidates.ts';
import { guessLanguage } from './language.ts';
import type { NameModel } from './name-model.ts';
import { combineScore, scoreParts } from './score.ts';
import type { Sentence } from './tokens.ts';

export interface Suggestion {
  readonly text: string;
  readonly count: number;
  readonly score: number;
  /** Up to three sentences it occurs in, in the order seen. */
  readonly sentences: readonly string[];
}

export interface DiscoveryTools {
  /** Sentences of a text, with tokens (wink-nlp's tokenizer and tagger: `readSentences`). */
  readonly read: (text: string) => Sentence[];
  /** Spans of the sentence the glossary already names, as [start, end) offsets. */
  readonly known: (sentence: string) => readonly (readonly [number, number])[];
  readonly isOrdinaryWord: (lowercase: string) => boolean;
  readonly model?: NameModel;
  /** Folds a name to compare occurrences ("Tokayev's" and "Tokayev" are one). */
  readonly key: (name: string) => string;
  /** Latin letters for a Cyrillic name, so that the trigram model (trained on Latin spellings) can read it. */
  readonly romanize?: (name: string) => string;
}

/** Candidates scoring below this are not Central Asian enough to show. */
const MIN_SCORE = 0;
const MAX_SENTENCES = 3;

interface Tally {
  text: string;
  count: number;
  sentences: string[];
  nearTerm: boolean;
  /** Seen somewhere other than as a sentence's single first word. */
  inside: boolean;
}

/** A connector before a known name at the end of a candidate makes a new name ("Democratic Party of Turkmenistan"). */
const CONNECTOR = /\s(?:of|the|de|du|des|von|der)\s*$/i;

/**
 * Is the candidate a name the glossary already has, or a longer form of it? Covered whole, or ending with a known
 * name after first names and titles ("Saparmurat Atayevich Niyazov"). A known name followed by more words is a new
 * name ("Karaganda Region", "Toshkent Viloyati").
 */
function isKnown(at: number, end: number, sentence: string, known: readonly (readonly [number, number])[]): boolean {
  return (
    known.some(([s, e]) => s <= at && end <= e) ||
    known.some(([s, e]) => e === end && s > at && !CONNECTOR.test(sentence.slice(at, s)))
  );
}

/** A block of text (a paragraph) and the language of the document it is from. */
export interface TextBlock {
  readonly text: string;
  readonly lang: DiscoveryLang;
}

/** The blocks of one document, with the document's language guessed from all of them. */
export function documentBlocks(blocks: readonly string[]): TextBlock[] {
  const lang = guessLanguage(blocks.join('\n'));
  return blocks.filter((b) => b.trim() !== '').map((text) => ({ text, lang }));
}

/** Suggestions across several texts, best first. */
export function suggestNames(blocks: readonly TextBlock[], tools: DiscoveryTools): Suggestion[] {
  const tallies = new Map<string, Tally>();
  for (const { text, lang: textLang } of blocks) {
    for (const sentence of tools.read(text)) {
      const known = tools.known(sentence.text);
      let from = 0;
      for (const { text: name, initialWord } of candidatesIn(sentence, textLang, tools.isOrdinaryWord)) {
        const at = sentence.text.indexOf(name, from);
        if (at >= 0) from = at + name.length;
        // The possessive is not part of the name: "Kazakhstan's" is the glossary's Kazakhstan.
        const bare = name.replace(/['’]s$/, '');
        if (at >= 0 && isKnown(at, at + bare.length, sentence.text, known)) continue;
        // An abbreviation alone (ООН, UN) is no name to explain.
        if (!/\s/.test(name) && name === name.toUpperCase()) continue;
        const key = tools.key(bare);
        const tally = tallies.get(key) ?? {
          text: bare,
          count: 0,
          sentences: [],
          nearTerm: false,
          inside: false,
        };
        tally.count++;
        tally.inside ||= !initialWord;
        if (tally.sentences.length < MAX_SENTENCES && !tally.sentences.includes(sentence.text)) {
          tally.sentences.push(sentence.text);
        }
        tally.nearTerm ||= known.length > 0;
        tallies.set(key, tally);
      }
    }
  }
  const suggestions: Suggestion[] = [];
  for (const t of tallies.values()) {
    // A word only ever seen opening a sentence is capitalised by position ("Государство", "Territory").
    if (!t.inside) continue;
    const modelText = tools.romanize ? tools.romanize(t.text) : t.text;
    const score = combineScore(scoreParts(t.text, tools.model, t.nearTerm, modelText), t.count);
    if (score >= MIN_SCORE) suggestions.push({ text: t.text, count: t.count, score, sentences: t.sentences });
  }
  return suggestions.sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
}
