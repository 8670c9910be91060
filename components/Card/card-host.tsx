/**
 * The card's host: a shadow root mounted on first use (never at page load), styled through a constructed
 * stylesheet (no <style> element for a page's CSP to block), shown in the top layer (a manual popover, so no
 * transform, filter or containment of the page's moves, scales or clips it) and placed next to the term
 * (placement.ts).
 */
import { autoUpdate } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardView } from '@/lib/cards/card-controller.ts';
import type { CardState } from '@/lib/cards/card-state.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { markCardHost } from '@/lib/page/handoff.ts';
import { liveRange } from '@/lib/page/term-at-point.ts';
import { Card } from './Card.tsx';
import cardCss from './card.css?inline';
import { type Anchor, placeCard } from './placement.ts';

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
    inset: '0 auto auto 0',
    margin: '0',
    padding: '0',
    border: '0',
    overflow: 'visible',
    background: 'transparent',
    // The page's individual transforms on `div`s would move or scale the card too.
    translate: 'none',
    rotate: 'none',
    scale: 'none',
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
  /** Where the term was last seen (viewport coordinates), for a card whose term the page re-rendered. */
  let anchorRect: DOMRectReadOnly | undefined;
  const place = async () => {
    const range = anchor;
    const card = root.querySelector<HTMLElement>('.card');
    if (!range || !card) return;
    // The page took the term's text away (a re-render): the card stays where it was, never at the corner a
    // collapsed range's empty box would put it, until the engine gives it the term's new occurrence.
    if (range.collapsed) return;
    anchorRect = range.getBoundingClientRect();
    await placeCard(anchorOf(range), element, card);
    element.style.setProperty('opacity', '1', 'important');
  };
  /**
   * Shows the host in the top layer, above the page's stacking contexts (again, if the page removed or hid it); a
   * manual popover: only we open and close it.
   */
  const mount = () => {
    if (!element.isConnected) document.documentElement.append(element);
    if (element.matches(':popover-open')) return;
    element.setAttribute('popover', 'manual');
    try {
      element.showPopover();
    } catch {
      // Not in the top layer (the page's doing): the fixed host still shows, as a page's fixed element would.
    }
  };
  const anchorTo = (termRange: AbstractRange) => {
    anchor = liveRange(termRange);
    stopAutoUpdate?.();
    stopAutoUpdate = followTerm(anchorOf(anchor), element, () => void place());
  };

  return {
    owns: (target) => target === element,
    get isOpen() {
      return element.isConnected && lastState !== undefined;
    },
    get pinned() {
      return pinned && element.isConnected && lastState !== undefined;
    },
    get anchorRect() {
      return anchorRect;
    },
    show(state, termRange, focus) {
      // Unseen until placed (but focusable): never a frame at the viewport's corner.
      if (lastState === undefined) element.style.setProperty('opacity', '0', 'important');
      mount();
      trail = [];
      draw(state);
      anchorTo(termRange);
      if (focus) root.querySelector<HTMLElement>('.card')?.focus();
    },
    moveTo(termRange) {
      if (lastState) anchorTo(termRange);
    },
    update(state) {
      draw(state);
      void place();
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      anchor = undefined;
      anchorRect = undefined;
      lastState = undefined;
      trail = [];
      pinned = false;
      render(null, container);
      element.remove();
    },
  };
}

/** The term's range as Floating UI's reference: its boxes, and its element for the scrolling ancestors. */
/**
 * Moves the card with its term: scrolling (the page's, or any element's in the term's document or shadow tree),
 * resizes and layout shifts. Floating UI's own watch of the term's scrolling ancestors is off: it reads the computed
 * style of every ancestor up through every shadow host, and under 1,000 nested shadow roots that was a task of
 * 120 ms on the card's opening (tests/e2e/hostile, nested-shadow.html). A scroll event does not bubble, but a
 * listener capturing at the window (or at the term's shadow root, which a scroll inside it does not leave) hears it.
 */
function followTerm(anchor: Anchor, host: HTMLElement, update: () => void): () => void {
  const stop = autoUpdate(anchor, host, update, { ancestorScroll: false, ancestorResize: false });
  const root = anchor.contextElement?.getRootNode();
  const targets: EventTarget[] = [window, ...(root instanceof ShadowRoot ? [root] : [])];
  const options = { capture: true, passive: true };
  for (const target of targets) target.addEventListener('scroll', update, options);
  window.addEventListener('resize', update, { passive: true });
  return () => {
    stop();
    for (const target of targets) target.removeEventListener('scroll', update, options);
    window.removeEventListener('resize', update);
  };
}

function anchorOf(range: Range): Anchor {
  const element = range.startContainer.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(element && { contextElement: element }),
  };
}
