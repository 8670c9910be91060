/** Compact matcher data: what the build compiles from the glossary and the content script ships. */
import type { TrieData } from './automaton.ts';

/** Bit flags of a pattern. */
export const CASE_SENSITIVE = 1;
/** A case-sensitive form of a common word: never a name at the start of a sentence. */
export const COMMON_WORD = 2;
/**
 * A discourse alias: a person's surname alone, which names the person only after the page has named them (their
 * full name or another of their forms) earlier: the matcher reports it flagged, and `discourse.ts` decides.
 */
export const DISCOURSE = 4;

/**
 * One pattern, as a tuple so the body's JSON stays compact; read its fields through the named indices below.
 * The folded texts themselves live only in the trie.
 */
export type PatternRow = [
  length: number,
  entryIndex: number,
  flags: number,
  exact?: string,
  context?: number[] | null,
  cue?: Cue,
];
/** Length of the folded alias, in UTF-16 code units. */
export const ROW_LENGTH = 0;
/** Index of the entry the pattern names, in the matcher's `ids`. */
export const ROW_ENTRY = 1;
/** Bit flags: CASE_SENSITIVE, COMMON_WORD, DISCOURSE. */
export const ROW_FLAGS = 2;
/** The exact shape a case-sensitive pattern must have (see `exactShape` in fold.ts). */
export const ROW_EXACT = 3;
/** Context rule: indices of entries, one of which the block must also mention (null: none). */
export const ROW_CONTEXT = 4;
/** Cue rule: words one of which must come right before, or right after, the form (see cues.ts). */
export const ROW_CUE = 5;

/**
 * Folded words (or single signs such as ":") that must come right before the form (`after` them: "en ouzbek",
 * "auf Kasachisch") or right after it (`before` them: "Kazakh:"); an empty list sets no condition on that side.
 */
export type Cue = [after: string[], before: string[]];

/** What every page needs at once: the prefilter's anchor hashes (a few kilobytes). */
export interface MatcherHead {
  /**
   * The hashes (`wordHash` in `lib/match/prefilter.ts`) of one word of every pattern without a non-ASCII letter
   * that needs no context, or null when some such pattern has no word at all and the prefilter cannot be used.
   */
  readonly anchors: readonly number[] | null;
}

/** What only a page that may name a term needs: the entry ids, the patterns and their automaton. */
export interface MatcherBody {
  /** Entry ids by index; patterns and matches refer to entries by index. */
  readonly ids: readonly string[];
  readonly patterns: readonly PatternRow[];
  /** The automaton's trie over the patterns' folded texts, built at glossary build time. */
  readonly trie: TrieData;
  /**
   * The prefilter's anchor hashes of the discourse aliases that the head's anchors lack: the engine's prefilter
   * takes them too (a block may name a person by surname only), the every-page script never needs them.
   */
  readonly discourseAnchors?: readonly number[];
}

export type MatcherData = MatcherHead & MatcherBody;

/** A found term: a span of the source text (UTF-16 offsets) and the entry it names. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** The entry's index in the matcher's `ids`. */
  readonly entryIndex: number;
  /** A surname alone (DISCOURSE): it names the entry only after an ordinary match of it earlier on the page. */
  readonly discourse?: true;
}
