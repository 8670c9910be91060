/**
 * The terms found on the page, block by block. A term's range is created only when it is needed — when its block
 * nears the viewport, when the keyboard reaches it, when a card opens on it — since creating thousands of ranges
 * for text the reader may never scroll to was most of what a term-dense page paid (docs/performance.md).
 * Indexed by text node, for hover hit-testing (no scan of all terms per mousemove) and for dropping the terms of
 * text that changed or left the page.
 */
import type { Match } from '../match/types.ts';
import { nodeIndexAt, type TextBlock } from './text-blocks.ts';

/** A term on the page: a span of one block's text and the entry it names. */
export interface Term {
  /** The entry's index in the matcher's `ids`. */
  readonly entryIndex: number;
  readonly block: TextBlock;
  /** UTF-16 offsets in `block.text`. */
  readonly start: number;
  readonly end: number;
}

/**
 * One block's terms, in order; `live` turns false when its text changed or left the page. A surname alone (a
 * discourse alias) may join or leave them later, when the page's first mention of its person moves.
 */
export interface BlockTerms {
  readonly block: TextBlock;
  readonly terms: Term[];
  live: boolean;
}

export class TermIndex {
  private readonly blocks = new Set<BlockTerms>();
  private readonly byNode = new WeakMap<Text, BlockTerms>();
  private readonly ranges = new WeakMap<Term, StaticRange>();

  /** Every live term, block by block in the order they were found. */
  get terms(): Term[] {
    const all: Term[] = [];
    for (const b of this.blocks) all.push(...b.terms);
    return all;
  }

  /** Records a block's matches as terms (no range yet), indexed under each of the block's text nodes. */
  add(block: TextBlock, matches: readonly Match[]): BlockTerms {
    const terms = matches.map((m) => ({ entryIndex: m.entryIndex, block, start: m.start, end: m.end }));
    const entry: BlockTerms = { block, terms, live: true };
    this.blocks.add(entry);
    for (const node of block.nodes) this.byNode.set(node, entry);
    return entry;
  }

  /** Adds the matches of a later piece of a long block to its terms (lib/page/highlighter.ts). */
  extend(entry: BlockTerms, matches: readonly Match[]): void {
    const { block } = entry;
    for (const m of matches) entry.terms.push({ entryIndex: m.entryIndex, block, start: m.start, end: m.end });
  }

  /** The live record of a block that was added. */
  entryOf(block: TextBlock): BlockTerms | undefined {
    const entry = this.byNode.get(block.nodes[0]!);
    return entry?.live && entry.block === block ? entry : undefined;
  }

  /** Adds a term to a block's record, in offset order (a surname that now follows its person's first mention). */
  addTerm(entry: BlockTerms, match: Match): Term {
    const term = { entryIndex: match.entryIndex, block: entry.block, start: match.start, end: match.end };
    const at = entry.terms.findIndex((t) => t.start > term.start);
    entry.terms.splice(at === -1 ? entry.terms.length : at, 0, term);
    return term;
  }

  /** Takes a match's term out of a block's record (a surname whose person's first mention left); returns it. */
  removeTerm(entry: BlockTerms, match: Match): Term | undefined {
    const at = entry.terms.findIndex((t) => t.start === match.start && t.entryIndex === match.entryIndex);
    return at === -1 ? undefined : entry.terms.splice(at, 1)[0];
  }

  /** The term's range, created on first use. */
  rangeOf(term: Term): StaticRange {
    let range = this.ranges.get(term);
    if (!range) {
      const { block, start, end } = term;
      const { nodes, starts } = block;
      // No search in the most common block, a single text node.
      const first = nodes.length === 1 ? 0 : nodeIndexAt(block, start, true);
      const last = nodes.length === 1 ? 0 : nodeIndexAt(block, end, false);
      range = new StaticRange({
        startContainer: nodes[first]!,
        startOffset: start - starts[first]!,
        endContainer: nodes[last]!,
        endOffset: end - starts[last]!,
      });
      this.ranges.set(term, range);
    }
    return range;
  }

  /** The range of a term if it was created already. */
  existingRange(term: Term): StaticRange | undefined {
    return this.ranges.get(term);
  }

  /** Is the term still one of the page's (its text neither changed nor left the page since it was read)? */
  has(term: Term): boolean {
    const entry = this.byNode.get(term.block.nodes[0]!);
    return entry?.live === true && entry.block === term.block;
  }

  /** The live term covering a caret position (text node + offset), if any. */
  at(node: Node, offset: number): Term | undefined {
    const entry = this.byNode.get(node as Text);
    if (!entry?.live) return undefined;
    const i = entry.block.nodes.indexOf(node as Text);
    if (i === -1) return undefined;
    const at = entry.block.starts[i]! + offset;
    return entry.terms.find((t) => t.start <= at && at < t.end);
  }

  /** Forgets the terms of the block holding a text node; returns them so their highlights can be removed. */
  removeNode(node: Text): BlockTerms | undefined {
    const entry = this.byNode.get(node);
    if (!entry) return undefined;
    this.byNode.delete(node);
    if (!entry.live) return undefined;
    entry.live = false;
    this.blocks.delete(entry);
    return entry;
  }

  clear(): void {
    for (const b of this.blocks) b.live = false;
    this.blocks.clear();
  }
}

/** Terms sorted by position: blocks in document order, then offsets within a block. */
export function inDocumentOrder(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => (a.block === b.block ? a.start - b.start : blockOrder(a.block, b.block)));
}

/**
 * Orders two blocks as the document does (negative: `a` first). Blocks in different trees (a shadow root and its
 * host's document) get the browser's arbitrary but consistent order.
 */
export function blockOrder(a: TextBlock, b: TextBlock): number {
  if (a === b) return 0;
  return a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
