import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { isWordCode } from '@/lib/match/boundaries.ts';
import { fold } from '@/lib/match/fold.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { anchorOf, createPrefilter as prefilterOfHashes, wordHash } from '@/lib/match/prefilter.ts';
import { entry, found, matcherFor } from '../support/entries.ts';

/** The prefilter of these anchor words (the build ships their hashes). */
const createPrefilter = (anchors: readonly string[] | null) =>
  prefilterOfHashes(anchors === null ? null : anchors.map(wordHash));

/**
 * The prefilter's rule, written the obvious way: fold the whole block; it may match if its folded text has a
 * non-ASCII letter (the matcher decides), or if one of its [a-z0-9] words is an anchor.
 */
function reference(anchors: readonly string[]): (block: string) => boolean {
  const set = new Set(anchors);
  return (block) => {
    const folded = fold(block).text;
    if ([...folded].some((ch) => ch.charCodeAt(0) >= 0x80 && isWordCode(ch.charCodeAt(0)))) return true;
    return (folded.match(/[a-z0-9]+/g) ?? []).some((w) => set.has(w));
  };
}

const ANCHORS = ['astana', 'sultan', 'abai', 'kz', 'c5', 'a', 'strasse'];
const PIECES = [
  ...ANCHORS,
  'ASTANA',
  'Sultanate',
  'Abaï',
  'ABAÏ',
  'paris',
  'b',
  '2019',
  'astan',
  'nasta',
  'Straße',
  'ﬁ',
];
const GLUE = [
  ' ',
  '-',
  '–',
  '—',
  '’',
  "'",
  '.',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\t',
  '\n',
  '\u0000',
  'é',
  'Ж',
  '',
  '“',
  '«',
  '»',
  '€',
  '…',
  '²',
  'ð',
  'µ',
];
const blockArb = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 12 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));
/** Anything at all, combining marks and emoji included: there the prefilter may only err on the side of matching. */
const anyBlockArb = fc
  .array(fc.oneof(blockArb, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

describe('prefilter', () => {
  it('anchors a plain-ASCII pattern on its longest word, and needs none for other scripts', () => {
    expect(anchorOf('nur-sultan')).toBe('sultan');
    expect(anchorOf("d'abai")).toBe('abai');
    expect(anchorOf('астана')).toBeNull();
    expect(anchorOf('+')).toBeUndefined();
    expect(anchorOf('astana international financial centre', new Set(['international', 'financial']))).toBe('astana');
    // A word no dictionary has beats a longer ordinary one; fragments do not count; all ordinary: the longest.
    const ordinary = (w: string) => ['foreign', 'ministry', 'exposition', 'internationale', 'years'].includes(w);
    expect(anchorOf('kazakh foreign ministry', new Set(), ordinary)).toBe('kazakh');
    expect(anchorOf("exposition internationale d'astana", new Set(), ordinary)).toBe('astana');
    expect(anchorOf("une journee plus longue qu'un siecle", new Set(), () => false)).toBe('journee');
    expect(anchorOf("qu'un siecle", new Set(), (w) => w === 'siecle')).toBe('siecle');
    expect(anchorOf('years', new Set(), ordinary)).toBe('years');
    expect(anchorOf('state council', new Set(['state', 'council']))).toBe('council');
  });

  it('rules out a block whose folded words include no anchor, in English, French or German', () => {
    const mayMatch = createPrefilter(['astana', 'sultan', 'abai', 'kazakhstan']);
    expect(mayMatch('Paris and Strasbourg, “twinned” – or not.')).toBe(false);
    expect(mayMatch('« L’été à Paris », dit-il, 20 € …')).toBe(false);
    expect(mayMatch('Die Straße in Köln.')).toBe(false);
    expect(mayMatch('Nur–Sultan’s mayor')).toBe(true);
    expect(mayMatch('Sultanate')).toBe(false); // not a whole word: no pattern can match there
    expect(mayMatch('le buste d’ABAÏ')).toBe(true); // folds to "abai"
    expect(mayMatch('Ka\u00ADzakh\u200Bstan')).toBe(true); // invisible characters vanish inside the word
    expect(mayMatch('В Астане')).toBe(true); // Cyrillic letters: the matcher decides
    expect(mayMatch('Abai\u0301')).toBe(true); // a combining mark: the matcher decides
    expect(createPrefilter(null)('anything')).toBe(true);
  });

  it('agrees with the obvious rule on blocks without combining marks or emoji', () => {
    const fast = createPrefilter(ANCHORS);
    const slow = reference(ANCHORS);
    fc.assert(
      fc.property(blockArb, (block) => fast(block) === slow(block)),
      { numRuns: 2000 },
    );
  });

  it('never rules out a block the obvious rule lets through, whatever the block', () => {
    const fast = createPrefilter(ANCHORS);
    const slow = reference(ANCHORS);
    fc.assert(
      fc.property(anyBlockArb, (block) => !slow(block) || fast(block)),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in the blocks the prefilter rules out, and what it lets through is matched', () => {
    const m = createMatcher(compileMatcherData([entry('astana', ['Astana', 'Nur-Sultan'])]));
    expect(m.mayMatch('Paris, Berlin and Rome.')).toBe(false);
    expect(m.findMatches('Paris, Berlin and Rome.')).toEqual([]);
    expect(m.mayMatch('To Astana.')).toBe(true);
    expect(m.findMatches('To Astana.')).toEqual([{ start: 3, end: 9, entryIndex: 0 }]);
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
