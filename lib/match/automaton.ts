/**
 * An Aho–Corasick automaton over UTF-16 code units: one left-to-right pass over a text reports every pattern
 * occurrence, in time linear in the text plus the occurrences, whatever the number of patterns.
 *
 * Hand-written because it is the product's core and hot path: the libraries on npm either build on RegExp
 * alternation (seconds on long pages), allocate an object per match, or lack the flat typed-array layout that keeps
 * building a few thousand patterns to a couple of milliseconds in the content script.
 */

export interface Automaton {
  /** For state s, its edges are edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s+1]), sorted by char. */
  readonly edgeStart: Uint32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeTarget: Uint32Array;
  readonly fail: Uint32Array;
  /** Nearest state along the fail chain (itself included) that ends a pattern, or -1. */
  readonly report: Int32Array;
  /** For a reporting state, the pattern ids ending there: outputs[outStart[s] .. outStart[s+1]). */
  readonly outStart: Uint32Array;
  readonly outputs: Uint32Array;
  /** Length in code units of the patterns ending at each state (they all share the state's depth). */
  readonly depth: Uint32Array;
}

interface TrieNode {
  next: Map<number, number>;
  patterns: number[];
  depth: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const nodes: TrieNode[] = [{ next: new Map(), patterns: [], depth: 0 }];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let t = nodes[s]!.next.get(c);
      if (t === undefined) {
        t = nodes.length;
        nodes.push({ next: new Map(), patterns: [], depth: nodes[s]!.depth + 1 });
        nodes[s]!.next.set(c, t);
      }
      s = t;
    }
    nodes[s]!.patterns.push(id);
  });
  return flatten(nodes);
}

function flatten(nodes: TrieNode[]): Automaton {
  const n = nodes.length;
  const edgeStart = new Uint32Array(n + 1);
  let edges = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = edges;
    edges += nodes[s]!.next.size;
  }
  edgeStart[n] = edges;
  const edgeChar = new Uint16Array(edges);
  const edgeTarget = new Uint32Array(edges);
  const outStart = new Uint32Array(n + 1);
  const outputs: number[] = [];
  const depth = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    const node = nodes[s]!;
    const sorted = [...node.next].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([c, t], k) => {
      edgeChar[edgeStart[s]! + k] = c;
      edgeTarget[edgeStart[s]! + k] = t;
    });
    outStart[s] = outputs.length;
    outputs.push(...node.patterns);
    depth[s] = node.depth;
  }
  outStart[n] = outputs.length;
  const automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Uint32Array(n),
    report: new Int32Array(n).fill(-1),
    outStart,
    outputs: Uint32Array.from(outputs),
    depth,
  };
  linkFailures(automaton);
  return automaton;
}

/** Breadth-first: each state's failure link is the longest proper suffix of its string that is in the trie. */
function linkFailures(a: Automaton): void {
  const fail = a.fail as Uint32Array;
  const report = a.report as Int32Array;
  const queue: number[] = [];
  for (let e = a.edgeStart[0]!; e < a.edgeStart[1]!; e++) queue.push(a.edgeTarget[e]!);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    report[s] = a.outStart[s + 1]! > a.outStart[s]! ? s : report[fail[s]!]!;
    for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++) {
      const c = a.edgeChar[e]!;
      const t = a.edgeTarget[e]!;
      let f = fail[s]!;
      while (f !== 0 && step(a, f, c) < 0) f = fail[f]!;
      const g = step(a, f, c);
      fail[t] = g >= 0 && g !== t ? g : 0;
      queue.push(t);
    }
  }
}

/** The goto function: the state reached from s on c, or -1 (binary search over s's sorted edges). */
export function step(a: Automaton, s: number, c: number): number {
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = a.edgeChar[mid]!;
    if (m === c) return a.edgeTarget[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Calls `onMatch(patternId, start, end)` for every occurrence of every pattern in `text`. */
export function scan(a: Automaton, text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let t = step(a, s, c);
    while (t < 0 && s !== 0) {
      s = a.fail[s]!;
      t = step(a, s, c);
    }
    s = Math.max(t, 0);
    for (let r = a.report[s]!; r >= 0; r = a.report[a.fail[r]!]!) {
      const end = i + 1;
      const start = end - a.depth[r]!;
      for (let o = a.outStart[r]!; o < a.outStart[r + 1]!; o++) onMatch(a.outputs[o]!, start, end);
    }
  }
}
