/**
 * Discourse aliases at run time: a person's surname alone ("Yerzhanov", "Ержанова") names them only after the page
 * has named them earlier, in document order, by one of their ordinary forms (the full name, usually). Never before,
 * and never because another page did.
 *
 * Pages are matched block by block in any order (the viewport first, then the rest; changed text again), so a full
 * name found late may come before surnames already matched: the gate keeps every block's surname matches, shown or
 * held, and re-decides an entry's surnames only when its first ordinary match moves (earlier when a block is added,
 * later when one is removed). Blocks are whatever the caller uses (DOM blocks in the engine, line numbers in the
 * maintainers' tools), ordered by the comparison it passes in.
 */
import type { Match } from './types.ts';

/** A match and the block it is in. */
export interface Placed<B> {
  readonly block: B;
  readonly match: Match;
}

interface Position<B> {
  readonly block: B;
  readonly offset: number;
}

interface Held {
  readonly match: Match;
  shows: boolean;
}

export class DiscourseGate<B> {
  /** Per entry: the earliest offset of an ordinary match in each block that has one. */
  private readonly named = new Map<number, Map<B, number>>();
  /** Per entry: its first ordinary match on the page. */
  private readonly first = new Map<number, Position<B>>();
  /** Per entry: its surname matches, by block, each shown or held. */
  private readonly held = new Map<number, Map<B, Held[]>>();
  /** The entries each block has a record for, to drop them with the block. */
  private readonly entriesOf = new Map<B, Set<number>>();
  private readonly compare: (a: B, b: B) => number;
  private readonly tracked: ReadonlySet<number>;

  /**
   * `compare` orders blocks (negative: a comes first); `tracked` are the entries that have surname forms (only
   * their ordinary matches need recording).
   */
  constructor(compare: (a: B, b: B) => number, tracked: ReadonlySet<number>) {
    this.compare = compare;
    this.tracked = tracked;
  }

  /**
   * Records a block's matches (a long block's pieces may come in turn, in order, until it is removed). Returns the
   * matches to show in it: its ordinary ones and the surnames that follow their entry's first ordinary match; and the
   * surnames of other blocks that this block's ordinary matches now precede.
   */
  add(block: B, matches: readonly Match[]): { kept: Match[]; shown: Placed<B>[] } {
    const moved: number[] = [];
    for (const m of matches) {
      if (m.discourse || !this.tracked.has(m.entryIndex)) continue;
      const blocks = getOrSet(this.named, m.entryIndex, () => new Map<B, number>());
      const earlier = blocks.get(block);
      if (earlier !== undefined && earlier <= m.start) continue;
      blocks.set(block, m.start);
      this.touch(block, m.entryIndex);
      const first = this.first.get(m.entryIndex);
      const here = { block, offset: m.start };
      if (!first || this.precedes(here, first)) {
        this.first.set(m.entryIndex, here);
        if (!moved.includes(m.entryIndex)) moved.push(m.entryIndex);
      }
    }
    const kept: Match[] = [];
    for (const m of matches) {
      if (!m.discourse) {
        kept.push(m);
        continue;
      }
      const shows = this.follows(m.entryIndex, block, m.start);
      const blocks = getOrSet(this.held, m.entryIndex, () => new Map<B, Held[]>());
      getOrSet(blocks, block, () => []).push({ match: m, shows });
      this.touch(block, m.entryIndex);
      if (shows) kept.push(m);
    }
    const shown: Placed<B>[] = [];
    for (const entry of moved) this.redecide(entry, block, shown);
    return { kept, shown };
  }

  /** Forgets a block (its text changed or left the page); returns the surnames of other blocks now held. */
  remove(block: B): Placed<B>[] {
    const entries = this.entriesOf.get(block);
    if (!entries) return [];
    this.entriesOf.delete(block);
    const hidden: Placed<B>[] = [];
    for (const entry of entries) {
      this.held.get(entry)?.delete(block);
      const blocks = this.named.get(entry);
      if (!blocks?.delete(block) || this.first.get(entry)?.block !== block) continue;
      const next = this.earliest(blocks);
      if (next) this.first.set(entry, next);
      else this.first.delete(entry);
      this.redecide(entry, undefined, hidden);
    }
    return hidden;
  }

  clear(): void {
    this.named.clear();
    this.first.clear();
    this.held.clear();
    this.entriesOf.clear();
  }

  /** Shows or holds an entry's surnames (all blocks but `except`) by its first ordinary match now; logs the changes. */
  private redecide(entry: number, except: B | undefined, changed: Placed<B>[]): void {
    for (const [block, list] of this.held.get(entry) ?? []) {
      if (block === except) continue;
      for (const h of list) {
        const shows = this.follows(entry, block, h.match.start);
        if (shows === h.shows) continue;
        h.shows = shows;
        changed.push({ block, match: h.match });
      }
    }
  }

  /** Does a position come after the entry's first ordinary match? */
  private follows(entry: number, block: B, offset: number): boolean {
    const first = this.first.get(entry);
    return first !== undefined && this.precedes(first, { block, offset });
  }

  private precedes(a: Position<B>, b: Position<B>): boolean {
    return a.block === b.block ? a.offset < b.offset : this.compare(a.block, b.block) < 0;
  }

  private earliest(blocks: ReadonlyMap<B, number>): Position<B> | undefined {
    let best: Position<B> | undefined;
    for (const [block, offset] of blocks) {
      const here = { block, offset };
      if (!best || this.precedes(here, best)) best = here;
    }
    return best;
  }

  private touch(block: B, entry: number): void {
    getOrSet(this.entriesOf, block, () => new Set<number>()).add(entry);
  }
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * Adds surname candidates to a block's chosen ordinary matches where they overlap none (and no surname chosen
 * before them, leftmost-longest): an ordinary name always wins its span, since a surname there is not alone.
 */
export function withSurnamesInGaps(chosen: readonly Match[], surnames: readonly Match[]): Match[] {
  if (surnames.length === 0) return chosen as Match[];
  const all = [...chosen];
  const ordered = [...surnames].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of ordered) if (!all.some((m) => m.start < s.end && s.start < m.end)) all.push(s);
  return all.sort((a, b) => a.start - b.start);
}
