/**
 * The matcher: finds glossary terms in one block of text.
 *
 * Pipeline: skip blocks the prefilter rules out → fold the text → scan with the Aho–Corasick automaton → keep candidates on word boundaries whose
 * case rules hold → drop context-ruled candidates whose context is not mentioned in the block → choose
 * leftmost-longest non-overlapping matches → map spans back to the source text.
 */
import { type Automaton, loadAutomaton, scan } from './automaton.ts';
import { isSentenceStart, onWordBoundaries } from './boundaries.ts';
import { exactShape, type Folded, foldTransient, sourceEnd } from './fold.ts';
import { createPrefilter } from './prefilter.ts';
import {
  CASE_SENSITIVE,
  COMMON_WORD,
  type Match,
  type MatcherBody,
  type MatcherData,
  type MatcherHead,
  type PatternRow,
} from './types.ts';

export interface Matcher {
  readonly ids: readonly string[];
  /** Finds the terms of one block (a paragraph, a list item, a cell): context rules apply within it. */
  findMatches(source: string): Match[];
  /** Whether the automaton is loaded: it is, once the prefilter first lets a block through. */
  readonly loaded: boolean;
  /** Would matching this block load the automaton first (a one-off cost of several milliseconds)? */
  willLoad(source: string): boolean;
}

interface Candidate {
  start: number;
  end: number;
  row: PatternRow;
}

export function createMatcher(data: MatcherData): Matcher {
  return createLazyMatcher(data, () => data);
}

/**
 * A matcher whose automaton is loaded the first time the prefilter lets a block through: on a page that names
 * nothing from the glossary (most pages), the patterns are never parsed and the automaton never built.
 */
export function createLazyMatcher(head: MatcherHead, loadBody: () => MatcherBody): Matcher {
  const mayMatch = createPrefilter(head.anchors);
  let body: { automaton: Automaton; patterns: readonly PatternRow[] } | undefined;
  /** The block `willLoad` last ruled out, so `findMatches` on it right after does not run the prefilter again. */
  let ruledOut: string | undefined;
  return {
    ids: head.ids,
    get loaded() {
      return body !== undefined;
    },
    willLoad(source) {
      if (body !== undefined) return false;
      if (mayMatch(source)) return true;
      ruledOut = source;
      return false;
    },
    findMatches(source) {
      if (source === ruledOut || !mayMatch(source)) return [];
      if (!body) {
        const { trie, patterns } = loadBody();
        body = { automaton: loadAutomaton(trie), patterns };
      }
      return findMatches(body.automaton, body.patterns, source);
    },
  };
}

function findMatches(automaton: Automaton, rows: readonly PatternRow[], source: string): Match[] {
  // Transient: everything below is done with this block's offsets before the next block is folded.
  const folded = foldTransient(source);
  const candidates: Candidate[] = [];
  scan(automaton, folded.text, (pattern, end) => {
    const row = rows[pattern]!;
    const start = end - row[0];
    if (!onWordBoundaries(folded.text, start, end)) return;
    if (row[2] & CASE_SENSITIVE && !caseHolds(row, source, folded, start, end)) return;
    candidates.push({ start, end, row });
  });
  if (candidates.length === 0) return [];
  return chooseLeftmostLongest(applyContext(candidates)).map((c) => ({
    start: folded.starts[c.start]!,
    end: sourceEnd(folded, c.end - 1),
    entry: c.row[1],
  }));
}

function caseHolds(row: PatternRow, source: string, folded: Folded, start: number, end: number): boolean {
  const written = source.slice(folded.starts[start]!, sourceEnd(folded, end - 1));
  if (exactShape(written) !== row[3]) return false;
  return !(row[2] & COMMON_WORD && isSentenceStart(folded.text, start));
}

/** A context-ruled candidate survives only if one of its context entries is found unconditionally in the block. */
function applyContext(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.row[4])) return candidates;
  const mentioned = new Set(candidates.filter((c) => !c.row[4]).map((c) => c.row[1]));
  return candidates.filter((c) => !c.row[4] || c.row[4].some((e) => mentioned.has(e)));
}

/** Leftmost first; at the same start the longest; then skip whatever overlaps what was taken. */
export function chooseLeftmostLongest<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: T[] = [];
  let reach = 0;
  for (const c of sorted) {
    if (c.start < reach) continue;
    chosen.push(c);
    reach = c.end;
  }
  return chosen;
}
