/**
 * The matcher: finds glossary terms in one block of text.
 *
 * Pipeline: skip blocks the prefilter rules out → fold the text → scan with the Aho–Corasick automaton → keep candidates on word boundaries whose
 * case rules hold → drop context-ruled candidates whose context is not mentioned in the block → choose
 * leftmost-longest non-overlapping matches → map spans back to the source text.
 */
import { type Automaton, loadAutomaton, scanUnits } from './automaton.ts';
import { isSentenceStart, onWordBoundaries } from './boundaries.ts';
import { exactShape, type FoldedUnits, foldUnitsTransient, sourceEnd } from './fold.ts';
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
  /**
   * Might this block name a term? False means `findMatches` finds nothing in it (the prefilter; see prefilter.ts).
   * Cheap, and needs no automaton.
   */
  mayMatch(source: string): boolean;
  /** Whether the automaton is there: `findMatches` needs it for any block `mayMatch` lets through. */
  readonly loaded: boolean;
  /** Finds the terms of one block (a paragraph, a list item, a cell): context rules apply within it. */
  findMatches(source: string): Match[];
}

/** Blocks in a row with terms after which the prefilter is skipped (see createLazyMatcher). */
const PREFILTER_STREAK = 8;

interface Candidate {
  start: number;
  end: number;
  row: PatternRow;
}

/** A matcher that starts with the head only and gets its patterns and automaton later, if a page needs them. */
export interface LazyMatcher extends Matcher {
  load(body: MatcherBody): void;
}

/** A matcher with everything loaded (the tools, the tests, the benchmark's peers). */
export function createMatcher(data: MatcherData): LazyMatcher {
  const matcher = createLazyMatcher(data);
  matcher.load(data);
  return matcher;
}

/**
 * The content script's matcher: the prefilter works from the head alone; the patterns and automaton are loaded
 * only when a block gets past it. On a page that names nothing from the glossary (most pages) they never are.
 */
export function createLazyMatcher(head: MatcherHead): LazyMatcher {
  const mayMatch = createPrefilter(head.anchors);
  let body: { automaton: Automaton; patterns: readonly PatternRow[] } | undefined;
  // On a page dense with terms the prefilter lets nearly every block through, and its pass over the characters is
  // wasted: after PREFILTER_STREAK blocks in a row that had terms it is skipped, until a block has none.
  let streak = 0;
  return {
    ids: head.ids,
    mayMatch,
    get loaded() {
      return body !== undefined;
    },
    load({ trie, patterns }) {
      body ??= { automaton: loadAutomaton(trie), patterns };
    },
    findMatches(source) {
      if (streak < PREFILTER_STREAK && !mayMatch(source)) return [];
      if (!body) throw new Error('findMatches before the matcher was loaded');
      const matches = findMatches(body.automaton, body.patterns, source);
      streak = matches.length > 0 ? streak + 1 : 0;
      return matches;
    },
  };
}

function findMatches(automaton: Automaton, rows: readonly PatternRow[], source: string): Match[] {
  // Transient: everything below is done with this block's offsets before the next block is folded.
  const folded = foldUnitsTransient(source);
  const { units, length } = folded;
  const candidates: Candidate[] = [];
  scanUnits(automaton, units, length, (pattern, end) => {
    const row = rows[pattern]!;
    const start = end - row[0];
    if (!onWordBoundaries(units, length, start, end)) return;
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

function caseHolds(row: PatternRow, source: string, folded: FoldedUnits, start: number, end: number): boolean {
  const written = source.slice(folded.starts[start]!, sourceEnd(folded, end - 1));
  if (exactShape(written) !== row[3]) return false;
  return !(row[2] & COMMON_WORD && isSentenceStart(folded.units, start));
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
