/**
 * The page's text for the side panel's "Not in the glossary": the blocks the every-page script reads (the same walk,
 * the same skipped parts), read once when the reader asks, up to a bound. Nothing is kept.
 */
import type { PageText } from '../messages/protocol.ts';
import { type CollectOptions, iterateBlocks } from './text-blocks.ts';

/**
 * At most this many characters (UTF-16 units) are sent: a long encyclopaedia article's text (about 100 KB) fits
 * with room to spare, the walk that gathers it takes a few milliseconds of the page's main thread, and discovery in
 * the panel's worker stays near a second (about 300 ms per 100 KB). A longer page is read from its start.
 */
export const PAGE_TEXT_LIMIT = 200_000;

export function readPageText(doc: Document, options: CollectOptions, limit = PAGE_TEXT_LIMIT): PageText {
  const blocks: string[] = [];
  let size = 0;
  let truncated = false;
  for (const { text } of doc.body ? iterateBlocks(doc.body, options) : []) {
    if (size + text.length > limit) {
      if (limit > size) blocks.push(text.slice(0, limit - size));
      truncated = true;
      break;
    }
    blocks.push(text);
    size += text.length;
  }
  return { url: doc.location?.href ?? '', title: doc.title, lang: doc.documentElement.lang, blocks, truncated };
}
