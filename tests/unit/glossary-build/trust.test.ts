/** The maintainers' trust tools: facts that change (stale), the three languages' figures, coverage by country. */
import { describe, expect, it } from 'vitest';
import { figureMismatches, summaryFigures } from '@/lib/glossary-build/figures.ts';
import { monthsBetween, staleEntries } from '@/lib/glossary-build/freshness.ts';
import { glossaryStats } from '@/lib/glossary-build/stats.ts';
import { entry } from '../support/entries.ts';

const today = new Date(Date.UTC(2026, 11, 3));

describe('stale', () => {
  it('counts whole months from an asOf of any precision', () => {
    expect(monthsBetween('2026-12-03', today)).toBe(0);
    expect(monthsBetween('2026-11-04', today)).toBe(0);
    expect(monthsBetween('2026-11-03', today)).toBe(1);
    expect(monthsBetween('2025-12', today)).toBe(12);
    expect(monthsBetween('2024', today)).toBe(35);
  });

  it('lists entries whose changing facts are older than N months, oldest first; never those without asOf', () => {
    const entries = [
      entry('a', ['Aaa'], { asOf: '2025-06' }),
      entry('b', ['Bbb'], { asOf: '2020' }),
      entry('c', ['Ccc']),
      entry('d', ['Ddd'], { asOf: '2026-10' }),
    ];
    expect(staleEntries(entries, 12, today).map((s) => [s.id, s.months])).toEqual([
      ['b', 83],
      ['a', 18],
    ]);
    expect(staleEntries(entries, 24, today).map((s) => s.id)).toEqual(['b']);
    expect(staleEntries(entries, 1, today).map((s) => s.id)).toEqual(['b', 'a', 'd']);
  });
});

describe('figures', () => {
  it('reads each language’s way of writing numbers and dates alike', () => {
    expect(summaryFigures('About 4,000 tonnes (51%) in 1.5 years, on 19 April 2018.', 'en')).toEqual(
      summaryFigures('Environ 4 000 tonnes (51 %) en 1,5 an, le 19 avril 2018.', 'fr'),
    );
    expect(summaryFigures('Rund 4.000 Tonnen (51 %) in 1,5 Jahren, am 19. April 2018.', 'de')).toEqual([
      '1.5',
      '19',
      '2018',
      '4000',
      '51',
    ]);
    expect(summaryFigures('Am 16.12.2024 ernannt.', 'de')).toEqual(
      summaryFigures('Appointed on 16 December 2024.', 'en'),
    );
  });

  it('flags an entry whose summaries give different figures, and only that one', () => {
    const same = entry('same', ['Same'], {
      summary: { en: 'Founded in 1996.', fr: 'Fondée en 1996.', de: 'Gegründet 1996.' },
    });
    const differs = entry('differs', ['Differs'], {
      summary: { en: 'Home to 14 million people.', fr: 'Peuplée de 10 millions.', de: 'Heimat von 14 Millionen.' },
    });
    expect(figureMismatches([same, differs])).toEqual([
      { id: 'differs', figures: { en: ['14'], fr: ['10'], de: ['14'] } },
    ]);
  });
});

describe('stats by country', () => {
  it('counts each entry for every country it is about, by type', () => {
    const s = glossaryStats([
      entry('a', ['Aaa'], { countries: ['kz', 'fr'] }),
      entry('b', ['Bbb'], { countries: ['uz'], type: 'person' }),
    ]);
    expect(s.byCountry).toEqual({ kz: 1, kg: 0, tj: 0, tm: 0, uz: 1, fr: 1 });
    expect(s.byCountryAndType.uz?.person).toBe(1);
    expect(s.byCountryAndType.kz?.place).toBe(1);
  });
});

describe('summary sentences', () => {
  it('counts no sentence end after a German ordinal, and still refuses a fifth sentence', () => {
    const de = 'Gegründet am 16. Dezember 1991. Im 12. Jahrhundert erwähnt. Drei. Vier.';
    expect(() => entry('ok', ['Okay'], { summary: { en: 'One.', fr: 'Un.', de } })).not.toThrow();
    expect(() =>
      entry('too-long', ['Okay'], { summary: { en: 'One. Two. Three. Four. Five.', fr: 'Un.', de } }),
    ).toThrow(/1 to 4 sentences/);
  });
});
