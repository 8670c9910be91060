/**
 * The reader's entry types, applied to the matcher: a wrapper that drops matches of the types left out. It filters
 * after the matcher chose leftmost-longest matches, so a left-out longer name also hides a shorter one inside it
 * ("Astana Times" off does not make "Astana" appear there): the page shows less, never a wrong span.
 */
import { ENTRY_TYPES, type EntryType } from '../glossary/vocabulary.ts';
import type { Matcher } from '../match/matcher.ts';

/** `typeIndexOf[entryIndex]`: the index in ENTRY_TYPES of each entry's type (lib/generated/entry-types.json). */
export function withEntryTypes(matcher: Matcher, types: readonly EntryType[], typeIndexOf: readonly number[]): Matcher {
  if (types.length === ENTRY_TYPES.length) return matcher;
  const kept = ENTRY_TYPES.map((t) => types.includes(t));
  return {
    ids: matcher.ids,
    mayMatch: (source) => types.length > 0 && matcher.mayMatch(source),
    ...(matcher.discourseEntries ? { discourseEntries: matcher.discourseEntries } : {}),
    findMatches: (source) => matcher.findMatches(source).filter((m) => kept[typeIndexOf[m.entryIndex] ?? -1]),
  };
}
