/**
 * The content script's side of the panel's `pageTerms` and `revealTerm` messages: the page's highlighted terms in
 * document order, each with a window of its block's text (the panel cuts the sentence), and scrolling to one of
 * them. Runs in every page, so it stays small and imports nothing but types; it reads the highlighter's index.
 */
import type { PageTerms, Payload } from '../messages/protocol.ts';

interface IndexedTerm {
  readonly range: AbstractRange;
  readonly entryIndex: number;
}

const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,td,th,dd,dt,blockquote,figcaption,caption,pre,article,section,div,main,body';
/** Characters of the block kept on each side of a term: enough for its sentence in news prose. */
const WINDOW = 300;

function documentOrder(terms: readonly IndexedTerm[]): IndexedTerm[] {
  return [...terms].sort((a, b) => {
    const x = a.range;
    const y = b.range;
    if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset;
    const pos = x.startContainer.compareDocumentPosition(y.startContainer);
    // Ranges in different trees (shadow roots) are not ordered: keep the order they were found in.
    if (pos & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** The block's text and the offset of (node, offset) in it. */
function blockText(node: Node, offset: number): { text: string; at: number } {
  const block = (node.parentElement?.closest(BLOCK) ?? node.parentElement ?? node) as Node;
  const walker = (node.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = '';
  let at = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) at = text.length + offset;
    text += (n as Text).data;
  }
  return { text, at: Math.max(0, at) };
}

function termText(range: AbstractRange): string {
  const r = document.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r.toString();
}

export function collectPageTerms(terms: readonly IndexedTerm[], ids: readonly string[]): PageTerms {
  const byId = new Map<string, PageTerms['terms'][number]['occurrences'][number][]>();
  for (const term of documentOrder(terms)) {
    const id = ids[term.entryIndex];
    if (id === undefined) continue;
    const text = termText(term.range);
    const { text: block, at } = blockText(term.range.startContainer, term.range.startOffset);
    const from = Math.max(0, at - WINDOW);
    const context = block.slice(from, at + text.length + WINDOW);
    const list = byId.get(id) ?? [];
    list.push({ text, context, start: at - from, end: at - from + text.length });
    byId.set(id, list);
  }
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang,
    terms: [...byId].map(([id, occurrences]) => ({ id, occurrences })),
  };
}

/** Scrolls to the `occurrence`-th occurrence of entry `id` and selects it, so the reader's eye finds it. */
export function revealPageTerm(
  terms: readonly IndexedTerm[],
  ids: readonly string[],
  p: Payload<'revealTerm'>,
): boolean {
  const term = documentOrder(terms).filter((t) => ids[t.entryIndex] === p.id)[p.occurrence];
  if (!term) return false;
  const range = document.createRange();
  range.setStart(term.range.startContainer, term.range.startOffset);
  range.setEnd(term.range.endContainer, term.range.endOffset);
  term.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
