/**
 * Found terms as page ranges, indexed for hover hit-testing by text node (no scan of all ranges per mousemove)
 * and for dropping the terms of text that changed or left the page.
 */
import type { Match } from '../match/types.ts';
import { locate, type TextBlock } from './blocks.ts';

/** A highlighted term on the page. */
export interface Term {
  readonly range: StaticRange;
  readonly entry: number;
  /** The text as the page writes it. */
  readonly text: string;
}

export class TermIndex {
  private readonly live = new Set<Term>();
  private readonly byNode = new WeakMap<Text, Term[]>();

  /** Terms on the page, in the order they were found. */
  get terms(): readonly Term[] {
    return [...this.live];
  }

  /** Turns a block's matches into ranges and indexes each under every text node it touches. */
  addBlock(block: TextBlock, matches: readonly Match[]): Term[] {
    const added: Term[] = [];
    for (const m of matches) {
      const start = locate(block, m.start, true);
      const end = locate(block, m.end, false);
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const term: Term = { range, entry: m.entry, text: block.text.slice(m.start, m.end) };
      for (let i = start.index; i <= end.index; i++) {
        const node = block.nodes[i]!;
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
