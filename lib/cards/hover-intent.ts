/**
 * Opens a card when the pointer rests on a term, and closes it when the pointer has left both term and card:
 *  - an intent delay, so a pointer passing over terms opens nothing;
 *  - a grace period, so the pointer can travel from the term into the card;
 *  - one hit test per animation frame, whatever the rate of pointer events.
 */
import type { Term } from '../page/term-index.ts';
import type { CardPort } from './card-controller.ts';

export interface HoverIntentOptions {
  readonly cards: CardPort;
  /** The term under a viewport point, if any (lib/page/term-at-point.ts). */
  readonly termAt: (x: number, y: number) => Term | undefined;
  /** How long the pointer must rest on a term before its card opens. */
  readonly intentMs?: number;
  /** How long the card stays after the pointer leaves term and card. */
  readonly graceMs?: number;
  readonly target?: Window;
}

export function watchHoverIntent(options: HoverIntentOptions): () => void {
  const { cards, termAt, intentMs = 150, graceMs = 300, target = window } = options;
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
  // Whoever opened or closed the card (the keyboard, the close button), the timers set before no longer apply.
  cards.onChange(() => {
    cancelOpen();
    cancelClose();
  });

  const onFrame = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    // In the card, or the card pinned: the pointer elsewhere neither closes it nor opens another.
    if (cards.owns(e.target) || cards.isPinned) {
      cancelClose();
      cancelOpen();
      return;
    }
    const term = termAt(e.clientX, e.clientY);
    if (term) {
      cancelClose();
      if (term === cards.openTerm || term === pendingTerm) return;
      cancelOpen();
      pendingTerm = term;
      openTimer = setTimeout(() => cards.open(term, false), intentMs);
    } else {
      cancelOpen();
      if (cards.isOpen && closeTimer === undefined) closeTimer = setTimeout(() => cards.close(), graceMs);
    }
  };
  const onPointerMove = (e: PointerEvent) => {
    // A page's synthetic events never open a card.
    if (!e.isTrusted) return;
    last = e;
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  };

  target.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  return () => {
    cancelOpen();
    cancelClose();
    cancelAnimationFrame(frame);
    target.removeEventListener('pointermove', onPointerMove, { capture: true });
  };
}
