/**
 * Found terms as page ranges, indexed for hover hit-testing by text node (no scan of all ranges per mousemove).
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
  readonly terms: Term[] = [];
  private readonly byNode = new WeakMap<Text, Term[]>();
  private readonly byRanges = new WeakMap<AbstractRange, Term>();

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
      this.byRanges.set(range, term);
      for (let i = start.index; i <= end.index; i++) {
        const node = block.nodes[i]!;
        const list = this.byNode.get(node);
        if (list) list.push(term);
        else this.byNode.set(node, [term]);
      }
      added.push(term);
    }
    this.terms.push(...added);
    return added;
  }

  /** The term covering a caret position (text node + offset), if any. */
  at(node: Node, offset: number): Term | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    return list.find((t) => {
      const r = t.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** The term a highlight range belongs to (for `highlightsFromPoint` answers). */
  byRange(range: AbstractRange): Term | undefined {
    return this.byRanges.get(range);
  }

  /** Terms whose text nodes are among `nodes` (for dropping highlights of removed text). */
  termsOf(node: Text): readonly Term[] {
    return this.byNode.get(node) ?? [];
  }

  clear(): void {
    this.terms.length = 0;
  }
}
