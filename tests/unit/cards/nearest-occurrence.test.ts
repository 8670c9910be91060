/**
 * Which occurrence a card follows when the page re-renders its term (lib/cards/nearest-occurrence.ts): the nearest
 * of the same entry's within a few lines of where the term was last seen, else none (the card closes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, nearestOccurrence } from '@/lib/cards/nearest-occurrence.ts';
import '../support/fast-check-seed.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const at = (...boxes: Box[]) => boxes.map((b, i) => ({ item: i, box: b }));

describe('nearestOccurrence', () => {
  const lastSeen = box(100, 300, 80, 20);

  it('finds the occurrence where the term was (an equal re-render)', () => {
    expect(nearestOccurrence(at(box(100, 500, 80, 20), box(100, 300, 80, 20)), lastSeen)).toBe(1);
  });

  it('follows a term moved a little by changed text around it, to the nearest of several', () => {
    expect(nearestOccurrence(at(box(160, 300, 80, 20), box(130, 300, 80, 20)), lastSeen)).toBe(1);
    // Wrapped to the start of the next line.
    expect(nearestOccurrence(at(box(0, 324, 80, 20)), lastSeen)).toBe(0);
  });

  it('finds none beyond a few lines (3 × the line, at least 48 px): the term is gone', () => {
    expect(nearestOccurrence(at(), lastSeen)).toBeUndefined();
    expect(nearestOccurrence(at(box(100, 380, 80, 20)), lastSeen)).toBe(0); // 60 px below: 3 lines of 20
    expect(nearestOccurrence(at(box(100, 381, 80, 20)), lastSeen)).toBeUndefined();
    expect(nearestOccurrence(at(box(100, 250, 80, 2)), box(100, 300, 80, 2))).toBe(0); // 48 px above
    expect(nearestOccurrence(at(box(100, 249, 80, 2)), box(100, 300, 80, 2))).toBeUndefined();
  });

  it('measures a line across a vertical term: its width', () => {
    const column = box(500, 100, 20, 90);
    expect(nearestOccurrence(at(box(440, 100, 20, 90)), column)).toBe(0); // 40 px left: 2 columns
    expect(nearestOccurrence(at(box(500, 251, 20, 90)), column)).toBeUndefined(); // 61 px below: over 3 × 20
  });

  const boxes = fc
    .record({
      left: fc.integer({ min: -500, max: 1500 }),
      top: fc.integer({ min: -500, max: 1500 }),
      width: fc.integer({ min: 1, max: 300 }),
      height: fc.integer({ min: 1, max: 60 }),
    })
    .map((b) => box(b.left, b.top, b.width, b.height));
  const centre = (b: Box) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2] as const;
  const distance = (a: Box, b: Box) => Math.hypot(centre(a)[0] - centre(b)[0], centre(a)[1] - centre(b)[1]);
  const gap = (a: Box, b: Box) =>
    Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));

  it('answers, for any boxes, the first nearest occurrence within reach, as a brute-force reading says', () => {
    fc.assert(
      fc.property(fc.array(boxes, { maxLength: 12 }), boxes, (candidates, last) => {
        const reach = Math.max(3 * Math.min(last.right - last.left, last.bottom - last.top), 48);
        const within = candidates.map((b, i) => ({ b, i })).filter(({ b }) => gap(b, last) <= reach);
        const best = within.reduce<{ b: Box; i: number } | undefined>(
          (m, c) => (m === undefined || distance(c.b, last) < distance(m.b, last) ? c : m),
          undefined,
        );
        expect(nearestOccurrence(at(...candidates), last)).toBe(best?.i);
      }),
      { numRuns: 2000 },
    );
  });

  it('always follows an occurrence exactly where the term was', () => {
    fc.assert(
      fc.property(fc.array(boxes, { maxLength: 8 }), boxes, fc.nat(8), (others, last, index) => {
        const candidates = [...others];
        candidates.splice(Math.min(index, others.length), 0, last);
        const found = nearestOccurrence(at(...candidates), last);
        expect(found).toBeDefined();
        expect(candidates[found!]).toEqual(last);
      }),
    );
  });
});
