/**
 * Cards on a touch screen, where there is no hover: a tap on a highlighted term opens its card, a tap elsewhere
 * closes it. The page's own tap behaviour is kept where it matters: a term inside a link shows its card on the
 * first tap (that click is cancelled) and the second tap on the same term, its card open, follows the link. A tap
 * inside the card is the card's own. Mouse and pen clicks are left to hover and the page.
 */
import type { Term } from '../page/term-index.ts';
import type { CardPort } from './card-controller.ts';

export interface TouchTapOptions {
  readonly cards: CardPort;
  /** The term under a viewport point, if any (lib/page/term-at-point.ts). */
  readonly termAt: (x: number, y: number) => Term | undefined;
  readonly target?: Window;
}

export function watchTouchTaps(options: TouchTapOptions): () => void {
  const { cards, termAt, target = window } = options;
  let lastPointer = '';
  const onPointerDown = (e: PointerEvent) => {
    lastPointer = e.pointerType;
  };
  const onClick = (e: MouseEvent) => {
    if (lastPointer !== 'touch' || cards.owns(e.target)) return;
    const term = termAt(e.clientX, e.clientY);
    if (!term) {
      if (cards.isOpen) cards.close();
      return;
    }
    // Second tap on the term whose card is open: the page's own behaviour (a link is followed).
    if (term === cards.openTerm) return;
    if (insideLink(e.target)) e.preventDefault();
    cards.open(term, false);
  };
  target.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  target.addEventListener('click', onClick, { capture: true });
  return () => {
    target.removeEventListener('pointerdown', onPointerDown, { capture: true });
    target.removeEventListener('click', onClick, { capture: true });
  };
}

/** Is the click on (or in) something a tap would follow: a link with a target? */
function insideLink(target: EventTarget | null): boolean {
  const el =
    target && (target as Node).nodeType === 1 ? (target as Element) : ((target as Node | null)?.parentElement ?? null);
  return el?.closest('a[href], area[href]') != null;
}
