/**
 * A text as sentences of tokens, read by wink-nlp's tokenizer and (for English) its part-of-speech tagger. The nlp
 * instance is passed in: this module never loads wink's 3.6 MB model itself, and never runs on every page.
 */
import type { ItemSentence, ItemToken, WinkMethods } from 'wink-nlp';

export interface Token {
  readonly text: string;
  /** Universal part of speech (wink's tagger is English-only: meaningful for English text). */
  readonly pos: string;
  /** Spaces before the token in the text ("" inside "Nur-Sultan"). */
  readonly spaceBefore: string;
  readonly isWord: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
}

export function readSentences(nlp: WinkMethods, text: string): Sentence[] {
  const { its } = nlp;
  const sentences: Sentence[] = [];
  nlp
    .readDoc(text)
    .sentences()
    .each((s: ItemSentence) => {
      const tokens: Token[] = [];
      s.tokens().each((t: ItemToken) => {
        tokens.push({
          text: t.out(),
          pos: t.out(its.pos),
          spaceBefore: t.out(its.precedingSpaces),
          // wink types words of scripts its model does not know (Cyrillic) as "unk": they are words too.
          isWord: t.out(its.type) === 'word' || (t.out(its.type) === 'unk' && /\p{L}/u.test(t.out())),
        });
      });
      sentences.push({ text: s.out(), tokens });
    });
  return sentences;
}
