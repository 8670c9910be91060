/**
 * Highlights glossary terms with the CSS Custom Highlight API: ranges are registered with the browser and painted
 * by `::highlight()` rules, so the page's DOM is never touched (no wrapping elements, no attributes) and
 * frameworks that own the DOM (React, Vue) never see a foreign node.
 */
import type { Matcher } from '../match/matcher.ts';
import type { Match } from '../match/types.ts';
import { type Term, TermIndex } from './term-index.ts';
import type { TextBlock } from './text-blocks.ts';

export const HIGHLIGHT_NAME = 'steppe-lens';
const ACTIVE_HIGHLIGHT_NAME = 'steppe-lens-active';

/** Blocks longer than this are matched in pieces cut at white space, so one giant paragraph cannot stall the page. */
const MAX_PIECE = 16_384;

export class Highlighter {
  readonly index = new TermIndex();
  readonly highlight = new Highlight();
  private readonly active = new Highlight();
  /**
   * Ranges matched but not yet given to the browser. Every change to a registered Highlight makes the browser
   * re-validate and repaint all of its ranges (docs/browser-notes.md),
   * so ranges are handed over in a few batches, not one per block.
   */
  private pending = new Set<AbstractRange>();
  /** The first text node of each block already read, so a second pass (viewport first, then the rest) skips it. */
  private read = new WeakSet<Text>();

  private readonly matcher: Matcher;

  constructor(matcher: Matcher) {
    this.matcher = matcher;
    this.active.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, this.active);
  }

  isRead(block: TextBlock): boolean {
    return this.read.has(block.nodes[0]!);
  }

  /** Records a block as read without matching it (the prefilter found nothing it could name). */
  markRead(block: TextBlock): void {
    this.read.add(block.nodes[0]!);
  }

  /** Matches one block and highlights its terms. */
  highlightBlock(block: TextBlock): Term[] {
    this.read.add(block.nodes[0]!);
    const matches = findInPieces(this.matcher, block.text);
    if (matches.length === 0) return [];
    const added = this.index.addBlock(block, matches);
    for (const term of added) this.pending.add(term.range);
    return added;
  }

  /** Hands the ranges matched since the last commit to the browser, in one change of the Highlight. */
  commit(): void {
    for (const range of this.pending) this.highlight.add(range);
    this.pending.clear();
  }

  /** Forgets a text node that changed or left the page: its terms lose their highlights. */
  forget(node: Text): void {
    this.read.delete(node);
    for (const term of this.index.removeNode(node)) {
      this.pending.delete(term.range);
      this.highlight.delete(term.range);
      if (this.active.has(term.range)) this.active.clear();
    }
  }

  /** Marks one term as the active one (hovered or reached by keyboard), or none. */
  setActive(term: Term | undefined): void {
    this.active.clear();
    if (term) this.active.add(term.range);
  }

  clear(): void {
    this.pending.clear();
    this.highlight.clear();
    this.active.clear();
    this.index.clear();
    this.read = new WeakSet();
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }
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
