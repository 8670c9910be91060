/** Glossary statistics: entries by type, and how many entries cover each language. */

import { ALIAS_LANGS, COUNTRIES, ENTRY_TYPES, READER_LANGS } from '../glossary/vocabulary.ts';
import { aliasForms } from './aliases.ts';
import type { Entry } from './schema.ts';

export interface GlossaryStats {
  readonly entries: number;
  readonly byType: Record<string, number>;
  /** Entries about each country (an entry about several counts for each). */
  readonly byCountry: Record<string, number>;
  /** For each country, its entries by type. */
  readonly byCountryAndType: Record<string, Record<string, number>>;
  /** For each reader language: entries with a title, with a summary. */
  readonly coverage: Record<string, { titles: number; summaries: number }>;
  /** Alias forms by declared language ("any" when none is declared). */
  readonly aliasesByLang: Record<string, number>;
}

export function glossaryStats(entries: readonly Entry[]): GlossaryStats {
  const byType = Object.fromEntries(ENTRY_TYPES.map((t) => [t, entries.filter((e) => e.type === t).length]));
  const about = (c: string) => entries.filter((e) => e.countries?.includes(c as never));
  const byCountry = Object.fromEntries(COUNTRIES.map((c) => [c, about(c).length]));
  const byCountryAndType = Object.fromEntries(
    COUNTRIES.map((c) => [
      c,
      Object.fromEntries(ENTRY_TYPES.map((t) => [t, about(c).filter((e) => e.type === t).length])),
    ]),
  );
  const coverage = Object.fromEntries(
    READER_LANGS.map((lang) => [
      lang,
      {
        titles: entries.filter((e) => e.title[lang]?.trim()).length,
        summaries: entries.filter((e) => e.summary[lang]?.trim()).length,
      },
    ]),
  );
  const aliasesByLang: Record<string, number> = { any: 0 };
  for (const lang of ALIAS_LANGS) aliasesByLang[lang] = 0;
  for (const e of entries) {
    for (const form of aliasForms(e)) aliasesByLang[form.lang ?? 'any']! += 1;
  }
  return { entries: entries.length, byType, byCountry, byCountryAndType, coverage, aliasesByLang };
}

export function formatStats(s: GlossaryStats): string {
  const lines = [`entries: ${s.entries}`, '', 'by type:'];
  for (const [type, n] of Object.entries(s.byType)) lines.push(`  ${type.padEnd(14)} ${n}`);
  lines.push('', 'by country (entries by type):');
  for (const [country, n] of Object.entries(s.byCountry)) {
    const types = Object.entries(s.byCountryAndType[country] ?? {})
      .filter(([, k]) => k > 0)
      .map(([t, k]) => `${t} ${k}`)
      .join(', ');
    lines.push(`  ${country}  ${String(n).padStart(4)}  ${types}`);
  }
  lines.push('', 'coverage (entries with a title / a summary):');
  for (const [lang, c] of Object.entries(s.coverage)) {
    lines.push(`  ${lang}  titles ${c.titles}/${s.entries}  summaries ${c.summaries}/${s.entries}`);
  }
  lines.push('', 'alias forms by language:');
  for (const [lang, n] of Object.entries(s.aliasesByLang)) if (n > 0) lines.push(`  ${lang.padEnd(4)} ${n}`);
  return lines.join('\n');
}
