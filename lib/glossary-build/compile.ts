/**
 * Compiles validated entries into what ships:
 *  - matcher data for the content script (folded patterns only: small, needed on every page), with the people's
 *    surnames alone as discourse aliases when asked (the bundled glossary's build and the maintainers' scan);
 *  - entry bodies for cards (titles, summaries, dates, sources), loaded only when a card opens;
 *  - the side panel's search index (every name of every entry, folded as the matcher folds).
 */

import type { EntryBody } from '../glossary/entry-body.ts';
import { compileTrie } from '../match/automaton.ts';
import { exactShape, foldAlias } from '../match/fold.ts';
import { anchorOf, wordHash } from '../match/prefilter.ts';
import {
  CASE_SENSITIVE,
  COMMON_WORD,
  DISCOURSE,
  type MatcherData,
  type PatternRow,
  ROW_CONTEXT,
} from '../match/types.ts';
import type { SearchRow } from '../study/search.ts';
import { aliasForms } from './aliases.ts';
import { discourseForms } from './discourse-forms.ts';
import { compiledGeneratedForms, type GenerateOptions, generateAliases } from './generated-aliases.ts';
import type { Entry } from './schema.ts';
import { GENERIC_WORDS, STOP_WORDS } from './stopwords.ts';

export interface CompileOptions extends GenerateOptions {
  /**
   * Compile the people's surnames alone as discourse aliases (discourse-forms.ts). Off for the reader's own
   * entries: their surnames could not be checked against the bundled glossary's names.
   */
  readonly discourse?: boolean;
}

export function compileMatcherData(entries: readonly Entry[], options: CompileOptions = {}): MatcherData {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(sorted.map((e, i) => [e.id, i]));
  const rows = new Map<string, { folded: string; row: PatternRow }>();
  // Spellings generated from the native names (transliteration/) compile like hand-written aliases.
  const generated = generateAliases(sorted, options);
  sorted.forEach((entry, i) => {
    for (const form of [...aliasForms(entry), ...compiledGeneratedForms(generated.get(entry.id) ?? [])]) {
      const folded = foldAlias(form.text);
      let flags = 0;
      if (form.caseSensitive) flags |= CASE_SENSITIVE;
      if (form.caseSensitive && STOP_WORDS.has(folded)) flags |= COMMON_WORD;
      const row: PatternRow = [folded.length, i, flags];
      if (form.caseSensitive || form.context || form.cue) row.push(form.caseSensitive ? exactShape(form.text) : '');
      if (form.context || form.cue) {
        row.push(form.context ? form.context.map((id) => index.get(id)!).filter((n) => n !== undefined) : null);
      }
      if (form.cue) row.push([form.cue.after.map(foldAlias), form.cue.before.map(foldAlias)]);
      rows.set(JSON.stringify([folded, ...row]), { folded, row });
    }
  });
  const ordinary = [...rows.values()];
  const surnames = options.discourse ? surnameRows(sorted, index, generated, options) : [];
  // Surnames last: the matcher finds them from the end of the rows (createMatcher).
  const patterns = [...ordinary, ...surnames];
  const anchors = anchorsOf(
    ordinary.filter((p) => !p.row[ROW_CONTEXT]).map((p) => p.folded),
    options.isOrdinaryWord,
  );
  const surnameAnchors = anchorsOf(
    surnames.map((p) => p.folded),
    options.isOrdinaryWord,
  );
  return {
    ids: sorted.map((e) => e.id),
    patterns: patterns.map((p) => p.row),
    trie: compileTrie(patterns.map((p) => p.folded)),
    anchors,
    ...(surnames.length > 0 ? { discourseAnchors: surnameAnchors?.filter((h) => !anchors?.includes(h)) ?? [] } : {}),
  };
}

/** The discourse aliases' rows: case-sensitive (a surname standing alone is capitalised), flagged DISCOURSE. */
function surnameRows(
  sorted: readonly Entry[],
  index: ReadonlyMap<string, number>,
  generated: ReturnType<typeof generateAliases>,
  options: GenerateOptions,
): { folded: string; row: PatternRow }[] {
  const rows = new Map<string, { folded: string; row: PatternRow }>();
  for (const [id, forms] of discourseForms(sorted, generated, options)) {
    for (const form of forms) {
      if (form.dropped) continue;
      const folded = foldAlias(form.text);
      const row: PatternRow = [folded.length, index.get(id)!, CASE_SENSITIVE | DISCOURSE, exactShape(form.text)];
      rows.set(JSON.stringify([folded, ...row]), { folded, row });
    }
  }
  return [...rows.values()];
}

/** The prefilter's anchor hashes (lib/match/prefilter.ts), or null if one pattern has no anchor. */
function anchorsOf(unconditional: readonly string[], isOrdinaryWord?: (word: string) => boolean): number[] | null {
  const anchors = new Set<string>();
  for (const folded of unconditional) {
    const anchor = anchorOf(folded, GENERIC_WORDS, isOrdinaryWord);
    if (anchor === undefined) return null;
    if (anchor !== null) anchors.add(anchor);
  }
  return [...anchors].sort().map(wordHash);
}

export function compileBodies(entries: readonly Entry[]): Record<string, EntryBody> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const bodies: Record<string, EntryBody> = {};
  for (const e of entries) {
    bodies[e.id] = {
      id: e.id,
      type: e.type,
      countries: e.countries,
      title: e.title,
      ...(e.native ? { native: e.native } : {}),
      summary: e.summary,
      dates: e.dates,
      related: e.related.flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ id, title: r.title }] : [];
      }),
      sources: e.sources,
      ...(e.asOf ? { asOf: e.asOf } : {}),
    };
  }
  return bodies;
}

/**
 * The side panel's search index: per entry, every name a reader may type (titles, native names, aliases with their
 * endings), folded by the matcher's `foldAlias` so "Nour-Soultan", "nour soultan" and "Астана" meet their entry.
 */
export function compileSearchIndex(entries: readonly Entry[]): SearchRow[] {
  return [...entries]
    .sort((a, b) => a.title.en.localeCompare(b.title.en, 'en'))
    .map((e) => {
      const names = [...Object.values(e.title), ...Object.values(e.native ?? {}), ...aliasForms(e).map((f) => f.text)];
      return [e.id, e.type, e.countries ?? [], [...new Set(names.map(foldAlias))]];
    });
}
