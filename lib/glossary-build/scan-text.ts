/** What the extension would highlight in a text, block by block: the maintainers' `scan`, with the same matcher. */
import { DiscourseGate } from '../match/discourse.ts';
import { createMatcher } from '../match/matcher.ts';
import { type CompileOptions, compileMatcherData } from './compile.ts';
import type { Entry } from './schema.ts';

export interface ScanHit {
  /** UTF-16 offsets into the whole text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly id: string;
  /** The English title. */
  readonly title: string;
  readonly aliases: readonly string[];
  /** A surname alone, after the person's full name earlier in the text (a discourse alias). */
  readonly discourse?: true;
}

/**
 * `blocks` are the text's blocks in order, joined by "\n" in the text the offsets refer to. Surnames alone count
 * after their person's first ordinary match, as on a page (lib/match/discourse.ts), unless `discourse` is false.
 */
export function scanBlocks(
  blocks: readonly string[],
  entries: readonly Entry[],
  options: CompileOptions = {},
): ScanHit[] {
  const matcher = createMatcher(compileMatcherData(entries, { discourse: true, ...options }));
  const gate = new DiscourseGate<number>((a, b) => a - b, matcher.discourseEntries ?? new Set());
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hits: ScanHit[] = [];
  let offset = 0;
  blocks.forEach((block, n) => {
    // In document order, a block's surnames are decided when it is added: no later block can come before them.
    for (const m of gate.add(n, matcher.findMatches(block)).kept) {
      const entry = byId.get(matcher.ids[m.entryIndex]!)!;
      hits.push({
        start: offset + m.start,
        end: offset + m.end,
        text: block.slice(m.start, m.end),
        id: entry.id,
        title: entry.title.en,
        aliases: entry.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
        ...(m.discourse ? { discourse: true as const } : {}),
      });
    }
    offset += block.length + 1;
  });
  return hits;
}
