// @vitest-environment happy-dom
/**
 * Touch: a tap on a term opens its card, a tap elsewhere closes it; in a link, the first tap shows the card (the
 * click is cancelled) and the second follows the link. Mouse clicks are not ours. Real touch input is tested in
 * Chromium (tests/e2e/settings-browser.e2e.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CardPort } from '@/lib/cards/card-controller.ts';
import { watchTouchTaps } from '@/lib/cards/touch-tap.ts';
import type { Term } from '@/lib/page/term-index.ts';

function fakeCards() {
  let open: Term | undefined;
  const card = document.createElement('div');
  const cards: CardPort = {
    open: (term) => {
      open = term;
    },
    close: () => {
      open = undefined;
    },
    get openTerm() {
      return open;
    },
    get isOpen() {
      return open !== undefined;
    },
    isPinned: false,
    owns: (target) => target === card,
    onChange: () => undefined,
    follow: () => undefined,
  };
  return { cards, card };
}

function tap(target: Element, pointerType = 'touch'): MouseEvent {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType }));
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 5, clientY: 5 });
  target.dispatchEvent(click);
  return click;
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('watchTouchTaps', () => {
  document.body.innerHTML = '<p id="plain">Astana</p><a id="link" href="#x">Almaty</a><p id="other">text</p>';
  const term = { entryIndex: 0 } as Term;
  const linkTerm = { entryIndex: 1 } as Term;
  const at = (id: string) => document.getElementById(id)!;
  let under: Term | undefined;

  it('opens on a tap on a term and closes on a tap elsewhere', () => {
    const { cards } = fakeCards();
    stop = watchTouchTaps({ cards, termAt: () => under });
    under = term;
    expect(tap(at('plain')).defaultPrevented).toBe(false);
    expect(cards.openTerm).toBe(term);
    under = undefined;
    tap(at('other'));
    expect(cards.isOpen).toBe(false);
  });

  it('in a link: the first tap shows the card and cancels the click, the second follows the link', () => {
    const { cards } = fakeCards();
    stop = watchTouchTaps({ cards, termAt: () => under });
    under = linkTerm;
    expect(tap(at('link')).defaultPrevented).toBe(true);
    expect(cards.openTerm).toBe(linkTerm);
    expect(tap(at('link')).defaultPrevented).toBe(false);
    expect(cards.openTerm).toBe(linkTerm);
  });

  it('leaves mouse clicks and taps in the card alone', () => {
    const { cards, card } = fakeCards();
    stop = watchTouchTaps({ cards, termAt: () => under });
    under = term;
    tap(at('plain'), 'mouse');
    expect(cards.isOpen).toBe(false);
    tap(at('plain'));
    document.body.append(card);
    under = undefined;
    tap(card);
    expect(cards.openTerm).toBe(term);
  });
});
