/**
 * An Aho–Corasick automaton over UTF-16 code units: one left-to-right pass over a text reports every pattern
 * occurrence, in time linear in the text plus the occurrences, whatever the number of patterns.
 *
 * Hand-written because it is the product's core and hot path (ARCHITECTURE.md says why no library fits).
 * Its start-up cost is paid on every page, so:
 *  - the trie is built at glossary build time (`compileTrie`) and shipped as two strings in breadth-first order,
 *    where a state's children are consecutive states, so a state's children are found from running sums of counts;
 *  - edge labels are read straight from the shipped string, so no per-state array is filled for them;
 *  - failure links are computed at build time too (computing one lazily took a walk up to the state's parent and
 *    a search per suffix, in code the page had not optimised yet), so the scan only reads them.
 */

/** The trie as the glossary build ships it. */
export interface TrieData {
  /** The char on the edge into each state, for states 1…n-1 in breadth-first order. */
  readonly chars: string;
  /** Each state's number of children, as a char code offset by 48 (so the string is mostly ASCII). */
  readonly counts: string;
  /** The first child of every BLOCK-th state: where the running sum of `counts` starts for each block. */
  readonly bases: readonly number[];
  /** For each pattern, the state where it ends (0 for an empty pattern, which never matches). */
  readonly terminals: readonly number[];
  /** The ids of the non-empty patterns, sorted by their end state (so a state's patterns are a contiguous run). */
  readonly outIds: readonly number[];
  /** The failure link of every state: the longest proper suffix of its string that is a state (0, the root, if none). */
  readonly fails: readonly number[];
}

export interface Automaton {
  /** Edge labels: the char into state t is chars.charCodeAt(t - 1). */
  readonly chars: string;
  readonly counts: string;
  readonly bases: readonly number[];
  /**
   * State s's children are states firstChild[s] … firstChild[s+1] - 1, sorted by their char. Filled a block of
   * BLOCK states at a time, the first time one of them is needed (0 = not yet: every real value is at least 1), so
   * loading costs no pass over the tens of thousands of states, of which a page visits a few hundred.
   */
  readonly firstChild: Uint32Array;
  /** Transitions out of the root, indexed by code unit (most characters of a page lead back to the root). */
  readonly rootNext: Uint32Array;
  /** Failure link of each state (shipped). */
  readonly fail: readonly number[];
  /** Nearest state along the fail chain (itself included) that ends a pattern, plus one: 1 for none, 0 until needed. */
  readonly report: Int32Array;
  readonly terminals: readonly number[];
  readonly outIds: readonly number[];
}

const COUNT_OFFSET = 48;
/** States per block of `firstChild` filled at once (and per entry of `bases`). */
const BLOCK = 64;

/** Builds the breadth-first trie of the patterns (at glossary build time, in Node). */
export function compileTrie(patterns: readonly string[]): TrieData {
  const order = patterns
    .map((p, id) => ({ p, id }))
    .filter((x) => x.p.length > 0)
    .sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : a.id - b.id));
  const chars: number[] = [];
  const counts: number[] = [];
  const bases: number[] = [];
  const terminals = new Array<number>(patterns.length).fill(0);
  // Breadth-first over ranges of the sorted patterns: the patterns sharing a state's prefix are contiguous.
  const queue: { lo: number; hi: number; depth: number }[] = [{ lo: 0, hi: order.length, depth: 0 }];
  for (let s = 0; s < queue.length; s++) {
    if (s % BLOCK === 0) bases.push(queue.length);
    const { hi, depth } = queue[s]!;
    let i = queue[s]!.lo;
    while (i < hi && order[i]!.p.length === depth) terminals[order[i++]!.id] = s;
    let children = 0;
    while (i < hi) {
      const c = order[i]!.p.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && order[j]!.p.charCodeAt(depth) === c) j++;
      chars.push(c);
      queue.push({ lo: i, hi: j, depth: depth + 1 });
      children++;
      i = j;
    }
    counts.push(children + COUNT_OFFSET);
  }
  const outIds = order.map((x) => x.id).sort((a, b) => terminals[a]! - terminals[b]! || a - b);
  return {
    chars: codesToString(chars),
    counts: codesToString(counts),
    bases,
    terminals,
    outIds,
    fails: failLinks(counts, chars),
  };
}

/**
 * The failure links of a breadth-first trie given as its states' child counts (offset by COUNT_OFFSET) and edge
 * chars: computed in breadth-first order, so a state's link is known before its children's.
 */
function failLinks(counts: readonly number[], chars: readonly number[]): number[] {
  const n = counts.length;
  const first = new Array<number>(n + 1);
  first[0] = 1;
  for (let s = 0; s < n; s++) first[s + 1] = first[s]! + counts[s]! - COUNT_OFFSET;
  const child = (s: number, c: number): number => {
    for (let t = first[s]!; t < first[s + 1]!; t++) if (chars[t - 1] === c) return t;
    return -1;
  };
  const fails = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (let t = first[s]!; t < first[s + 1]!; t++) {
      if (s === 0) continue; // the root's children fail to the root
      const c = chars[t - 1]!;
      let f = fails[s]!;
      let g = child(f, c);
      while (g < 0 && f !== 0) {
        f = fails[f]!;
        g = child(f, c);
      }
      fails[t] = Math.max(g, 0);
    }
  }
  return fails;
}

function codesToString(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Loads a shipped trie: a few allocations, no pass over the states (see `firstChild`). */
export function loadAutomaton(trie: TrieData): Automaton {
  const { counts, chars, bases, terminals, outIds, fails } = trie;
  const n = counts.length;
  const a: Automaton = {
    chars,
    counts,
    bases,
    firstChild: new Uint32Array(n + 1),
    rootNext: new Uint32Array(0x10000),
    fail: fails,
    report: new Int32Array(n),
    terminals,
    outIds,
  };
  a.report[0] = 1;
  const end = firstChildOf(a, 1);
  for (let t = firstChildOf(a, 0); t < end; t++) a.rootNext[chars.charCodeAt(t - 1)] = t;
  return a;
}

/** firstChild[s], filling its block first if need be. */
function firstChildOf(a: Automaton, s: number): number {
  return a.firstChild[s] || fillBlock(a, s);
}

/** Fills the block of `firstChild` holding s (the last block also fills the end sentinel); returns firstChild[s]. */
function fillBlock(a: Automaton, s: number): number {
  const { counts, firstChild } = a;
  const n = counts.length;
  const b = Math.floor(s / BLOCK);
  const start = b * BLOCK;
  const end = Math.min(start + BLOCK, n);
  let next = a.bases[b] ?? n;
  for (let t = start; t < end; t++) {
    firstChild[t] = next;
    next += counts.charCodeAt(t) - COUNT_OFFSET;
  }
  if (end === n) firstChild[n] = next;
  return firstChild[s]!;
}

/** Compiles and loads in one go (tests and the maintainers' tools). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return loadAutomaton(compileTrie(patterns));
}

/** The nearest state along t's failure chain (t included) where a pattern ends, or 0. */
function reportOf(a: Automaton, t: number): number {
  const known = a.report[t]!;
  if (known > 0) return known - 1;
  const result = firstOutput(a, t) >= 0 ? t : reportOf(a, a.fail[t]!);
  a.report[t] = result + 1;
  return result;
}

/** The index in `outIds` of the first pattern ending at state t, or -1 if none does (binary search). */
function firstOutput(a: Automaton, t: number): number {
  const { outIds, terminals } = a;
  let lo = 0;
  let hi = outIds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terminals[outIds[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < outIds.length && terminals[outIds[lo]!] === t ? lo : -1;
}

/** Occurrences found by one scan, in the order found: pattern ids and end offsets (exclusive). Reused from scan to scan. */
export interface Hits {
  patterns: Int32Array;
  ends: Int32Array;
  count: number;
}

export function createHits(capacity = 256): Hits {
  return { patterns: new Int32Array(capacity), ends: new Int32Array(capacity), count: 0 };
}

function addHit(hits: Hits, pattern: number, end: number): void {
  if (hits.count === hits.patterns.length) {
    const patterns = new Int32Array(hits.count * 2);
    const ends = new Int32Array(hits.count * 2);
    patterns.set(hits.patterns);
    ends.set(hits.ends);
    hits.patterns = patterns;
    hits.ends = ends;
  }
  hits.patterns[hits.count] = pattern;
  hits.ends[hits.count++] = end;
}

/** `scanUnits` over a string, with a callback per occurrence (the tests and tools). */
export function scan(a: Automaton, text: string, onMatch: (pattern: number, end: number) => void): void {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  const hits = createHits();
  scanUnits(a, units, units.length, hits);
  for (let h = 0; h < hits.count; h++) onMatch(hits.patterns[h]!, hits.ends[h]!);
}

/**
 * Finds every occurrence of every pattern in units[0 … length) and writes them to `hits` (emptied first).
 * The automaton's arrays are held in locals and the cached links read inline, and occurrences go to a reused buffer
 * rather than a callback: this loop runs once per character of every page, mostly before the engine optimises it.
 */
export function scanUnits(a: Automaton, units: Uint16Array, length: number, hits: Hits): void {
  const { rootNext, firstChild, chars, fail, report, outIds, terminals } = a;
  hits.count = 0;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    let t = 0;
    while (s !== 0) {
      // The child of s on c, by binary search over s's consecutive children (inline: a call per character costs,
      // in the code of a page's first pass).
      let lo = firstChild[s] || fillBlock(a, s);
      let hi = (firstChild[s + 1] || fillBlock(a, s + 1)) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const m = chars.charCodeAt(mid - 1);
        if (m === c) {
          t = mid;
          break;
        }
        if (m < c) lo = mid + 1;
        else hi = mid - 1;
      }
      if (t !== 0) break;
      s = fail[s]!;
    }
    s = s === 0 ? rootNext[c]! : t;
    if (s === 0) continue;
    const known = report[s]!;
    let r = known > 0 ? known - 1 : reportOf(a, s);
    while (r > 0) {
      for (let o = firstOutput(a, r); o < outIds.length && terminals[outIds[o]!] === r; o++)
        addHit(hits, outIds[o]!, i + 1);
      const f = fail[r]!;
      r = report[f]! > 0 ? report[f]! - 1 : reportOf(a, f);
    }
  }
}
