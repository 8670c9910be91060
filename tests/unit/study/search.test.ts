/** The panel's glossary search over the real bundled index: folding, transliterations, scripts, one typo, filters. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareIndex, type SearchRow, search, withinOneEdit } from '@/lib/study/search.ts';

const rows = JSON.parse(readFileSync('public/glossary/search-index.json', 'utf8')) as SearchRow[];
const index = prepareIndex(rows);
const top = (q: string, n = 3) => search(index, q).slice(0, n);

describe('search', () => {
  it('finds Astana by a French transliteration, its former name, its Cyrillic name and a typo', () => {
    expect(top('nour soultan')).toContain('astana');
    expect(top('Nour-Soultan')[0]).toBe('astana');
    expect(top('Nursultan')).toContain('astana');
    expect(top('Астана')[0]).toBe('astana');
    expect(top('Astanna')[0]).toBe('astana');
    expect(top('Astena')[0]).toBe('astana');
  });

  it('folds accents and case as the matcher does, and matches as the reader types', () => {
    expect(top('ABAÏ-VERNE')[0]).toBe('abai-verne-scholarship');
    expect(top('abai-ver')[0]).toBe('abai-verne-scholarship');
  });

  it('returns every entry for an empty query, and filters by country and type', () => {
    expect(search(index, '')).toHaveLength(rows.length);
    const fr = search(index, '', { countries: ['fr'] });
    expect(fr).toContain('paris-nur-sultan-pact');
    expect(fr).not.toContain('astana');
    expect(search(index, 'pact', { types: ['place'] })).not.toContain('paris-nur-sultan-pact');
    expect(search(index, 'pact', { types: ['event'] })).toContain('paris-nur-sultan-pact');
  });

  it('finds nothing for a word no entry names', () => {
    expect(search(index, 'zzqxv')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it('is exact on the three kinds of edit', () => {
    expect(withinOneEdit('astana', 'astana')).toBe(true);
    expect(withinOneEdit('astana', 'astona')).toBe(true);
    expect(withinOneEdit('astana', 'astan')).toBe(true);
    expect(withinOneEdit('astana', 'asttana')).toBe(true);
    expect(withinOneEdit('astana', 'atsana')).toBe(false);
    expect(withinOneEdit('ab', 'abcd')).toBe(false);
  });

  it('agrees with a Levenshtein distance ≤ 1 (property)', () => {
    const lev = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
      for (let j = 1; j <= b.length; j++) d[0]![j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === lev(a, b) <= 1));
  });
});
