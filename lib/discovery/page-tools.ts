/**
 * Discovery's tools as an extension page has them: the name model and a filter of the ordinary words, both written
 * by the glossary build (public/glossary/), instead of the word lists the maintainers' tools read in Node; the
 * glossary's matcher (with the reader's own entries) to leave out what is already explained. wink-nlp's instance,
 * the matcher and the romaniser are passed in.
 */
import type { WinkMethods } from 'wink-nlp';
import { foldAlias } from '../match/fold.ts';
import type { Matcher } from '../match/matcher.ts';
import type { NameModel } from './name-model.ts';
import type { DiscoveryTools } from './suggest.ts';
import { readSentences } from './tokens.ts';
import { mayContain, type WordFilter } from './word-filter.ts';

/** What the glossary build ships for discovery. */
export interface ShippedDiscoveryData {
  readonly model: NameModel;
  /** The ordinary words of English, French and German, folded like aliases (lexicon.ts), as a Bloom filter. */
  readonly ordinary: WordFilter;
}

export function pageDiscoveryTools(
  nlp: WinkMethods,
  data: ShippedDiscoveryData,
  matcher: Matcher,
  romanize: (name: string) => string,
): DiscoveryTools {
  return {
    read: (text) => readSentences(nlp, text),
    known: (sentence) => matcher.findMatches(sentence).map((m) => [m.start, m.end] as const),
    isOrdinaryWord: (w) => mayContain(data.ordinary, foldAlias(w)),
    model: data.model,
    key: foldAlias,
    romanize,
  };
}
