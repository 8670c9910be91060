/**
 * What `npm run bench` and `npm run bench:ab` share: the built matcher data, the glossary's alias lists, and the
 * benchmark pages (the demo article, then pages generated from a fixed seed, so every run reads the same text).
 */
import { readFileSync } from 'node:fs';
import { aliasForms } from '../../lib/glossary-build/aliases.ts';
import { createMatcher } from '../../lib/match/matcher.ts';
import type { MatcherData } from '../../lib/match/types.ts';
import { readGlossary } from '../../scripts/glossary/read-glossary.ts';
import { type BenchPage, makePage } from './pages.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const data: MatcherData = {
  ...readJson('lib/generated/matcher-head.json'),
  ...readJson('public/glossary/matcher-body.json'),
};
export const entries = readGlossary('glossary/entries').loaded.map((l) => l.entry);
/** The same alias list for every peer: every written form of every entry. */
export const aliases = [...new Set(entries.flatMap((e) => aliasForms(e).map((f) => f.text)))];
/** Terms for the generated pages: plain forms (no case or context rule), so every one is found. */
const plainTerms = [
  ...new Set(
    entries.flatMap((e) =>
      aliasForms(e)
        .filter((f) => !f.caseSensitive && !f.context)
        .map((f) => f.text),
    ),
  ),
];
const matcher = createMatcher(data);
const NO_TERM = { chars: 100_000, gap: Number.POSITIVE_INFINITY, terms: [], matcher };

export const BENCH_PAGES: readonly BenchPage[] = [
  {
    name: 'demo article',
    path: '/demo/fr.html',
    html: '',
    text: readFileSync('public/demo/fr.html', 'utf8')
      .replace(/<[^>]+>/g, '\n')
      .replace(/\n+/g, '\n'),
  },
  makePage('long article', { chars: 200_000, gap: 90, terms: plainTerms, matcher, seed: 1 }),
  makePage('stress 5 MB', { chars: 5_000_000, gap: 400, terms: plainTerms, matcher, seed: 2 }),
  makePage('no term 100 KB', { ...NO_TERM, seed: 3 }),
  makePage('no term, French 100 KB', { ...NO_TERM, seed: 4, lang: 'fr' }),
];

/** A benchmark page by name. */
export function benchPage(name: string): BenchPage {
  const page = BENCH_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`no benchmark page "${name}"`);
  return page;
}
