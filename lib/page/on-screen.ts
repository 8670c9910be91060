/**
 * The block elements on screen, read first so that what the reader sees lights up first. Found by their boxes
 * (`getBoundingClientRect`, which needs only a clean layout), not by hit tests: on a page of a million nodes each
 * hit test cost Chromium 70–140 ms, and the grid of them this used to take was one task of 1.7 s
 * (docs/browser-notes.md; tests/e2e/hostile, million-nodes.html).
 *
 * From <body> down, the children whose boxes meet the viewport are visited, down to blocks with no block inside;
 * among many children (a list of 200,000 rows) the first on screen is found by bisection, since boxes in document
 * order mostly run down the page. What bisection misses (a fixed header among those rows, columns) is read a
 * moment later with the rest of the page. On that page a box still costs up to a millisecond, so the search is a
 * generator: it yields `null` after each box, a point where its caller may give the page its turn.
 */
import { blockOf, isBlock } from './text-blocks.ts';

/** Past this many children, the first on screen is found by bisection. */
const FEW = 16;

export interface OnScreenOptions {
  /** At most this many boxes are asked for: a page with thousands of small elements on screen stops there. */
  readonly maxBoxes?: number;
  /** Elements not visited (the extension's own UI). */
  readonly skip?: (element: Element) => boolean;
}

/** Yields each block element found on screen (once), and `null` after each box measured. */
export function* blocksOnScreen(doc: Document, options: OnScreenOptions = {}): Generator<Element | null> {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return;
  const height = view.innerHeight;
  const { maxBoxes = 400, skip = () => false } = options;
  let boxes = 0;
  const found = new Set<Element>();
  const meets = (r: DOMRect) => (r.width > 0 || r.height > 0) && r.bottom > 0 && r.top < height;
  const hasBlockChild = (el: Element) => {
    for (const child of el.children) if (isBlock(child)) return true;
    return false;
  };

  function* visit(el: Element, depth: number): Generator<Element | null> {
    if (depth > 0 && (!hasBlockChild(el) || depth > 64)) {
      const block = blockOf(el);
      if (block && block !== body && block !== doc.documentElement && !found.has(block)) {
        found.add(block);
        yield block;
      }
      return;
    }
    const children = el.children;
    let i = 0;
    if (children.length > FEW) {
      // Bisection for the first child whose box reaches below the top of the screen (an empty box, display: none
      // or nothing in it, says nothing: the next one speaks for it).
      let lo = 0;
      let hi = children.length;
      while (lo < hi && boxes < maxBoxes) {
        const mid = (lo + hi) >>> 1;
        let bottom = Number.NEGATIVE_INFINITY;
        for (let j = mid; j < children.length && boxes < maxBoxes; j++) {
          const r = children[j]!.getBoundingClientRect();
          boxes++;
          yield null;
          if (r.width > 0 || r.height > 0) {
            bottom = r.bottom;
            break;
          }
        }
        if (bottom > 0) hi = mid;
        else lo = mid + 1;
      }
      i = Math.max(0, lo - 1);
    }
    let below = 0;
    for (; i < children.length && boxes < maxBoxes; i++) {
      const child = children[i]!;
      if (skip(child)) continue;
      const r = child.getBoundingClientRect();
      boxes++;
      yield null;
      if (meets(r)) {
        below = 0;
        yield* visit(child, depth + 1);
      } else if (children.length > FEW && r.top >= height && ++below > 2) break;
    }
  }
  yield* visit(body, 0);
}
