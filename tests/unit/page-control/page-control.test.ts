// @vitest-environment happy-dom
/**
 * The settings applied to a page: the order in which reading and cards start, stop and restart (with fake parts),
 * the entry-type filter over a matcher, the highlight style's registrations, the page's terms for the popup.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES } from '@/lib/glossary/vocabulary.ts';
import type { LazyMatcher } from '@/lib/match/matcher.ts';
import type { Term } from '@/lib/page/term-index.ts';
import { withEntryTypes } from '@/lib/page-control/entry-filter.ts';
import { applyHighlightStyle, STYLE_NAMES } from '@/lib/page-control/highlight-style.ts';
import { createLivePage } from '@/lib/page-control/live-page.ts';
import { collectPageTerms, findOccurrence } from '@/lib/page-control/page-terms.ts';
import { pageSettings } from '@/lib/settings/page-settings.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings.ts';
import { RecordingHighlight, useHighlightApi } from '../support/highlight-api.ts';

const on = pageSettings(DEFAULT_SETTINGS, 'https://a.example', 'en');

function recordingParts() {
  const log: string[] = [];
  let n = 0;
  const parts = {
    startReading: () => {
      const r = `reading${++n}`;
      log.push(`start ${r}`);
      return r;
    },
    stopReading: (r: string) => void log.push(`stop ${r}`),
    restyle: (r: string, style: string) => void log.push(`style ${r} ${style}`),
    startCards: (s: { cardLang: string }, r: string, carried: string | undefined) => {
      log.push(`cards ${s.cardLang} on ${r}${carried ? ` reopen ${carried}` : ''}`);
      return `cards-${s.cardLang}`;
    },
    stopCards: (c: string) => {
      log.push(`stop ${c}`);
      return 'open-term';
    },
  };
  return { log, parts };
}

describe('createLivePage', () => {
  it('starts reading, style and cards; stops them all when the site is turned off; starts again', () => {
    const { log, parts } = recordingParts();
    const live = createLivePage(parts);
    live.apply(on);
    live.apply({ ...on, active: false });
    expect(live.reading).toBeUndefined();
    live.apply(on);
    expect(log).toEqual([
      'start reading1',
      'style reading1 tint',
      'cards en on reading1',
      'stop cards-en',
      'stop reading1',
      'start reading2',
      'style reading2 tint',
      'cards en on reading2',
    ]);
  });

  it('a new card language restarts the cards only, and reopens the open card', () => {
    const { log, parts } = recordingParts();
    const live = createLivePage(parts);
    live.apply(on);
    log.length = 0;
    live.apply({ ...on, cardLang: 'fr' });
    expect(log).toEqual(['stop cards-en', 'cards fr on reading1 reopen open-term']);
  });

  it('a new style restyles only; new entry types read the page again', () => {
    const { log, parts } = recordingParts();
    const live = createLivePage(parts);
    live.apply(on);
    log.length = 0;
    live.apply({ ...on, highlightStyle: 'underline' });
    expect(log).toEqual(['style reading1 underline']);
    log.length = 0;
    live.apply({ ...on, highlightStyle: 'underline', entryTypes: ['place'] });
    expect(log).toEqual([
      'stop cards-en',
      'stop reading1',
      'start reading2',
      'style reading2 underline',
      'cards en on reading2',
    ]);
  });

  it('does nothing while off, and stop() is idempotent', () => {
    const { log, parts } = recordingParts();
    const live = createLivePage(parts);
    live.apply({ ...on, active: false });
    live.stop();
    live.stop();
    expect(log).toEqual([]);
  });
});

describe('withEntryTypes', () => {
  const fake: LazyMatcher = {
    ids: ['a', 'b', 'c'],
    mayMatch: () => true,
    loaded: true,
    load: () => undefined,
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
  const registry = useHighlightApi();
  it('registers the page highlight under the style name, and removes it', () => {
    const h = new RecordingHighlight() as unknown as Highlight;
    registry.set(STYLE_NAMES.tint, h as never);
    const underline = applyHighlightStyle(h, 'underline');
    expect([...registry.keys()]).toEqual([STYLE_NAMES.underline]);
    underline.remove();
    expect(registry.size).toBe(0);
    const tint = applyHighlightStyle(h, 'tint');
    expect(registry.get(STYLE_NAMES.tint)).toBe(h);
    expect(tint.shown()).toBe(true);
  });
  it('modifier: shown only while Alt is held, hidden again on release or blur', () => {
    const h = new RecordingHighlight() as unknown as Highlight;
    const style = applyHighlightStyle(h, 'modifier');
    expect(registry.size).toBe(0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    expect(registry.get(STYLE_NAMES.tint)).toBe(h);
    expect(style.shown()).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Alt' }));
    expect(registry.size).toBe(0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    window.dispatchEvent(new Event('blur'));
    expect(registry.size).toBe(0);
    style.remove();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    expect(registry.size).toBe(0);
  });
});

describe('collectPageTerms', () => {
  it('groups occurrences by entry in document order, with their context', () => {
    document.body.innerHTML = '<p>Astana and Almaty</p><p>Back to Astana.</p>';
    const [p1, p2] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
    const term = (node: Node, start: number, end: number, entryIndex: number): Term => ({
      range: { startContainer: node, startOffset: start, endContainer: node, endOffset: end } as StaticRange,
      entryIndex,
    });
    const terms = [term(p2!, 8, 14, 0), term(p1!, 0, 6, 0), term(p1!, 11, 17, 1)];
    const page = collectPageTerms(terms, ['astana', 'almaty'], document);
    expect(page.terms.map((t) => [t.id, t.occurrences.map((o) => o.text)])).toEqual([
      ['astana', ['Astana', 'Astana']],
      ['almaty', ['Almaty']],
    ]);
    const second = page.terms[0]!.occurrences[1]!;
    expect(second.context.slice(second.start, second.end)).toBe('Astana');
    expect(findOccurrence(terms, ['astana', 'almaty'], 'astana', 1)).toBe(terms[0]);
    expect(findOccurrence(terms, ['astana', 'almaty'], 'astana', 2)).toBeUndefined();
  });
});
