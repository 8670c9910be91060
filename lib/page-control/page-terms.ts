/**
 * The page's terms as the popup and the side panel see them (the `pageTerms` message), and the way back from one
 * of them to the page (`revealTerm`): the n-th occurrence of an entry, in document order.
 */
import type { PageTerms } from '../messages/protocol.ts';
import type { Term } from '../page/term-index.ts';

/** Characters of the block's text kept on each side of a term. */
const CONTEXT = 300;

/** The live terms in document order (ranges whose text left the page are dropped). */
function termsInOrder(terms: readonly Term[]): Term[] {
  const live = terms.filter((t) => t.range.startContainer.isConnected);
  return live.sort((a, b) => {
    const an = a.range.startContainer;
    const bn = b.range.startContainer;
    if (an === bn) return a.range.startOffset - b.range.startOffset;
    return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export function collectPageTerms(terms: readonly Term[], ids: readonly string[], doc: Document): PageTerms {
  const byId = new Map<string, PageTerms['terms'][number]['occurrences'][number][]>();
  for (const term of termsInOrder(terms)) {
    const id = ids[term.entryIndex];
    if (id === undefined) continue;
    const { startContainer, startOffset, endContainer, endOffset } = term.range;
    const nodeText = startContainer.textContent ?? '';
    const text =
      startContainer === endContainer
        ? nodeText.slice(startOffset, endOffset)
        : nodeText.slice(startOffset) + (endContainer.textContent ?? '').slice(0, endOffset);
    const from = Math.max(0, startOffset - CONTEXT);
    const context = nodeText.slice(from, startOffset) + text;
    const list = byId.get(id) ?? [];
    list.push({ text, context, start: startOffset - from, end: startOffset - from + text.length });
    byId.set(id, list);
  }
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    lang: doc.documentElement.lang,
    terms: [...byId].map(([id, occurrences]) => ({ id, occurrences })),
  };
}

/** The `occurrence`-th term naming entry `id`, in document order. */
export function findOccurrence(
  terms: readonly Term[],
  ids: readonly string[],
  id: string,
  occurrence: number,
): Term | undefined {
  return termsInOrder(terms).filter((t) => ids[t.entryIndex] === id)[occurrence];
}
