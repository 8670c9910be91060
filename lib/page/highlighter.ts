/**
 * Matches blocks and paints their terms with the CSS Custom Highlight API: ranges are registered with the browser
 * and painted by `::highlight()` rules, so the page's DOM is never touched (no wrapping elements, no attributes)
 * and frameworks that own the DOM never see a foreign node.
 *
 * Only what the reader can see costs ranges: a block's terms get theirs when the block comes within a viewport's
 * height of the screen (an IntersectionObserver), or when the keyboard or a card needs one. Every change to a
 * registered Highlight makes the browser re-validate and repaint all of its ranges (docs/browser-notes.md), so
 * ranges are handed over in batches: once per observer callback, or at `commit()`.
 */
import type { Matcher } from '../match/matcher.ts';
import type { Match } from '../match/types.ts';
import { type BlockTerms, type Term, TermIndex } from './term-index.ts';
import { blockOf, type TextBlock } from './text-blocks.ts';

export const HIGHLIGHT_NAME = 'steppe-lens';
const ACTIVE_HIGHLIGHT_NAME = 'steppe-lens-active';

/** Blocks longer than this are matched in pieces cut at white space, so one giant paragraph cannot stall the page. */
const MAX_PIECE = 16_384;

/** What the highlighter needs of an IntersectionObserver (a stand-in in unit tests). */
export interface VisibilityWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** Calls back with the elements that came near the viewport. */
export type WatchVisibility = (onNear: (elements: Element[]) => void) => VisibilityWatcher;

/** The browser's IntersectionObserver, reporting elements within a viewport's height above or below the screen. */
export const watchNearViewport: WatchVisibility = (onNear) => {
  const observer = new IntersectionObserver(
    (entries) => onNear(entries.filter((e) => e.isIntersecting).map((e) => e.target)),
    { rootMargin: '100% 0px' },
  );
  return observer;
};

export class Highlighter {
  readonly index = new TermIndex();
  readonly highlight = new Highlight();
  private readonly active = new Highlight();
  /** Ranges made but not yet given to the browser. */
  private pending = new Set<StaticRange>();
  /** Blocks with terms whose element has not come near the viewport yet. */
  private readonly waiting = new Map<Element, BlockTerms[]>();
  private readonly watcher: VisibilityWatcher | undefined;
  private readonly matcher: Matcher;

  constructor(matcher: Matcher, watchVisibility?: WatchVisibility) {
    this.matcher = matcher;
    this.active.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    this.watcher = watchVisibility?.((elements) => this.onNear(elements));
  }

  /** Matches one block; its terms are painted once it is near the viewport (at once without a watcher). */
  matchBlock(block: TextBlock): Term[] {
    const matches = findInPieces(this.matcher, block.text);
    if (matches.length === 0) return [];
    const entry = this.index.add(block, matches);
    const element = this.watcher ? visibilityTarget(block) : null;
    if (!element) {
      this.show(entry);
      return entry.terms as Term[];
    }
    const list = this.waiting.get(element);
    if (list) list.push(entry);
    else {
      this.waiting.set(element, [entry]);
      this.watcher!.observe(element);
    }
    return entry.terms as Term[];
  }

  /** Hands the ranges made since the last commit to the browser, in one change of the Highlight. */
  commit(): void {
    if (this.pending.size === 0) return;
    for (const range of this.pending) this.highlight.add(range);
    this.pending.clear();
  }

  /** Paints one term now, wherever it is (the keyboard reached it, a card opens on it). */
  reveal(term: Term): StaticRange {
    const range = this.index.rangeOf(term);
    if (!this.highlight.has(range)) this.highlight.add(range);
    return range;
  }

  /** Forgets a text node that changed or left the page: its block's terms lose their highlights. */
  forget(node: Text): void {
    const entry = this.index.removeNode(node);
    if (!entry) return;
    for (const term of entry.terms) {
      const range = this.index.existingRange(term);
      if (!range) continue;
      this.pending.delete(range);
      this.highlight.delete(range);
      if (this.active.has(range)) this.active.clear();
    }
  }

  /** Marks one term as the active one (hovered or reached by keyboard), or none. */
  setActive(term: Term | undefined): void {
    this.active.clear();
    if (term) this.active.add(this.reveal(term));
  }

  clear(): void {
    this.watcher?.disconnect();
    this.waiting.clear();
    this.pending.clear();
    this.highlight.clear();
    this.active.clear();
    this.index.clear();
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  private onNear(elements: Element[]): void {
    for (const element of elements) {
      const entries = this.waiting.get(element);
      if (!entries) continue;
      this.waiting.delete(element);
      this.watcher!.unobserve(element);
      for (const entry of entries) this.show(entry);
    }
    this.commit();
  }

  private show(entry: BlockTerms): void {
    if (!entry.live) return;
    for (const term of entry.terms) this.pending.add(this.index.rangeOf(term));
  }
}

/** The element whose nearness to the viewport stands for the block's (the block element holding its first text). */
function visibilityTarget(block: TextBlock): Element | null {
  const first = block.nodes[0]!;
  return blockOf(first) ?? first.parentElement;
}

/** Matches a block whole, or in pieces cut at white space when it is very long. */
function findInPieces(matcher: Matcher, text: string): Match[] {
  if (text.length <= MAX_PIECE) return matcher.findMatches(text);
  const matches: Match[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + MAX_PIECE, text.length);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_PIECE / 2) to = space;
    }
    for (const m of matcher.findMatches(text.slice(from, to))) {
      matches.push({ start: m.start + from, end: m.end + from, entryIndex: m.entryIndex });
    }
    from = to;
  }
  return matches;
}
