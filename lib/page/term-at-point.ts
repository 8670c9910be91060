/**
 * Which highlighted term is under the pointer? The caret position under the point, looked up in the per-text-node
 * index, then checked against the term's own boxes (a caret snaps to the nearest character even when the pointer is
 * in a margin). `highlightsFromPoint` would answer directly, but Chromium scans every range of the highlight for it:
 * it costs far more per mousemove on a page with thousands of terms (docs/browser-notes.md).
 */
import type { Term, TermIndex } from './term-index.ts';

type CaretPositionFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

/** `shadowRoots`: the open shadow roots read so far, so a caret inside one is found, not just its host. */
export function termAtPoint(index: TermIndex, x: number, y: number, shadowRoots: ShadowRoot[] = []): Term | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return undefined;
  const term = index.at(caret.node, caret.offset) ?? index.at(caret.node, caret.offset - 1);
  return term && containsPoint(liveRange(index.rangeOf(term)), x, y) ? term : undefined;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const doc = document as Document & { caretPositionFromPoint?: CaretPositionFromPoint };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p =
      shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** A live Range for geometry (StaticRange has no client rects). */
export function liveRange(r: AbstractRange): Range {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * Scrolls a term's range to the middle of the viewport (keyboard navigation to a term off screen). The term itself,
 * not its element: in a long block (a 5 MB text node) the element's top can be screens away from the term. Each
 * scrollable ancestor, innermost first, brings the term into its own box, then the window centres it.
 */
export function scrollToRange(range: AbstractRange): void {
  const live = liveRange(range);
  for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
    if (el.scrollHeight <= el.clientHeight || !/(auto|scroll)/.test(getComputedStyle(el).overflowY)) continue;
    const box = el.getBoundingClientRect();
    const term = live.getBoundingClientRect();
    el.scrollTop += term.top - box.top - el.clientHeight / 2;
  }
  const term = live.getBoundingClientRect();
  window.scrollBy({ top: term.top - window.innerHeight / 2, left: 0, behavior: 'instant' });
}
