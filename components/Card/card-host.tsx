/**
 * The card's host: a shadow root mounted on first use (never at page load), styled through a constructed
 * stylesheet (no <style> element for a page's CSP to block) and positioned with Floating UI next to the term.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardView } from '@/lib/cards/card-controller.ts';
import type { CardState } from '@/lib/cards/card-state.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { markCardHost } from '@/lib/page/handoff.ts';
import { liveRange } from '@/lib/page/term-at-point.ts';
import { Card } from './Card.tsx';
import cardCss from './card.css?inline';

/** What the card asks of the engine: another entry (a related link), and the side panel. */
export interface CardActions {
  fetchEntry(id: string): Promise<EntryBody>;
  openInPanel(id: string): void;
}

export function createCardHost(lang: ReaderLang, onClose: () => void, actions?: CardActions): CardView {
  // A plain div: a custom element name could be defined by the page, whose constructor would then run on our host.
  const element = document.createElement('div');
  const root = element.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardCss);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  root.append(container);
  markCardHost(element, container);
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
  /** The entries the reader came through by related links, for the back button. */
  let trail: CardState[] = [];
  let pinned = false;

  const draw = (state: CardState) => {
    lastState = state;
    render(
      <Card
        state={state}
        lang={lang}
        onClose={onClose}
        {...(actions && {
          onNavigate: (id: string) => void navigate(id),
          onOpenInPanel: (id: string) => actions.openInPanel(id),
          onPin: () => {
            pinned = !pinned;
            draw(state);
          },
          pinned,
        })}
        {...(trail.length > 0 && { onBack: () => draw(trail.pop()!) })}
      />,
      container,
    );
  };
  /** A related entry, opened in place: the card keeps its anchor, and the way back. */
  const navigate = async (id: string) => {
    if (!actions || !lastState) return;
    trail.push(lastState);
    draw({ status: 'loading', id });
    const next = await actions.fetchEntry(id).then(
      (body): CardState => ({ status: 'ready', body }),
      (): CardState => ({ status: 'error', id }),
    );
    if (lastState?.status === 'loading' && lastState.id === id) draw(next);
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
    get pinned() {
      return pinned && element.isConnected && lastState !== undefined;
    },
    show(state, termRange, focus) {
      if (!element.isConnected) document.documentElement.append(element);
      trail = [];
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
      trail = [];
      pinned = false;
      render(null, container);
      element.remove();
    },
  };
}
