/**
 * Matches blocks and paints their terms with the CSS Custom Highlight API: ranges are registered with the browser
 * and painted by `::highlight()` rules, so the page's DOM is never touched (no wrapping elements, no attributes)
 * and frameworks that own the DOM never see a foreign node.
 *
 * Only what the reader can see costs ranges: a block's terms are painted while the block is within a viewport's
 * height of the screen (an IntersectionObserver), and taken out of the Highlight when it goes further, or when the
 * keyboard or a card needs one. Every change to a registered Highlight makes the browser re-validate and repaint all
 * of its ranges (docs/browser-notes.md): keeping only the ranges near the screen keeps each change cheap however far
 * the reader scrolls, and changes are handed over in batches, once per observer callback or at `commit()`.
 *
 * A surname alone (a discourse alias) becomes a term only after its person's first ordinary match on the page
 * (lib/match/discourse.ts): one found before a full name that is matched later joins its block's terms then, and
 * leaves them if that full name leaves the page.
 */
import { DiscourseGate, type Placed } from '../match/discourse.ts';
import type { Matcher } from '../match/matcher.ts';
import type { Match } from '../match/types.ts';
import { type BlockTerms, blockOrder, type Term, TermIndex } from './term-index.ts';
import { blockOf, type TextBlock } from './text-blocks.ts';
import { runInSlices, type YieldFn, yieldToBackground } from './time-slices.ts';

export const HIGHLIGHT_NAME = 'steppe-lens';
export const ACTIVE_HIGHLIGHT_NAME = 'steppe-lens-active';

/**
 * Blocks longer than this are matched a piece at a time, cut at white space: the first piece at once, the others in
 * slices at background priority. A 5 MB text node is 300 pieces; matched in one go it was a task of 40–60 ms
 * (tests/e2e/hostile, long-text-node.html).
 */
const MAX_PIECE = 16_384;

/** What the highlighter needs of an IntersectionObserver (a stand-in in unit tests). */
export interface VisibilityWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** Calls back with the elements that came near the viewport and those that went far from it. */
export type WatchVisibility = (onChange: (near: Element[], far: Element[]) => void) => VisibilityWatcher;

/** The browser's IntersectionObserver: near means within a viewport's height above or below the screen. */
export const watchNearViewport: WatchVisibility = (onChange) =>
  new IntersectionObserver(
    (entries) =>
      onChange(
        entries.filter((e) => e.isIntersecting).map((e) => e.target),
        entries.filter((e) => !e.isIntersecting).map((e) => e.target),
      ),
    { rootMargin: '100% 0px' },
  );

export class Highlighter {
  readonly index = new TermIndex();
  readonly highlight = new Highlight();
  private readonly active = new Highlight();
  /** Ranges to give to the browser, and to take back from it, at the next commit. */
  private pending = new Set<StaticRange>();
  private leaving = new Set<StaticRange>();
  /** The ranges given to the browser and still live: what `repair` puts back if the page clears the highlight. */
  private readonly painted = new Set<StaticRange>();
  /** Blocks with terms, by the element whose nearness to the viewport stands for theirs. */
  private readonly watched = new Map<Element, BlockTerms[]>();
  /** The watched elements last reported near. */
  private readonly near = new Set<Element>();
  private readonly watcher: VisibilityWatcher | undefined;
  private readonly matcher: Matcher;
  /** The name the terms' Highlight is registered under (its style), or null while it is hidden. */
  private name: string | null = HIGHLIGHT_NAME;

  /** Between two slices of a long block's pieces (a stand-in in unit tests). */
  private readonly later: YieldFn;
  /** Which surnames alone name their person: only for a matcher with discourse aliases. */
  private readonly discourse: DiscourseGate<TextBlock> | undefined;

  constructor(matcher: Matcher, watchVisibility?: WatchVisibility, later: YieldFn = yieldToBackground) {
    this.matcher = matcher;
    this.later = later;
    const people = matcher.discourseEntries;
    this.discourse = people && people.size > 0 ? new DiscourseGate(blockOrder, people) : undefined;
    this.active.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    this.watcher = watchVisibility?.((near, far) => this.onChange(near, far));
  }

  /**
   * Matches one block; its terms are painted once it is near the viewport (at once without a watcher). A long
   * block's later pieces are matched afterwards, in slices (its terms grow as they come).
   */
  matchBlock(block: TextBlock): Term[] {
    const { text } = block;
    const pieces = text.length > MAX_PIECE ? piecesOf(text) : undefined;
    const found = pieces ? matchPiece(this.matcher, text, pieces.next().value!) : this.matcher.findMatches(text);
    if (found.length === 0 && !pieces) return [];
    // A block with only surnames held still gets a record: a full name found later may show them.
    const entry = this.place(this.index.add(block, this.gate(block, found)));
    if (pieces) void this.matchRest(entry, pieces);
    return entry.terms as Term[];
  }

  /** The matches to keep in a block (surnames alone only after their person), showing the surnames it releases. */
  private gate(block: TextBlock, found: Match[]): Match[] {
    if (!this.discourse) return found;
    const { kept, shown } = this.discourse.add(block, found);
    for (const late of shown) this.showLate(late);
    return kept;
  }

  /** The rest of a long block, a slice at a time; each slice's terms are painted if the block is near. */
  private async matchRest(entry: BlockTerms, pieces: Iterator<Piece>): Promise<void> {
    const showNew = () => {
      if (!entry.live) return;
      const element = this.watcher ? visibilityTarget(entry.block) : null;
      if (!element || this.near.has(element)) this.show(entry);
      this.commit();
    };
    await this.later();
    const matchOne = (piece: Piece) =>
      this.index.extend(entry, this.gate(entry.block, matchPiece(this.matcher, entry.block.text, piece)));
    await runInSlices(pieces, matchOne, {
      yieldFn: async () => {
        showNew();
        await this.later();
      },
      cancelled: () => !entry.live,
    });
    showNew();
  }

  /** Watches a block's element for nearness (or paints its terms at once without a watcher). */
  private place(entry: BlockTerms): BlockTerms {
    const element = this.watcher ? visibilityTarget(entry.block) : null;
    if (!element) {
      this.show(entry);
      return entry;
    }
    const list = this.watched.get(element);
    if (list) {
      list.push(entry);
      // No new report comes for an element already watched: if it is near, the block's terms show now.
      if (this.near.has(element)) this.show(entry);
    } else {
      this.watched.set(element, [entry]);
      this.watcher!.observe(element);
    }
    return entry;
  }

  /** Hands the ranges made since the last commit to the browser, in one change of the Highlight. */
  commit(): void {
    this.repair();
    for (const range of this.leaving) {
      this.highlight.delete(range);
      this.painted.delete(range);
    }
    this.leaving.clear();
    for (const range of this.pending) {
      this.highlight.add(range);
      this.painted.add(range);
    }
    this.pending.clear();
  }

  /**
   * Puts our highlights back if the page took them away (`CSS.highlights.clear()` or `delete`, or emptying the
   * Highlight): the registry and the Highlight are the page's to touch too.
   */
  repair(): void {
    if (this.name !== null && CSS.highlights.get(this.name) !== this.highlight) {
      CSS.highlights.set(this.name, this.highlight);
    }
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT_NAME) !== this.active)
      CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    if (this.highlight.size < this.painted.size) for (const range of this.painted) this.highlight.add(range);
  }

  /** Paints one term now, wherever it is (the keyboard reached it, a card opens on it). */
  reveal(term: Term): StaticRange {
    const range = this.index.rangeOf(term);
    if (!this.highlight.has(range)) {
      this.highlight.add(range);
      this.painted.add(range);
    }
    return range;
  }

  /** Forgets a text node that changed or left the page: its block's terms lose their highlights. */
  forget(node: Text): void {
    const entry = this.index.removeNode(node);
    if (!entry) return;
    for (const term of entry.terms) this.unpaint(term);
    // A full name that left may have been what let surnames elsewhere name their person.
    for (const late of this.discourse?.remove(entry.block) ?? []) this.hideLate(late);
  }

  /** Takes a term's range out of the Highlight (and out of the active one), wherever it was on its way. */
  private unpaint(term: Term): void {
    const range = this.index.existingRange(term);
    if (!range) return;
    this.pending.delete(range);
    this.leaving.delete(range);
    this.painted.delete(range);
    this.highlight.delete(range);
    if (this.active.has(range)) this.active.clear();
  }

  /** A surname in a block matched earlier that now follows its person's first mention: a term, painted if near. */
  private showLate({ block, match }: Placed<TextBlock>): void {
    const entry = this.index.entryOf(block);
    if (!entry) return;
    const term = this.index.addTerm(entry, match);
    const element = this.watcher ? visibilityTarget(block) : null;
    if (!element || this.near.has(element)) this.pending.add(this.index.rangeOf(term));
  }

  /** A surname whose person's first mention left the page: no longer a term. */
  private hideLate({ block, match }: Placed<TextBlock>): void {
    const entry = this.index.entryOf(block);
    const term = entry && this.index.removeTerm(entry, match);
    if (term) this.unpaint(term);
  }

  /** Registers the terms' Highlight under another name (a style's), or none to hide them. */
  register(name: string | null): void {
    if (this.name !== null && CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
    this.name = name;
    if (name !== null) CSS.highlights.set(name, this.highlight);
  }

  /** Marks one term as the active one (hovered or reached by keyboard), or none. */
  setActive(term: Term | undefined): void {
    this.active.clear();
    if (term) this.active.add(this.reveal(term));
  }

  clear(): void {
    this.watcher?.disconnect();
    this.watched.clear();
    this.near.clear();
    this.leaving.clear();
    this.pending.clear();
    this.painted.clear();
    this.highlight.clear();
    this.active.clear();
    this.index.clear();
    this.discourse?.clear();
    this.register(null);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  private onChange(near: Element[], far: Element[]): void {
    for (const element of far) {
      this.near.delete(element);
      for (const entry of this.entriesOf(element)) this.hide(entry);
    }
    for (const element of near) {
      this.near.add(element);
      for (const entry of this.entriesOf(element)) this.show(entry);
    }
    this.commit();
  }

  /** The live blocks watched under an element (dropping the dead ones, and the element once none is left). */
  private entriesOf(element: Element): BlockTerms[] {
    const list = this.watched.get(element);
    if (!list) return [];
    const live = list.filter((e) => e.live);
    if (live.length === 0) {
      this.watched.delete(element);
      this.near.delete(element);
      this.watcher!.unobserve(element);
    } else if (live.length < list.length) this.watched.set(element, live);
    return live;
  }

  private show(entry: BlockTerms): void {
    if (!entry.live) return;
    for (const term of entry.terms) {
      const range = this.index.rangeOf(term);
      this.leaving.delete(range);
      if (!this.painted.has(range)) this.pending.add(range);
    }
  }

  /** Takes a block's ranges out of the Highlight (they are made again, from the cache, if it comes back). */
  private hide(entry: BlockTerms): void {
    for (const term of entry.terms) {
      const range = this.index.existingRange(term);
      if (!range) continue;
      this.pending.delete(range);
      if (this.painted.has(range) && !this.active.has(range)) this.leaving.add(range);
    }
  }
}

/** The element whose nearness to the viewport stands for the block's (the block element holding its first text). */
function visibilityTarget(block: TextBlock): Element | null {
  const first = block.nodes[0]!;
  return blockOf(first) ?? first.parentElement;
}

type Piece = readonly [from: number, to: number];

/** A long text's pieces of at most MAX_PIECE, each cut at a space where one is near the end. */
function* piecesOf(text: string): Generator<Piece> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + MAX_PIECE, text.length);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_PIECE / 2) to = space;
    }
    yield [from, to];
    from = to;
  }
}

/** The matches of one piece, in the offsets of the whole text. */
function matchPiece(matcher: Matcher, text: string, [from, to]: Piece): Match[] {
  return matcher.findMatches(text.slice(from, to)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}
