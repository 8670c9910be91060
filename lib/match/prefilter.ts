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

/** A character the prefilter does not understand (it understands printable ASCII, tabs and line breaks, no-break
 * spaces, curly quotes, en and em dashes): such a block goes straight to the matcher. */
const UNSAFE = /[^\t\n\r\x20-\x7e\u00a0\u2018\u2019\u201c\u201d\u2013\u2014]/;
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

/** Returns whether a block may contain a match (true means: run the matcher). */
export function createPrefilter(anchors: readonly string[] | null): Prefilter {
  if (anchors === null) return () => true;
  const set = new Set(anchors);
  return (block) => {
    if (UNSAFE.test(block)) return true;
    const words = block.toLowerCase().match(WORDS);
    if (!words) return false;
    for (const w of words) if (set.has(w)) return true;
    return false;
  };
}
