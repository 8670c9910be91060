/**
 * Reader input: pointer hover with an intent delay, a grace period to move into the card, Escape to close, and
 * keyboard navigation between terms (Alt+Shift+→ / Alt+Shift+←), since highlights are not focusable elements.
 */
import { termAtPoint } from './hit-test.ts';
import type { Term, TermIndex } from './terms.ts';

export interface CardPort {
  open(term: Term, viaKeyboard: boolean): void;
  close(): void;
  readonly isOpen: boolean;
  /** Is this event target the card (or inside it)? */
  owns(target: EventTarget | null): boolean;
}

export interface ReaderInputOptions {
  readonly index: TermIndex;
  readonly card: CardPort;
  readonly setActive: (term: Term | undefined) => void;
  /** Open shadow roots whose terms can be hovered. */
  readonly shadowRoots?: ShadowRoot[];
  /** How long the pointer must rest on a term before its card opens. */
  readonly intentMs?: number;
  /** How long the card stays after the pointer leaves term and card. */
  readonly graceMs?: number;
}

export interface ReaderInput {
  /** Closes the card and forgets the active term (the card's close button). */
  close(): void;
  dispose(): void;
}

export function watchReaderInput(options: ReaderInputOptions): ReaderInput {
  const { index, card, setActive, shadowRoots = [], intentMs = 150, graceMs = 300 } = options;
  let openTerm: Term | undefined;
  let pendingTerm: Term | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pendingTerm = undefined;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const open = (term: Term, viaKeyboard: boolean) => {
    cancelOpen();
    cancelClose();
    openTerm = term;
    setActive(term);
    card.open(term, viaKeyboard);
  };
  const close = () => {
    cancelOpen();
    cancelClose();
    openTerm = undefined;
    setActive(undefined);
    if (card.isOpen) card.close();
  };

  const onFrame = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (card.owns(e.target)) {
      cancelClose();
      cancelOpen();
      return;
    }
    const term = termAtPoint(index, e.clientX, e.clientY, shadowRoots);
    if (term) {
      cancelClose();
      if (term === openTerm || term === pendingTerm) return;
      cancelOpen();
      pendingTerm = term;
      openTimer = setTimeout(() => open(term, false), intentMs);
    } else {
      cancelOpen();
      if (card.isOpen && closeTimer === undefined) closeTimer = setTimeout(close, graceMs);
    }
  };
  const onPointerMove = (e: PointerEvent) => {
    last = e;
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.isOpen) {
      close();
      return;
    }
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = neighbour(index.terms, openTerm, e.key === 'ArrowRight' ? 1 : -1);
    if (!next) return;
    e.preventDefault();
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    open(next, true);
  };

  window.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  window.addEventListener('keydown', onKeyDown, { capture: true });
  return {
    close,
    dispose() {
      close();
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onPointerMove, { capture: true });
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    },
  };
}

/** The term after (or before) `from` in document order; the first (or last) when nothing is open. */
function neighbour(terms: readonly Term[], from: Term | undefined, direction: 1 | -1): Term | undefined {
  const live = terms.filter((t) => t.range.startContainer.isConnected);
  live.sort((a, b) => compareTerms(a, b));
  if (live.length === 0) return undefined;
  if (!from) return direction === 1 ? live[0] : live[live.length - 1];
  const i = live.indexOf(from);
  return live[(i + direction + live.length) % live.length];
}

function compareTerms(a: Term, b: Term): number {
  const an = a.range.startContainer;
  const bn = b.range.startContainer;
  if (an === bn) return a.range.startOffset - b.range.startOffset;
  return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
