/**
 * Found terms as page ranges, indexed for hover hit-testing by text node (no scan of all ranges per mousemove)
 * and for dropping the terms of text that changed or left the page.
 */
import type { Match } from '../match/types.ts';
import { nodeIndexAt, type TextBlock } from './text-blocks.ts';

/** A highlighted term on the page. */
export interface Term {
  readonly range: StaticRange;
  /** The entry's index in the matcher's `ids`. */
  readonly entryIndex: number;
}

export class TermIndex {
  private readonly live = new Set<Term>();
  private readonly byNode = new WeakMap<Text, Term[]>();

  /** Terms on the page, in the order they were found. */
  get terms(): readonly Term[] {
    return [...this.live];
  }

  /**
   * Turns a block's matches into ranges and indexes each under every text node it touches. Written for a page's
   * first pass, where this runs for thousands of terms before the engine has optimised it: no object per match
   * beyond its range and term, and no search in the most common block, a single text node.
   */
  addBlock(block: TextBlock, matches: readonly Match[]): Term[] {
    const { nodes, starts } = block;
    const single = nodes.length === 1;
    const added: Term[] = [];
    for (const m of matches) {
      const first = single ? 0 : nodeIndexAt(block, m.start, true);
      const last = single ? 0 : nodeIndexAt(block, m.end, false);
      const range = new StaticRange({
        startContainer: nodes[first]!,
        startOffset: m.start - starts[first]!,
        endContainer: nodes[last]!,
        endOffset: m.end - starts[last]!,
      });
      const term: Term = { range, entryIndex: m.entryIndex };
      for (let i = first; i <= last; i++) {
        const node = nodes[i]!;
        const list = this.byNode.get(node);
        if (list) list.push(term);
        else this.byNode.set(node, [term]);
      }
      this.live.add(term);
      added.push(term);
    }
    return added;
  }

  /** The term covering a caret position (text node + offset), if any. */
  at(node: Node, offset: number): Term | undefined {
    return this.byNode.get(node as Text)?.find((t) => {
      const r = t.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      return this.live.has(t) && afterStart && beforeEnd;
    });
  }

  /** Forgets the terms touching a text node; returns them so their highlights can be removed. */
  removeNode(node: Text): Term[] {
    const terms = this.byNode.get(node);
    if (!terms) return [];
    this.byNode.delete(node);
    const removed = terms.filter((t) => this.live.delete(t));
    return removed;
  }

  clear(): void {
    this.live.clear();
  }
}
