import { describe, expect, it } from 'vitest';
import { readerLang } from '@/lib/glossary/entry-body.ts';
import { isValidIsoDate } from '@/lib/glossary-build/schema.ts';
import { formatIsoDate } from '@/lib/i18n/ui-strings.ts';

describe('readerLang', () => {
  it('picks fr or de from the page language, else en', () => {
    expect(readerLang('fr-FR')).toBe('fr');
    expect(readerLang('DE')).toBe('de');
    expect(readerLang('ru')).toBe('en');
    expect(readerLang('')).toBe('en');
    expect(readerLang(null)).toBe('en');
  });
});

describe('dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['1991', '1991-12', '1991-12-16', '2024-02-29'].every(isValidIsoDate)).toBe(true);
    expect(['91', '1991-13', '2021-02-29', '2021-02-30', '1991/12/16', '1991-12-16T00:00'].some(isValidIsoDate)).toBe(
      false,
    );
  });

  it('formats dates in the reader language without time-zone drift', () => {
    expect(formatIsoDate('2019-03-23', 'fr')).toBe('23 mars 2019');
    expect(formatIsoDate('2019-03-23', 'en')).toBe('March 23, 2019');
    expect(formatIsoDate('2022-09', 'de')).toBe('September 2022');
    expect(formatIsoDate('1465', 'de')).toBe('1465');
  });

  it('writes every day and month as Intl.DateTimeFormat does, in each reader language', () => {
    for (const lang of ['en', 'fr', 'de'] as const) {
      const day = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      for (const year of [1000, 1465, 1991, 2024, 2099]) {
        for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
          const iso = new Date(t).toISOString().slice(0, 10);
          expect(formatIsoDate(iso, lang)).toBe(day.format(t));
          expect(formatIsoDate(iso.slice(0, 7), lang)).toBe(month.format(t));
        }
      }
    }
  });
});
