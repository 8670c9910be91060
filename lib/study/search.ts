/**
 * The glossary search of the side panel: as the reader types, over every entry, with the matcher's folding
 * (accents, case, apostrophes, Cyrillic as written) and one typo forgiven per word. Pure and synchronous: the
 * whole index is a few hundred rows, so a linear pass answers well within a frame (tests/bench/panel.ts).
 */
import type { Country, EntryType } from '../glossary/vocabulary.ts';
import { foldAlias } from '../match/fold.ts';

/** One entry in `public/glossary/search-index.json`: id, type, countries, folded names. */
export type SearchRow = [id: string, type: EntryType, countries: Country[], names: string[]];

interface Prepared {
  readonly id: string;
  readonly type: EntryType;
  readonly countries: readonly Country[];
  /** Each name's words, and the name without separators ("nur-sultan" → "nursultan"). */
  readonly names: readonly { readonly words: readonly string[]; readonly compact: string }[];
}

export interface SearchFilters {
  readonly countries?: readonly Country[];
  readonly types?: readonly EntryType[];
}

const SEPARATORS = /[\s\-‐‑–—'’.,;:()/«»"„“”]+/u;

const words = (folded: string) => folded.split(SEPARATORS).filter(Boolean);
const compact = (folded: string) => words(folded).join('');

export function prepareIndex(rows: readonly SearchRow[]): Prepared[] {
  return rows.map(([id, type, countries, names]) => ({
    id,
    type,
    countries,
    names: names.map((n) => ({ words: words(n), compact: compact(n) })),
  }));
}

/** Is the edit distance (one insertion, deletion or substitution) between `a` and `b` at most 1? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A query word meets a name's word: as its beginning, or one typo away (words of 4+ letters, so "al" is not "a"). */
function wordScore(q: string, w: string): number {
  if (w.startsWith(q)) return w.length === q.length ? 3 : 2;
  if (q.length >= 4 && (withinOneEdit(q, w) || withinOneEdit(q, w.slice(0, q.length)))) return 1;
  return 0;
}

function nameScore(qWords: readonly string[], qCompact: string, name: Prepared['names'][number]): number {
  if (name.compact === qCompact) return 100;
  if (name.compact.startsWith(qCompact)) return 80;
  // "astanna", "nursultan" against "nur-sultan": the whole name one typo away.
  if (qCompact.length >= 4 && withinOneEdit(qCompact, name.compact)) return 60;
  let total = 0;
  for (const q of qWords) {
    let best = 0;
    for (const w of name.words) best = Math.max(best, wordScore(q, w));
    if (best === 0) return 0;
    total += best;
  }
  // Every query word met: the more of the name's words the query covers, the closer the entry.
  return 10 + (total * 10) / qWords.length - Math.max(0, name.words.length - qWords.length);
}

/**
 * The ids of the entries that match `query` and the filters, best first (then in index order, by English title).
 * An empty query matches every entry.
 */
export function search(index: readonly Prepared[], query: string, filters: SearchFilters = {}): string[] {
  const folded = foldAlias(query);
  const qWords = words(folded);
  const qCompact = qWords.join('');
  const scored: { id: string; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    if (filters.types?.length && !filters.types.includes(entry.type)) return;
    if (filters.countries?.length && !filters.countries.some((c) => entry.countries.includes(c))) return;
    let score = qWords.length === 0 ? 1 : 0;
    for (const name of entry.names) if (score < 100) score = Math.max(score, nameScore(qWords, qCompact, name));
    if (score > 0) scored.push({ id: entry.id, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.id);
}
