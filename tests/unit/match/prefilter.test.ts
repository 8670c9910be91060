import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary/compile.ts';
import { createLazyMatcher } from '@/lib/match/matcher.ts';
import { anchorOf, createPrefilter } from '@/lib/match/prefilter.ts';
import { entry, found, matcherFor } from '../support/entries.ts';

/** The prefilter's rule, written the obvious way: a safe block passes iff one of its lowercase words is an anchor. */
function reference(anchors: readonly string[]): (block: string) => boolean {
  const set = new Set(anchors);
  return (block) => {
    if (/[^\t\n\r\x20-\x7e\u00a0\u2018\u2019\u201c\u201d\u2013\u2014]/.test(block)) return true;
    return (block.toLowerCase().match(/[a-z0-9]+/g) ?? []).some((w) => set.has(w));
  };
}

const ANCHORS = ['astana', 'sultan', 'abai', 'kz', 'c5', 'a'];
const PIECES = [...ANCHORS, 'ASTANA', 'Sultanate', 'abaï', 'paris', 'b', '2019', 'astan', 'nasta'];
const GLUE = [' ', '-', '–', '—', '’', "'", '.', '\u00a0', '\u00ad', '\t', '\n', '\u0000', 'é', 'Ж', '', '“'];
const blockArb = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 12 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('prefilter', () => {
  it('anchors a plain-ASCII pattern on its longest word, and needs none for other scripts', () => {
    expect(anchorOf('nur-sultan')).toBe('sultan');
    expect(anchorOf("d'abai")).toBe('abai');
    expect(anchorOf('астана')).toBeNull();
    expect(anchorOf('+')).toBeUndefined();
    expect(anchorOf('astana international financial centre', new Set(['international', 'financial']))).toBe('astana');
    expect(anchorOf('state council', new Set(['state', 'council']))).toBe('council');
  });

  it('rules out a plain block without an anchor word, and lets every other block through', () => {
    const mayMatch = createPrefilter(['astana', 'sultan']);
    expect(mayMatch('Paris and Strasbourg, “twinned” – or not.')).toBe(false);
    expect(mayMatch('Nur–Sultan’s mayor')).toBe(true);
    expect(mayMatch('Sultanate')).toBe(false); // not a whole word: no pattern can match there
    expect(mayMatch('Abaï')).toBe(true); // outside the safe characters: the matcher decides
    expect(mayMatch('Ka\u00ADzakhstan')).toBe(true); // a soft hyphen: the matcher decides
    expect(createPrefilter(null)('anything')).toBe(true);
  });

  it('agrees with the obvious rule on any block (the hashing loop rules out exactly what the rule rules out)', () => {
    const fast = createPrefilter(ANCHORS);
    const slow = reference(ANCHORS);
    fc.assert(
      fc.property(blockArb, (block) => fast(block) === slow(block)),
      { numRuns: 2000 },
    );
  });

  it('matches without its automaton only blocks the prefilter rules out', () => {
    const { ids, anchors, patterns, trie } = compileMatcherData([entry('astana', ['Astana', 'Nur-Sultan'])]);
    const m = createLazyMatcher({ ids, anchors });
    expect(m.loaded).toBe(false);
    expect(m.mayMatch('Paris, Berlin and Rome.')).toBe(false);
    expect(m.findMatches('Paris, Berlin and Rome.')).toEqual([]);
    expect(m.mayMatch('To Astana.')).toBe(true);
    expect(() => m.findMatches('To Astana.')).toThrow(/before the matcher was loaded/);
    m.load({ patterns, trie });
    expect(m.loaded).toBe(true);
    expect(m.findMatches('To Astana.')).toEqual([{ start: 3, end: 9, entry: 0 }]);
  });

  it('changes nothing the matcher finds on the shipped kinds of text', () => {
    const m = matcherFor([
      entry('astana', ['Astana', 'Nur-Sultan', { text: 'Астана', lang: 'ru' }]),
      entry('kazakhstan', ['Kazakhstan']),
      entry('death-penalty', [{ text: 'death penalty', context: ['kazakhstan'] }]),
    ]);
    expect(found(m, 'Kazakhstan abolished the death penalty.')).toEqual([
      'Kazakhstan→kazakhstan',
      'death penalty→death-penalty',
    ]);
    expect(found(m, 'The death penalty in general.')).toEqual([]);
    expect(found(m, 'В Астана и Nur–Sultan')).toEqual(['Астана→astana', 'Nur–Sultan→astana']);
  });
});
