/**
 * A prefilter that spares most blocks of a page the matcher's per-character work.
 *
 * In a block written only in ASCII (plus no-break spaces, curly quotes and dashes, which fold to separators),
 * folding just lowercases letters, so every word of a pattern found there is a whole lowercase word of the block.
 * Each plain-ASCII pattern contributes one of its words, its anchor; if no word of the block is an anchor, no such
 * pattern can match. Patterns with a non-ASCII letter (Cyrillic names, say) cannot match such a block at all, and
 * context-ruled patterns match only beside an unconditional one. Splitting and lowercasing are native string
 * operations, so a block without a term costs one loop over its words instead of two over its characters.
 */

/** What a code unit below 0x80 is to the prefilter: a separator, a control character it does not understand, or a
 * letter or digit (its lowercase code). Folding lowercases ASCII and turns every other printable character into a
 * separator or drops it; dropped characters (soft hyphens, zero-width spaces) are not ASCII. */
const SEPARATOR = 0;
const UNSAFE = -1;
const ASCII = new Int8Array(0x80).map((_, c) => {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x30 && c <= 0x39) return c;
  if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) return SEPARATOR;
  return UNSAFE;
});
/** Non-ASCII characters that fold to separators like ASCII punctuation: no-break space, curly quotes, en and em
 * dashes. Any other non-ASCII character sends the block to the matcher. */
const SAFE_WIDE = new Set([0xa0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014]);
const WORDS = /[a-z0-9]+/g;

/**
 * The anchor of a folded pattern: its longest word that prose does not use all the time (`generic`), else its
 * longest word; null for a pattern that cannot match a safe block; undefined for one the prefilter cannot vouch for.
 */
export function anchorOf(folded: string, generic: ReadonlySet<string> = new Set()): string | null | undefined {
  if (/[^\x20-\x7e]/.test(folded)) return null; // never matches a safe block: needs no anchor
  const words = folded.match(WORDS);
  if (!words) return undefined;
  const longest = (list: string[]) => list.reduce((a, b) => (b.length > a.length ? b : a));
  const distinctive = words.filter((w) => !generic.has(w));
  return longest(distinctive.length > 0 ? distinctive : words);
}

export type Prefilter = (block: string) => boolean;

/** FNV-1a over a word's code units, as the prefilter's loop computes it (a weaker hash made "as" collide with "c5"). */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of an anchor, never 0 (0 marks an empty slot). */
function wordHash(word: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h || 1;
}

/**
 * Returns whether a block may contain a match (true means: run the matcher).
 *
 * One loop over the block's code units, with no allocation: each ASCII word is hashed as it is read and looked up
 * in an open-addressing table of the anchors' hashes. A collision only sends a block to the matcher, which decides;
 * a block is never ruled out wrongly. (Splitting the block into word strings and looking each up in a Set did the
 * same job at a quarter of the speed, most of it spent allocating the words.)
 */
export function createPrefilter(anchors: readonly string[] | null): Prefilter {
  if (anchors === null) return () => true;
  let size = 16;
  while (size < anchors.length * 4) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size);
  for (const anchor of anchors) {
    const h = wordHash(anchor);
    let slot = h & mask;
    while (table[slot] !== 0 && table[slot] !== h) slot = (slot + 1) & mask;
    table[slot] = h;
  }
  const has = (h: number): boolean => {
    for (let slot = (h || 1) & mask; table[slot] !== 0; slot = (slot + 1) & mask)
      if (table[slot] === (h || 1)) return true;
    return false;
  };
  return (block) => {
    let h = FNV_BASIS;
    let inWord = false;
    for (let i = 0; i < block.length; i++) {
      const c = block.charCodeAt(i);
      const kind = c < 0x80 ? ASCII[c]! : SAFE_WIDE.has(c) ? SEPARATOR : UNSAFE;
      if (kind > 0) {
        h = Math.imul(h ^ kind, FNV_PRIME);
        inWord = true;
        continue;
      }
      if (kind === UNSAFE) return true;
      if (inWord && has(h)) return true;
      h = FNV_BASIS;
      inWord = false;
    }
    return inWord && has(h);
  };
}
