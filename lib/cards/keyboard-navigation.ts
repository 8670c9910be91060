/**
 * The keyboard's way to cards, since highlights are not focusable elements: Alt+Shift+→ / Alt+Shift+← open the
 * next / previous term's card (wrapping around at the ends) with focus in it; Escape closes the card.
 */
import { inDocumentOrder, type Term } from '../page/term-index.ts';
import type { CardPort } from './card-controller.ts';

export interface KeyboardNavigationOptions {
  readonly cards: CardPort;
  /** The page's terms (in any order). */
  readonly terms: () => readonly Term[];
  /** Brings a term into view before its card opens. */
  readonly reveal: (term: Term) => void;
  readonly target?: Window;
}

export function watchKeyboardNavigation(options: KeyboardNavigationOptions): () => void {
  const { cards, terms, reveal, target = window } = options;
  const onKeyDown = (e: KeyboardEvent) => {
    // A page's synthetic events never drive us; and in a text field or an editor the keys are the reader's (on
    // macOS, Alt+Shift+arrows select by word).
    if (!e.isTrusted || isEditing(e)) return;
    if (e.key === 'Escape' && cards.isOpen) {
      cards.close();
      return;
    }
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = neighbour(terms(), cards.openTerm, e.key === 'ArrowRight' ? 1 : -1);
    if (!next) return;
    e.preventDefault();
    reveal(next);
    cards.open(next, true);
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}

/** The term after (or before) `from` in document order; the first (or last) when none is open. */
export function neighbour(terms: readonly Term[], from: Term | undefined, direction: 1 | -1): Term | undefined {
  const live = inDocumentOrder(terms.filter((t) => t.block.nodes[0]!.isConnected));
  if (live.length === 0) return undefined;
  const i = from ? live.indexOf(from) : -1;
  if (i === -1) return direction === 1 ? live[0] : live[live.length - 1];
  return live[(i + direction + live.length) % live.length];
}

/** Is the key pressed in a text field, a select, or an editable region (of the page or of a shadow root)? */
function isEditing(e: KeyboardEvent): boolean {
  const target = (e.composedPath()[0] ?? e.target) as Element | null;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  if (target.ownerDocument?.designMode === 'on') return true;
  if (target.closest('input, textarea, select')) return true;
  const editable = target.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}
