/**
 * The bundled glossary's matcher and the reader's own entries' matcher as one: entry ids follow each other (own
 * entries after the bundled ones), and where their matches overlap, the leftmost wins, then the longest, then the
 * bundled entry (a bundled entry wins a tie). A bundled surname alone (discourse alias) yields to any own match.
 */
import { withSurnamesInGaps } from './discourse.ts';
import type { Matcher } from './matcher.ts';
import type { Match } from './types.ts';

export function combineMatchers(bundled: Matcher, own: Matcher): Matcher {
  const offset = bundled.ids.length;
  return {
    ids: [...bundled.ids, ...own.ids],
    mayMatch: (source) => bundled.mayMatch(source) || own.mayMatch(source),
    ...(bundled.discourseEntries ? { discourseEntries: bundled.discourseEntries } : {}),
    findMatches(source) {
      const mine = own.findMatches(source);
      const found = bundled.findMatches(source);
      if (mine.length === 0) return found;
      const theirs = found.filter((m) => !m.discourse);
      const all = [
        ...theirs.map((m) => ({ m, own: false })),
        ...mine.map((m) => ({ m: { ...m, entryIndex: m.entryIndex + offset }, own: true })),
      ];
      all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || Number(a.own) - Number(b.own));
      const kept: Match[] = [];
      let reach = 0;
      for (const { m } of all) {
        if (m.start < reach) continue;
        kept.push(m);
        reach = m.end;
      }
      return withSurnamesInGaps(
        kept,
        found.filter((m) => m.discourse),
      );
    },
  };
}
