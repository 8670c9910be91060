/**
 * Which occurrence an open card follows when the page re-renders its term's text (card-controller.ts, `follow`):
 * of the same entry's occurrences within a few lines of where the term was last seen, the nearest (centre to
 * centre). An equal re-render puts the new occurrence exactly there; a change in the text around it moves it a little;
 * a term that is gone has no occurrence near, and the card closes.
 */

/** A box in viewport coordinates (a DOMRect fits). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** How far, in lines of the term's text, the new occurrence may be from the old; and at least this many px. */
const REACH_LINES = 3;
const MIN_REACH_PX = 48;

export function nearestOccurrence<T>(candidates: Iterable<{ item: T; box: Box }>, lastSeen: Box): T | undefined {
  // A line's thickness: the term's height in horizontal text, its width in vertical text.
  const line = Math.min(lastSeen.right - lastSeen.left, lastSeen.bottom - lastSeen.top);
  const reach = Math.max(REACH_LINES * line, MIN_REACH_PX);
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { item, box } of candidates) {
    if (gapBetween(box, lastSeen) > reach) continue;
    const distance = Math.hypot(centre(box).x - centre(lastSeen).x, centre(box).y - centre(lastSeen).y);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

function centre(b: Box): { x: number; y: number } {
  return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
}

/** The distance between two boxes: 0 when they touch or overlap. */
function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}
