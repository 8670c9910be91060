/**
 * A Bloom filter of words: "certainly not in the set" or "probably in it". The maintainers' tools ask the full
 * lists of ordinary English, French and German words (617,000 folded words, 6.7 MB); an extension page gets this
 * filter of them instead (about 0.7 MB at a 1 % false-positive rate). A false positive only ever takes a name for an
 * ordinary word (so discovery misses it); an ordinary word is never missed.
 *
 * Hashing is FNV-1a over UTF-16 code units, mixed into two hashes combined as h1 + i·h2 (Kirsch and Mitzenmacher):
 * the same bits in Node, where the build writes the filter, and in the browser, where it is read.
 */

export interface WordFilter {
  /** Number of hash functions. */
  readonly hashes: number;
  /** The bits, little-endian within each byte; its length × 8 is the filter's size in bits. */
  readonly bits: Uint8Array;
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads FNV's bits, so that the two hashes derived from it are independent enough. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The bit positions of a word, in a filter of `size` bits. */
function positions(word: string, hashes: number, size: number): number[] {
  const h = fnv1a(word);
  const h1 = mix(h);
  // Odd, so the probes of one word never collapse onto one bit when `size` is even.
  const h2 = mix(h ^ 0x9e3779b9) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % size);
  return out;
}

/**
 * A filter for `words` with the given false-positive rate: m = −n·ln p / (ln 2)² bits, k = (m / n)·ln 2 hashes,
 * the sizes that minimise the rate.
 */
export function buildWordFilter(words: Iterable<string>, falsePositiveRate: number): WordFilter {
  const list = [...words];
  const n = Math.max(1, list.length);
  const bitCount = Math.ceil((-n * Math.log(falsePositiveRate)) / Math.LN2 ** 2 / 8) * 8;
  const hashes = Math.max(1, Math.round((bitCount / n) * Math.LN2));
  const bits = new Uint8Array(bitCount / 8);
  for (const w of list) for (const p of positions(w, hashes, bitCount)) bits[p >> 3]! |= 1 << (p & 7);
  return { hashes, bits };
}

export function mayContain(filter: WordFilter, word: string): boolean {
  const size = filter.bits.length * 8;
  for (const p of positions(word, filter.hashes, size)) if ((filter.bits[p >> 3]! & (1 << (p & 7))) === 0) return false;
  return true;
}

/** On disk: one byte for the number of hashes, then the bits. */
export function encodeWordFilter(filter: WordFilter): Uint8Array {
  const out = new Uint8Array(filter.bits.length + 1);
  out[0] = filter.hashes;
  out.set(filter.bits, 1);
  return out;
}

export function decodeWordFilter(bytes: Uint8Array): WordFilter {
  if (bytes.length < 2 || bytes[0] === 0) throw new Error('not a word filter');
  return { hashes: bytes[0]!, bits: bytes.subarray(1) };
}
