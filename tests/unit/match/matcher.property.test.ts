/**
 * The matcher against a naive reference: every occurrence of every folded alias by indexOf, word boundaries by
 * a Unicode regex, then leftmost-longest. Inputs are random texts built from the aliases' own syllables, with
 * random case, accents, apostrophes, dashes and spaces, so matches, near-misses and overlaps are frequent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { fold, foldAlias, sourceEnd } from '@/lib/match/fold.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { entry, matcherFor } from '../support/entries.ts';

const SYLLABLES = ['ka', 'zakh', 'stan', 'nur', 'sul', 'tan', 'a', 'bai', 'ï', 'os'];
const SEPARATORS = [' ', '-', '–', "'", '’', '. ', ', ', '\u00A0', '\u00AD', ''];

const aliasArb = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom('', ' ', '-')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([s, sep], i) => (i === parts.length - 1 ? s : s + sep)).join(''))
  .filter((a) => foldAlias(a).length >= 2);

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SEPARATORS), fc.boolean()), { maxLength: 30 })
  .map((parts) => parts.map(([s, sep, upper]) => (upper ? s.toUpperCase() : s) + sep).join(''));

/** A set of aliases that fold to distinct texts. */
const aliasesArb = fc.uniqueArray(aliasArb, { minLength: 1, maxLength: 8, selector: foldAlias });

/** One entry per alias; ids sort like their index, so a match's entry index is its alias's index. */
const entriesOf = (aliases: string[]) => aliases.map((a, i) => entry(`e${String(i).padStart(2, '0')}`, [a]));

const WORD = /[\p{L}\p{N}\p{M}]/u;

function reference(aliases: string[], source: string): [number, number, number][] {
  const f = fold(source);
  const isWord = (i: number) => i >= 0 && i < f.text.length && WORD.test(f.text[i]!);
  const candidates: [number, number, number][] = [];
  aliases.forEach((alias, entryIndex) => {
    const needle = foldAlias(alias);
    for (let i = f.text.indexOf(needle); i >= 0; i = f.text.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const startOk = !(isWord(i) && isWord(i - 1));
      const endOk = !(isWord(end - 1) && isWord(end));
      if (startOk && endOk) candidates.push([i, end, entryIndex]);
    }
  });
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const chosen: [number, number, number][] = [];
  let reach = 0;
  for (const c of candidates) {
    if (c[0] < reach) continue;
    chosen.push(c);
    reach = c[1];
  }
  return chosen.map(([s, e, id]) => [f.starts[s]!, sourceEnd(f, e - 1), id]);
}

describe('matcher properties', () => {
  it('finds exactly what the naive reference finds', () => {
    fc.assert(
      fc.property(aliasesArb, textArb, (aliases, text) => {
        // Entry ids sort like their index, so the compiled entry index is the alias index.
        const matcher = matcherFor(entriesOf(aliases));
        const actual = matcher.findMatches(text).map((m) => [m.start, m.end, m.entryIndex]);
        expect(actual).toEqual(reference(aliases, text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same with and without the prefilter', () => {
    fc.assert(
      fc.property(aliasesArb, textArb, (aliases, text) => {
        const data = compileMatcherData(entriesOf(aliases));
        const withPrefilter = createMatcher(data).findMatches(text);
        const without = createMatcher({ ...data, anchors: null }).findMatches(text);
        expect(withPrefilter).toEqual(without);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same in a long run of blocks, where it stops consulting the prefilter after blocks with terms', () => {
    fc.assert(
      fc.property(aliasesArb, fc.array(textArb, { minLength: 10, maxLength: 40 }), (aliases, blocks) => {
        const data = compileMatcherData(entriesOf(aliases));
        const one = createMatcher(data);
        // Texts that name an alias repeatedly keep a streak going; the others break it.
        const run = blocks.map((b, i) => (i % 5 === 4 ? b : `${aliases[0]} ${b}`));
        for (const text of run) {
          expect(one.findMatches(text)).toEqual(createMatcher({ ...data, anchors: null }).findMatches(text));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('returns non-overlapping spans in order, each folding to one of the aliases', () => {
    fc.assert(
      fc.property(aliasesArb, textArb, (aliases, text) => {
        const matcher = matcherFor(entriesOf(aliases));
        let reach = 0;
        for (const m of matcher.findMatches(text)) {
          expect(m.start).toBeGreaterThanOrEqual(reach);
          expect(foldAlias(text.slice(m.start, m.end))).toBe(foldAlias(aliases[m.entryIndex]!));
          reach = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
