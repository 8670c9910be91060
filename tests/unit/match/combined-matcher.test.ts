/** Bundled and own entries matched together: ids follow each other; leftmost, then longest, then bundled wins. */
import { describe, expect, it } from 'vitest';
import { combineMatchers } from '@/lib/match/combined-matcher.ts';
import { entry, found, matcherFor } from '../support/entries.ts';

const bundled = matcherFor([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);
const own = matcherFor([
  entry('astana-mine', ['Astana']),
  entry('astana-river', ['Astana river']),
  entry('qarabulak', ['Qarabulak']),
]);
const both = combineMatchers(bundled, own);

describe('combineMatchers', () => {
  it('finds own entries beside bundled ones, with their ids after the bundled ones', () => {
    expect(both.ids).toEqual(['almaty', 'astana', 'astana-mine', 'astana-river', 'qarabulak']);
    expect(found(both, 'From Almaty to Qarabulak.')).toEqual(['Almaty→almaty', 'Qarabulak→qarabulak']);
  });

  it('lets a bundled entry win a tie, and the longer match win an overlap whoever owns it', () => {
    expect(found(both, 'In Astana today.')).toEqual(['Astana→astana']);
    expect(found(both, 'On the Astana river.')).toEqual(['Astana river→astana-river']);
  });

  it('lets a block through the prefilter when either glossary may name something in it', () => {
    expect(both.mayMatch('Qarabulak')).toBe(true);
    expect(both.mayMatch('Almaty')).toBe(true);
    expect(both.mayMatch('Paris and Berlin')).toBe(false);
  });
});
