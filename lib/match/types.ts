/** Compact matcher data: what the build compiles from the glossary and the content script ships. */
import type { TrieData } from './automaton.ts';

/** Bit flags of a pattern. */
export const CASE_SENSITIVE = 1;
/** A case-sensitive form of a common word: never a name at the start of a sentence. */
export const COMMON_WORD = 2;

/**
 * [length of the folded alias, entry index, flags, exact text (case-sensitive only), context entry indices].
 * The folded texts themselves live only in the trie.
 */
export type PatternRow = [length: number, entry: number, flags: number, exact?: string, context?: number[]];

/** What every page needs at once: entry ids and the prefilter's anchor hashes (a few kilobytes). */
export interface MatcherHead {
  /** Entry ids by index; patterns and matches refer to entries by index. */
  readonly ids: readonly string[];
  /**
   * The hashes (`wordHash` in `lib/match/prefilter.ts`) of one word of every pattern without a non-ASCII letter
   * that needs no context, or null when some such pattern has no word at all and the prefilter cannot be used.
   */
  readonly anchors: readonly number[] | null;
}

/** What only a page that may name a term needs: the patterns and their automaton. */
export interface MatcherBody {
  readonly patterns: readonly PatternRow[];
  /** The automaton's trie over the patterns' folded texts, built at glossary build time. */
  readonly trie: TrieData;
}

export type MatcherData = MatcherHead & MatcherBody;

/** A found term: a span of the source text (UTF-16 offsets) and the entry it names. */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly entry: number;
}
