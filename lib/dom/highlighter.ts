/**
 * Highlights glossary terms with the CSS Custom Highlight API: ranges are registered with the browser and painted
 * by `::highlight()` rules, so the page's DOM is never touched (no wrapping elements, no attributes) and
 * frameworks that own the DOM (React, Vue) never see a foreign node.
 */
import type { Matcher } from '../match/matcher.ts';
import { type CollectOptions, collectBlocks, type TextBlock } from './blocks.ts';
import { type Term, TermIndex } from './terms.ts';

export const HIGHLIGHT_NAME = 'steppe-lens';
export const ACTIVE_HIGHLIGHT_NAME = 'steppe-lens-active';

export interface Highlighter {
  readonly index: TermIndex;
  /** Reads `root`'s blocks and highlights their terms; returns the terms added. */
  scan(root: Node): Term[];
  /** Marks one term as the active one (hovered or reached by keyboard), or none. */
  setActive(term: Term | undefined): void;
  /** Removes every highlight. */
  clear(): void;
}

export function createHighlighter(matcher: Matcher, options: CollectOptions = {}): Highlighter {
  const highlight = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  const index = new TermIndex();
  return {
    index,
    scan(root) {
      return highlightBlocks(collectBlocks(root, options), matcher, index, highlight);
    },
    setActive(term) {
      active.clear();
      if (term) active.add(term.range);
    },
    clear() {
      highlight.clear();
      active.clear();
      index.clear();
    },
  };
}

export function highlightBlocks(
  blocks: readonly TextBlock[],
  matcher: Matcher,
  index: TermIndex,
  highlight: Highlight,
): Term[] {
  const added: Term[] = [];
  for (const block of blocks) {
    const matches = matcher.findMatches(block.text);
    if (matches.length === 0) continue;
    for (const term of index.addBlock(block, matches)) {
      highlight.add(term.range);
      added.push(term);
    }
  }
  return added;
}
