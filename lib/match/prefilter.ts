/**
 * A prefilter that spares most blocks of a page the matcher's per-character work.
 *
 * A block is "safe" when every code unit of it folds, on its own, to ASCII, to nothing, or to a character that is
 * not part of a word (« », €, …): English, French and German prose with its accents, quotes, dashes and soft
 * hyphens. Its folded words are then plain lowercase [a-z0-9] runs, so every word of a pattern found there is a
 * whole word of it. Each pattern without a non-ASCII letter contributes one of its words, its anchor; if no word of
 * the folded block is an anchor, no such pattern can match. Patterns with a non-ASCII letter (Cyrillic names, say)
 * cannot match a safe block at all, and context-ruled patterns match only beside an unconditional one. Any other
 * block (Cyrillic, combining marks, emoji) goes to the matcher.
 */
import { isWordCode } from './boundaries.ts';
import { DROP, foldUnit, foldUnitText, LATIN_END, SLOW } from './fold.ts';

/** For a folded ASCII unit: the unit itself if it is a letter or digit (part of a word), else 0 (a separator). */
const WORD_UNIT = new Uint8Array(0x80).map((_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : 0));

/**
 * What a folded unit is to the prefilter: an ASCII letter or digit (the unit itself, part of a word), a separator
 * (0: ASCII punctuation and space, « » € …), or -1 for a non-ASCII letter, digit or mark, which only the matcher can
 * judge.
 */
function wordUnitOf(u: number): number {
  if (u < 0x80) return WORD_UNIT[u]!;
  return isWordCode(u) ? -1 : 0;
}
const WORDS = /[a-z0-9]+/g;

/** Markers of `pageUnitOf` for a unit that vanishes, or that folds to several units. */
const VANISHES = -2;
const EXPANDS = -3;

/** What a code unit of the page is to the prefilter, folded first: `wordUnitOf` of its fold, or a marker. */
function pageUnitOf(c: number): number {
  const f = foldUnit(c);
  if (f === DROP) return VANISHES;
  if (f === SLOW) return EXPANDS;
  return wordUnitOf(f);
}

/**
 * `pageUnitOf` for Latin-1 and Latin Extended (the letters of English, French and German prose) and for general
 * punctuation (’ – … and the like), computed once per page: one table read per such unit, without a call.
 */
const LATIN_UNIT = Int16Array.from({ length: LATIN_END }, (_, c) => pageUnitOf(c));
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_UNIT = Int16Array.from({ length: 0xd0 }, (_, k) => pageUnitOf(PUNCTUATION_START + k));

/**
 * The anchor of a folded pattern: its longest word that prose does not use all the time (`generic`), else its
 * longest word; null for a pattern that cannot match a safe block; undefined for one the prefilter cannot vouch for.
 */
export function anchorOf(
  folded: string,
  generic: ReadonlySet<string> = new Set(),
  ordinary: (word: string) => boolean = () => false,
): string | null | undefined {
  // A non-ASCII letter, digit or mark never occurs in a safe block: such a pattern needs no anchor.
  for (let i = 0; i < folded.length; i++)
    if (folded.charCodeAt(i) >= 0x80 && isWordCode(folded.charCodeAt(i))) return null;
  const words = folded.match(WORDS);
  if (!words) return undefined;
  const longest = (list: string[]) => list.reduce((a, b) => (b.length > a.length ? b : a));
  const distinctive = words.filter((w) => !generic.has(w));
  const pool = distinctive.length > 0 ? distinctive : words;
  // A word no dictionary of the reader languages has (a name) rarely occurs in prose that names nothing; a
  // fragment such as the "qu" of "qu'un" is not one.
  const rare = pool.filter((w) => w.length >= 4 && !ordinary(w));
  return longest(rare.length > 0 ? rare : pool);
}

export type Prefilter = (block: string) => boolean;

/** FNV-1a over a word's code units, as the prefilter's loop computes it (a weaker hash made "as" collide with "c5"). */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of an anchor, never 0 (0 marks an empty slot). */
export function wordHash(word: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h || 1;
}

/**
 * Returns whether a block may contain a match (true means: run the matcher). Takes the anchors' hashes (`wordHash`),
 * computed by the glossary build: hashing a thousand words on every page was a measurable part of start-up.
 *
 * One loop over the block's code units, folding each through the fold tables, with no allocation: each word is
 * hashed as it is read and looked up in an open-addressing table of the anchors' hashes. A collision only sends a
 * block to the matcher, which decides; a block is never ruled out wrongly. (Splitting the block into word strings
 * and looking each up in a Set did the same job at a quarter of the speed, most of it spent allocating the words.)
 */
export function createPrefilter(anchorHashes: readonly number[] | null): Prefilter {
  if (anchorHashes === null) return () => true;
  let size = 16;
  while (size < anchorHashes.length * 4) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size);
  for (const h of anchorHashes) {
    let slot = h & mask;
    while (table[slot] !== 0 && table[slot] !== h) slot = (slot + 1) & mask;
    table[slot] = h;
  }
  const has = (hash: number): boolean => {
    const h = hash || 1;
    for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) if (table[slot] === h) return true;
    return false;
  };
  return (block) => {
    let h = FNV_BASIS;
    let inWord = false;
    // The units still to read of a character that folds to several ("ß" → "ss", "ﬁ" → "fi").
    let expansion = '';
    let e = 0;
    let i = 0;
    while (i < block.length || e < expansion.length) {
      let w: number;
      if (e < expansion.length) w = wordUnitOf(expansion.charCodeAt(e++));
      else {
        const c = block.charCodeAt(i++);
        const k = c - PUNCTUATION_START;
        w =
          c < LATIN_END ? LATIN_UNIT[c]! : k >= 0 && k < PUNCTUATION_UNIT.length ? PUNCTUATION_UNIT[k]! : pageUnitOf(c);
        if (w === VANISHES) continue; // a soft hyphen or zero-width space: the word goes on
        if (w === EXPANDS) {
          if (c >= 0xd800 && c <= 0xdfff) return true;
          expansion = foldUnitText(c);
          e = 0;
          continue;
        }
      }
      if (w > 0) {
        h = Math.imul(h ^ w, FNV_PRIME);
        inWord = true;
        continue;
      }
      if (w < 0) return true; // a non-ASCII letter: the matcher decides
      if (inWord && has(h)) return true;
      h = FNV_BASIS;
      inWord = false;
    }
    return inWord && has(h);
  };
}
