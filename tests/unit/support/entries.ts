/** Small in-memory glossaries for tests. */
import type { z } from 'zod';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { type alias, type Entry, entrySchema } from '@/lib/glossary-build/schema.ts';
import { createMatcher, type Matcher } from '@/lib/match/matcher.ts';

type AliasInput = z.input<typeof alias>;

export function entry(id: string, aliases: AliasInput[], extra: Partial<Record<string, unknown>> = {}): Entry {
  return entrySchema.parse({
    id,
    type: 'place',
    countries: ['kz'],
    title: { en: id, fr: id, de: id },
    aliases,
    summary: { en: 'A test entry.', fr: 'Une fiche de test.', de: 'Ein Testeintrag.' },
    sources: [{ title: 'Test', url: 'https://example.org/' }],
    reviewed: '2026-11-27',
    ...extra,
  });
}

export function matcherFor(entries: Entry[]): Matcher {
  return createMatcher(compileMatcherData(entries));
}

/** The matched texts of a block with their entry ids: ["Nur-Sultan→astana", …]. */
export function found(matcher: Matcher, text: string): string[] {
  return matcher.findMatches(text).map((m) => `${text.slice(m.start, m.end)}→${matcher.ids[m.entryIndex]}`);
}
