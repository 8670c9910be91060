/**
 * The page's terms as the popup and the side panel see them: one record per entry, in order of first occurrence,
 * each occurrence with a window of its block's text around it (the reader cuts the sentence from it).
 */
import type { PageTerms } from '../messages/protocol.ts';
import { inDocumentOrder, type Term } from './term-index.ts';

/** Characters of context kept on each side of an occurrence. */
const CONTEXT = 300;

export function pageTermsOf(doc: Document, terms: readonly Term[], ids: readonly string[]): PageTerms {
  const byId = new Map<string, PageTerms['terms'][number]['occurrences'][number][]>();
  for (const term of inDocumentOrder(terms)) {
    const id = ids[term.entryIndex]!;
    const { text } = term.block;
    const from = Math.max(0, term.start - CONTEXT);
    const to = Math.min(text.length, term.end + CONTEXT);
    const occurrence = {
      text: text.slice(term.start, term.end),
      context: text.slice(from, to),
      start: term.start - from,
      end: term.end - from,
    };
    const list = byId.get(id);
    if (list) list.push(occurrence);
    else byId.set(id, [occurrence]);
  }
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    lang: doc.documentElement.lang,
    terms: [...byId].map(([id, occurrences]) => ({ id, occurrences })),
  };
}

/** The `occurrence`-th term (in document order) naming entry `id`. */
export function termAt(terms: readonly Term[], ids: readonly string[], id: string, occurrence: number) {
  return inDocumentOrder(terms).filter((t) => ids[t.entryIndex] === id)[occurrence];
}
