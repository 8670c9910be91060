/**
 * The card's host: a shadow root mounted on first use (never at page load), styled through a constructed
 * stylesheet (no <style> element for a page's CSP to block) and positioned with Floating UI next to the term.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardView } from '@/lib/cards/card-controller.ts';
import type { CardState } from '@/lib/cards/card-state.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { markCardHost } from '@/lib/page/handoff.ts';
import { liveRange } from '@/lib/page/term-at-point.ts';
import { Card } from './Card.tsx';
import cardCss from './card.css?inline';

export function createCardHost(lang: ReaderLang, onClose: () => void): CardView {
  // A plain div: a custom element name could be defined by the page, whose constructor would then run on our host.
  const element = document.createElement('div');
  markCardHost(element);
  const root = element.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardCss);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  root.append(container);
  const hostStyle = {
    display: 'block',
    position: 'fixed',
    top: '0',
    left: '0',
    margin: '0',
    padding: '0',
    border: '0',
    'z-index': '2147483647',
  };
  for (const [k, v] of Object.entries(hostStyle)) {
    element.style.setProperty(k, v, 'important');
  }
  let stopAutoUpdate: (() => void) | undefined;
  let anchor: Range | undefined;
  let lastState: CardState | undefined;

  const draw = (state: CardState) => {
    lastState = state;
    render(<Card state={state} lang={lang} onClose={onClose} />, container);
  };
  const place = async () => {
    if (!anchor) return;
    const reference = {
      getBoundingClientRect: () => anchor!.getBoundingClientRect(),
      getClientRects: () => anchor!.getClientRects(),
    };
    const { x, y } = await computePosition(reference, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    element.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
  };

  return {
    owns: (target) => target === element,
    get isOpen() {
      return element.isConnected && lastState !== undefined;
    },
    show(state, termRange, focus) {
      if (!element.isConnected) document.documentElement.append(element);
      const range = liveRange(termRange);
      anchor = range;
      draw(state);
      stopAutoUpdate?.();
      const reference = {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        contextElement: range.startContainer.parentElement ?? undefined,
      };
      stopAutoUpdate = autoUpdate(reference, element, () => void place());
      if (focus) root.querySelector<HTMLElement>('.card')?.focus();
    },
    update(state) {
      draw(state);
      void place();
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      anchor = undefined;
      lastState = undefined;
      render(null, container);
      element.remove();
    },
  };
}
