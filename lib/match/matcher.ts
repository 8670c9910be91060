/**
 * The matcher: finds glossary terms in one block of text.
 *
 * Pipeline: skip blocks the prefilter rules out → fold the text → scan with the Aho–Corasick automaton → keep candidates on word boundaries whose
 * case and cue rules hold → drop context-ruled candidates whose context is not mentioned in the block → choose
 * leftmost-longest non-overlapping matches (of two with the same span, the one whose cue held) → map spans back to
 * the source text; surnames alone (discourse aliases) fill the gaps the ordinary matches leave, flagged for
 * discourse.ts.
 */
import { type Automaton, createHits, loadAutomaton, scanUnits } from './automaton.ts';
import { isSentenceStart, onWordBoundaries } from './boundaries.ts';
import { cueHolds } from './cues.ts';
import { exactShape, type FoldedUnits, foldUnitsTransient, sourceEnd } from './fold.ts';
import { createPrefilter } from './prefilter.ts';
import {
  CASE_SENSITIVE,
  COMMON_WORD,
  DISCOURSE,
  type Match,
  type MatcherData,
  type PatternRow,
  ROW_CONTEXT,
  ROW_CUE,
  ROW_ENTRY,
  ROW_EXACT,
  ROW_FLAGS,
  ROW_LENGTH,
} from './types.ts';

export interface Matcher {
  /** Entry ids by index: a match names `ids[entryIndex]`. */
  readonly ids: readonly string[];
  /**
   * Might this block name a term? False means `findMatches` finds nothing in it (the prefilter; see prefilter.ts).
   * The every-page script runs the same prefilter from the head alone, before any matcher is loaded.
   */
  mayMatch(source: string): boolean;
  /**
   * Finds the terms of one block (a paragraph, a list item, a cell): context rules apply within it. Surnames alone
   * (discourse aliases) come flagged `discourse`, where no ordinary match overlaps them: whether they name their
   * entry depends on the rest of the page (discourse.ts).
   */
  findMatches(source: string): Match[];
  /** The entries that have discourse aliases (none in matcher data compiled without them). */
  readonly discourseEntries?: ReadonlySet<number>;
}

/** Blocks in a row with terms after which the prefilter is skipped (see createMatcher). */
const PREFILTER_STREAK = 8;

export function createMatcher(data: MatcherData): Matcher {
  // The head's anchors, and the discourse aliases' (a block may name a person by surname only).
  const { anchors, discourseAnchors } = data;
  const mayMatch = createPrefilter(anchors && discourseAnchors ? [...anchors, ...discourseAnchors] : anchors);
  const automaton = loadAutomaton(data.trie);
  const { patterns } = data;
  // The build puts the discourse aliases' rows last: read from the end, loading makes no pass over the rest.
  const discourseEntries = new Set<number>();
  for (let r = patterns.length - 1; r >= 0 && patterns[r]![ROW_FLAGS] & DISCOURSE; r--) {
    discourseEntries.add(patterns[r]![ROW_ENTRY]);
  }
  // On a page dense with terms the prefilter lets nearly every block through, and its pass over the characters is
  // wasted: after PREFILTER_STREAK blocks in a row that had terms it is skipped, until a block has none.
  let streak = 0;
  return {
    ids: data.ids,
    mayMatch,
    discourseEntries,
    findMatches(source) {
      if (streak < PREFILTER_STREAK && !mayMatch(source)) return [];
      const matches = findMatches(automaton, patterns, source);
      streak = matches.length > 0 ? streak + 1 : 0;
      return matches;
    },
  };
}

/**
 * One block's occurrences and candidates, in buffers reused from block to block: objects and closures per candidate
 * were a large part of matching's cost on a page's first pass, where the engine has not optimised them yet.
 * Candidate k spans folded units candStart[k] … candEnd[k] and is pattern candPattern[k].
 */
const hits = createHits();
const candStart: number[] = [];
const candEnd: number[] = [];
const candPattern: number[] = [];
/** Whether candidate k's pattern has a cue rule (which held): it wins a tie with a plain pattern of the same span. */
const candCued: boolean[] = [];
/** Candidate indices in leftmost-longest order. */
const order: number[] = [];
/** Whether each candidate's context rule holds (see keepSupported). */
const supported: boolean[] = [];
/** The spans (folded units) of the ordinary matches chosen, in order: what a surname alone must not overlap. */
const chosenStart: number[] = [];
const chosenEnd: number[] = [];

function findMatches(automaton: Automaton, rows: readonly PatternRow[], source: string): Match[] {
  // Transient: everything below is done with this block's offsets before the next block is folded.
  const folded = foldUnitsTransient(source);
  const { units, length } = folded;
  scanUnits(automaton, units, length, hits);
  let count = 0;
  let contextRuled = false;
  let surnames = false;
  for (let h = 0; h < hits.count; h++) {
    const pattern = hits.patterns[h]!;
    const end = hits.ends[h]!;
    const row = rows[pattern]!;
    const start = end - row[ROW_LENGTH];
    if (!onWordBoundaries(units, length, start, end)) continue;
    if (row[ROW_FLAGS] & CASE_SENSITIVE && !caseHolds(row, source, folded, start, end)) continue;
    const cue = row[ROW_CUE];
    if (cue && !cueHolds(cue, units, length, start, end)) continue;
    if (row[ROW_CONTEXT]) contextRuled = true;
    if (row[ROW_FLAGS] & DISCOURSE) surnames = true;
    candStart[count] = start;
    candEnd[count] = end;
    candCued[count] = cue !== undefined;
    candPattern[count++] = pattern;
  }
  if (contextRuled) count = keepSupported(rows, count);
  if (count === 0) return [];
  sortLeftmostLongest(count);
  const matches: Match[] = [];
  let reach = 0;
  let chosen = 0;
  for (let j = 0; j < count; j++) {
    const k = order[j]!;
    if (candStart[k]! < reach || (surnames && rows[candPattern[k]!]![ROW_FLAGS] & DISCOURSE)) continue;
    reach = candEnd[k]!;
    chosenStart[chosen] = candStart[k]!;
    chosenEnd[chosen++] = reach;
    matches.push({
      start: folded.starts[candStart[k]!]!,
      end: sourceEnd(folded, reach - 1),
      entryIndex: rows[candPattern[k]!]![ROW_ENTRY],
    });
  }
  if (surnames) addSurnamesInGaps(rows, folded, count, chosen, matches);
  return matches;
}

/**
 * Adds the surnames alone (discourse candidates) that overlap no ordinary match, leftmost-longest among
 * themselves, flagged `discourse`. Most are inside a full name just matched ("Yerzhanov" in "Adilkhan Yerzhanov"):
 * those cost one comparison each, in one sweep over the chosen spans (sorted, as the candidates are).
 */
function addSurnamesInGaps(
  rows: readonly PatternRow[],
  folded: FoldedUnits,
  count: number,
  chosen: number,
  matches: Match[],
): void {
  let c = 0;
  let reach = 0;
  for (let j = 0; j < count; j++) {
    const k = order[j]!;
    const row = rows[candPattern[k]!]!;
    const start = candStart[k]!;
    if (!(row[ROW_FLAGS] & DISCOURSE) || start < reach) continue;
    while (c < chosen && chosenEnd[c]! <= start) c++;
    if (c < chosen && chosenStart[c]! < candEnd[k]!) continue;
    reach = candEnd[k]!;
    const match: Match = {
      start: folded.starts[start]!,
      end: sourceEnd(folded, reach - 1),
      entryIndex: row[ROW_ENTRY],
      discourse: true,
    };
    const at = matches.findIndex((m) => m.start > match.start);
    matches.splice(at === -1 ? matches.length : at, 0, match);
  }
}

function caseHolds(row: PatternRow, source: string, folded: FoldedUnits, start: number, end: number): boolean {
  const written = source.slice(folded.starts[start]!, sourceEnd(folded, end - 1));
  if (exactShape(written) !== row[ROW_EXACT]) return false;
  return !(row[ROW_FLAGS] & COMMON_WORD && isSentenceStart(folded.units, start));
}

/**
 * A context-ruled candidate survives only if one of its context entries is found unconditionally in the block.
 * Decides for every candidate first, then compacts them in place; returns how many are left.
 */
function keepSupported(rows: readonly PatternRow[], count: number): number {
  for (let k = 0; k < count; k++) {
    const context = rows[candPattern[k]!]![ROW_CONTEXT];
    supported[k] = !context || mentionedUnconditionally(rows, count, context);
  }
  let kept = 0;
  for (let k = 0; k < count; k++) {
    if (!supported[k]) continue;
    candStart[kept] = candStart[k]!;
    candEnd[kept] = candEnd[k]!;
    candCued[kept] = candCued[k]!;
    candPattern[kept++] = candPattern[k]!;
  }
  return kept;
}

function mentionedUnconditionally(rows: readonly PatternRow[], count: number, entries: readonly number[]): boolean {
  for (let k = 0; k < count; k++) {
    const row = rows[candPattern[k]!]!;
    // A surname alone supports nothing: it names its entry only if the page did so before.
    if (!row[ROW_CONTEXT] && !(row[ROW_FLAGS] & DISCOURSE) && entries.includes(row[ROW_ENTRY])) return true;
  }
  return false;
}

/**
 * Fills `order` with the candidates leftmost first, and at the same start the longest first; of two with the same
 * span, a cued one first (its cue says which entry the words name); other ties keep the order found. An insertion sort: a block's candidates are few and arrive nearly in order (by end), and it needs no
 * comparison closure.
 */
function sortLeftmostLongest(count: number): void {
  for (let k = 0; k < count; k++) {
    let i = k - 1;
    while (i >= 0 && precedes(k, order[i]!)) {
      order[i + 1] = order[i]!;
      i--;
    }
    order[i + 1] = k;
  }
}

/** Does candidate a come strictly before candidate b (leftmost, then longest, then cued)? */
function precedes(a: number, b: number): boolean {
  if (candStart[a] !== candStart[b]) return candStart[a]! < candStart[b]!;
  if (candEnd[a] !== candEnd[b]) return candEnd[a]! > candEnd[b]!;
  return candCued[a]! && !candCued[b]!;
}
