import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from '@/lib/match/automaton.ts';

type Hit = [pattern: number, start: number, end: number];

function automatonHits(patterns: string[], text: string): Hit[] {
  const hits: Hit[] = [];
  scan(buildAutomaton(patterns), text, (p, e) => hits.push([p, e - patterns[p]!.length, e]));
  return hits.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);
}

/** Reference: every occurrence of every pattern, by brute force. */
function naiveHits(patterns: string[], text: string): Hit[] {
  const hits: Hit[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) hits.push([id, i, i + p.length]);
  });
  return hits.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);
}

describe('Aho–Corasick automaton', () => {
  it('reports overlapping and nested occurrences', () => {
    expect(automatonHits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [3, 2, 6],
    ]);
  });

  it('reports every pattern that folds to the same string', () => {
    expect(automatonHits(['osh', 'osh'], 'osh')).toEqual([
      [0, 0, 3],
      [1, 0, 3],
    ]);
  });

  it('ignores empty patterns', () => {
    expect(automatonHits(['', 'a'], 'aa')).toEqual([
      [1, 0, 1],
      [1, 1, 2],
    ]);
  });

  it('agrees with a brute-force search on random patterns and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'й', '😀');
    const word = fc.array(alphabet, { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 80 }), (patterns, chars) => {
        const text = chars.join('');
        expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force search on tries of many states (its child index is filled in blocks, on demand)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'й');
    const word = fc.array(alphabet, { minLength: 5, maxLength: 9 }).map((a) => a.join(''));
    // Texts made of pieces of the patterns, so deep states are reached and patterns are found.
    const pieces = fc.array(fc.tuple(fc.nat(), fc.nat(9), fc.nat(9), alphabet), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 150, maxLength: 300 }), pieces, (patterns, parts) => {
        const text = parts
          .map(([p, from, to, glue]) => patterns[p % patterns.length]!.slice(from, from + to) + glue)
          .join('');
        expect(buildAutomaton(patterns).counts.length).toBeGreaterThan(8 * 64);
        expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
      }),
      { numRuns: 40 },
    );
  });
});
