/** What the extension would highlight in a text, block by block: the maintainers' `scan`, with the same matcher. */
import { createMatcher } from '../match/matcher.ts';
import { compileMatcherData } from './compile.ts';
import type { GenerateOptions } from './generated-aliases.ts';
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
}

/** `blocks` are the text's blocks in order, joined by "\n" in the text the offsets refer to. */
export function scanBlocks(
  blocks: readonly string[],
  entries: readonly Entry[],
  options: GenerateOptions = {},
): ScanHit[] {
  const matcher = createMatcher(compileMatcherData(entries, options));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hits: ScanHit[] = [];
  let offset = 0;
  for (const block of blocks) {
    for (const m of matcher.findMatches(block)) {
      const entry = byId.get(matcher.ids[m.entryIndex]!)!;
      hits.push({
        start: offset + m.start,
        end: offset + m.end,
        text: block.slice(m.start, m.end),
        id: entry.id,
        title: entry.title.en,
        aliases: entry.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
      });
    }
    offset += block.length + 1;
  }
  return hits;
}
