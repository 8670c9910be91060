/**
 * The three languages of an entry must say the same things: this check compares the figures each summary states —
 * years and other numbers, written the way each language writes them (4,000 / 4 000 / 4.000; 51% / 51 %;
 * 1.5 / 1,5) — and reports the entries whose summaries do not give the same ones. Numbers written as words ("twenty
 * years") are not seen; a maintainer writes figures as figures.
 */
import { READER_LANGS, type ReaderLang } from '../glossary/vocabulary.ts';
import type { Entry } from './schema.ts';

export interface FigureMismatch {
  readonly id: string;
  /** The figures found in each language's summary, normalised and sorted. */
  readonly figures: Record<ReaderLang, string[]>;
}

/** A number as written: digits with thousands groups (, . space, narrow/no-break space) and an optional decimal part. */
const NUMBER = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;

/** A date written with numbers (German 16.12.2024, or 16.12.): the month is a word in the other languages. */
const NUMERIC_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})?/g;

export function summaryFigures(text: string, lang: ReaderLang): string[] {
  const words = text.replace(NUMERIC_DATE, (_, day: string, _month: string, year = '') => `${day}; ${year}`);
  const figures = (words.match(NUMBER) ?? []).map((n) => normalise(n, lang));
  return figures.sort();
}

/** One figure as a plain number: the language's decimal mark (en "." — fr, de ",") kept, every other mark dropped. */
function normalise(written: string, lang: ReaderLang): string {
  const decimal = lang === 'en' ? '.' : ',';
  const at = written.lastIndexOf(decimal);
  const whole = (at === -1 ? written : written.slice(0, at)).replace(/\D/g, '');
  const fraction = at === -1 ? '' : written.slice(at + 1).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export function figureMismatches(entries: readonly Entry[]): FigureMismatch[] {
  const mismatches: FigureMismatch[] = [];
  for (const e of entries) {
    const figures = Object.fromEntries(READER_LANGS.map((l) => [l, summaryFigures(e.summary[l], l)])) as Record<
      ReaderLang,
      string[]
    >;
    const en = figures.en.join(' ');
    if (figures.fr.join(' ') !== en || figures.de.join(' ') !== en) mismatches.push({ id: e.id, figures });
  }
  return mismatches;
}
