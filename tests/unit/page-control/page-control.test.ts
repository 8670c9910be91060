// @vitest-environment happy-dom
/**
 * The settings applied to a page: the entry-type filter over a matcher, the highlight style's registrations (through
 * the highlighter's own `register`), the page's terms for the popup and the side panel.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES } from '@/lib/glossary/vocabulary.ts';
import type { Matcher } from '@/lib/match/matcher.ts';
import { pageTermsOf, termAt } from '@/lib/page/page-terms.ts';
import type { Term } from '@/lib/page/term-index.ts';
import { collectBlocks } from '@/lib/page/text-blocks.ts';
import { withEntryTypes } from '@/lib/page-control/entry-filter.ts';
import { applyHighlightStyle, STYLE_NAMES } from '@/lib/page-control/highlight-style.ts';

describe('withEntryTypes', () => {
  const fake: Matcher = {
    ids: ['a', 'b', 'c'],
    mayMatch: () => true,
    findMatches: () => [
      { start: 0, end: 1, entryIndex: 0 },
      { start: 2, end: 3, entryIndex: 1 },
      { start: 4, end: 5, entryIndex: 2 },
    ],
  };
  const typeIndexOf = [ENTRY_TYPES.indexOf('place'), ENTRY_TYPES.indexOf('person'), ENTRY_TYPES.indexOf('place')];
  it('keeps only the chosen types', () => {
    expect(
      withEntryTypes(fake, ['place'], typeIndexOf)
        .findMatches('x')
        .map((m) => m.entryIndex),
    ).toEqual([0, 2]);
    expect(
      withEntryTypes(fake, ['person'], typeIndexOf)
        .findMatches('x')
        .map((m) => m.entryIndex),
    ).toEqual([1]);
  });
  it('is the matcher itself when every type is chosen, and matches nothing when none is', () => {
    expect(withEntryTypes(fake, ENTRY_TYPES, typeIndexOf)).toBe(fake);
    expect(withEntryTypes(fake, [], typeIndexOf).mayMatch('Astana')).toBe(false);
  });
});

describe('applyHighlightStyle', () => {
  const recorder = () => {
    const names: (string | null)[] = [];
    return { names, register: (name: string | null) => void names.push(name) };
  };
  it('registers the highlight under the style name, and removes it', () => {
    const r = recorder();
    const underline = applyHighlightStyle(r.register, 'underline');
    expect(r.names).toEqual([STYLE_NAMES.underline]);
    underline.remove();
    expect(r.names.at(-1)).toBeNull();
    const tint = applyHighlightStyle(r.register, 'tint');
    expect(r.names.at(-1)).toBe(STYLE_NAMES.tint);
    expect(tint.shown()).toBe(true);
  });
  it('modifier: shown only while Alt is held, hidden again on release or blur', () => {
    const r = recorder();
    const style = applyHighlightStyle(r.register, 'modifier');
    expect(r.names.at(-1)).toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    expect(r.names.at(-1)).toBe(STYLE_NAMES.tint);
    expect(style.shown()).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Alt' }));
    expect(r.names.at(-1)).toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    window.dispatchEvent(new Event('blur'));
    expect(r.names.at(-1)).toBeNull();
    style.remove();
    const count = r.names.length;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    expect(r.names.length).toBe(count);
  });
});

describe('pageTermsOf', () => {
  it('groups occurrences by entry in document order, with their context', () => {
    document.body.innerHTML = '<p>Astana and Almaty</p><p>Back to Astana.</p>';
    const [b1, b2] = collectBlocks(document.body);
    const term = (block: typeof b1, start: number, end: number, entryIndex: number): Term => ({
      block: block!,
      start,
      end,
      entryIndex,
    });
    const terms = [term(b2, 8, 14, 0), term(b1, 0, 6, 0), term(b1, 11, 17, 1)];
    const page = pageTermsOf(document, terms, ['astana', 'almaty']);
    expect(page.terms.map((t) => [t.id, t.occurrences.map((o) => o.text)])).toEqual([
      ['astana', ['Astana', 'Astana']],
      ['almaty', ['Almaty']],
    ]);
    const second = page.terms[0]!.occurrences[1]!;
    expect(second.context.slice(second.start, second.end)).toBe('Astana');
    expect(termAt(terms, ['astana', 'almaty'], 'astana', 1)).toBe(terms[0]);
    expect(termAt(terms, ['astana', 'almaty'], 'astana', 2)).toBeUndefined();
  });
});
