import { describe, expect, it } from 'vitest';
import { anchorOf, createPrefilter } from '@/lib/match/prefilter.ts';
import { entry, found, matcherFor } from '../support/entries.ts';

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
