/**
 * Where the card goes, by Floating UI: beside its term on the side with more room (below or above; left or right of
 * a term in vertical writing), its size held to the room there (its content scrolls inside), shifted to stay within
 * the viewport. The host is in the top layer (card-host.tsx), so neither a transform nor a containing block of the
 * page's moves or scales it; only CSS `zoom` on <html> still reaches it, and the host cancels it.
 */
import {
  computePosition,
  flip,
  type Middleware,
  offset,
  type Placement,
  type Platform,
  platform,
  type Rect,
  shift,
  size,
} from '@floating-ui/dom';

/** The card's size when there is room for it (CSS px; card.css reads them through the host's custom properties). */
const CARD_WIDTH = 380;
const CARD_HEIGHT = 460;
/** The card never comes nearer than this to the viewport's edges. */
const PADDING = 8;
/** The gap between the term and the card. */
const GAP = 6;
/** Below this the card would show too little to read: it may then overflow the viewport rather than shrink. */
const MIN_HEIGHT = 96;

/** A term's box and the way its text runs, as the card is placed by them. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  /** The element whose text the term is: its writing mode decides the sides, its ancestors' scrolling moves it. */
  readonly contextElement?: Element;
}

/** Places the host beside the anchor; `card` is the scrolling box inside the host's shadow root. */
export async function placeCard(anchor: Anchor, host: HTMLElement, card: HTMLElement): Promise<void> {
  cancelPageZoom(host);
  const context = anchor.contextElement;
  const [preferred, other] = sidesFor(context ? getComputedStyle(context).writingMode : 'horizontal-tb');
  const { x, y } = await computePosition(anchor, host, {
    strategy: 'fixed',
    platform: viewportPlatform,
    placement: preferred,
    middleware: [
      naturalSize(card),
      offset(GAP),
      // The side with more room for the whole card, the preferred one when the card fits on both.
      flip({ crossAxis: false, fallbackPlacements: [other], fallbackStrategy: 'bestFit', padding: PADDING }),
      shift({ padding: PADDING }),
      size({
        padding: PADDING,
        apply({ availableWidth, availableHeight }) {
          const width = Math.min(CARD_WIDTH, availableWidth);
          const height = Math.min(CARD_HEIGHT, Math.max(MIN_HEIGHT, availableHeight));
          host.style.setProperty('--steppe-lens-card-width', `${Math.floor(width)}px`, 'important');
          host.style.setProperty('--steppe-lens-card-max-height', `${Math.floor(height)}px`, 'important');
        },
      }),
    ],
  });
  host.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
}

/**
 * The host is fixed at the viewport's origin in the top layer, so the term's client rects are already in its
 * coordinates and only the (visual) viewport clips it. Floating UI's reading of offset parents and clipping ancestors
 * serves elements inside the page's layout; here it would take a transform or margin on <html> for a scrollbar on
 * the left, and move the card by that much.
 */
const viewportPlatform: Platform = {
  ...platform,
  async getElementRects({ reference, floating }) {
    const { x, y, width, height } = reference.getBoundingClientRect();
    return {
      reference: { x, y, width, height },
      floating: { x: 0, y: 0, ...(await platform.getDimensions(floating)) },
    };
  },
  getClippingRect: () => viewportRect(),
  getOffsetParent: (element) => element.ownerDocument.defaultView ?? window,
  convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
};

/**
 * The placements after the term's lines: below then above in horizontal text; in vertical text, the side the next
 * line comes on (left in `vertical-rl`, right in `vertical-lr`), then the other.
 */
export function sidesFor(writingMode: string): [Placement, Placement] {
  if (writingMode.endsWith('-rl')) return ['left-start', 'right-start'];
  if (writingMode.endsWith('-lr')) return ['right-start', 'left-start'];
  return ['bottom-start', 'top-start'];
}

/**
 * CSS `zoom` on <html> multiplies into every element's, ours too: the card is the reader's UI, not the page's, so
 * its host takes the inverse and is drawn at 1 (its coordinates then are the viewport's too).
 */
function cancelPageZoom(host: HTMLElement): void {
  const parent = host.parentElement;
  const zoom = parent?.currentCSSZoom ?? 1;
  host.style.setProperty('zoom', String(1 / (zoom > 0 ? zoom : 1)), 'important');
}

/**
 * Starts the placement from the size the card would have with room enough, not the one the last placement held it
 * to: a card once squeezed into the room below a term would otherwise "fit" there, and never go above where there
 * is more room. Measured from the content (its scroll height), so the reader's scroll position inside it is kept.
 */
function naturalSize(card: HTMLElement): Middleware {
  return {
    name: 'naturalSize',
    fn({ rects, middlewareData }) {
      if (middlewareData.naturalSize?.measured) return {};
      const borders = card.offsetHeight - card.clientHeight;
      const floating: Rect = {
        ...rects.floating,
        width: Math.min(CARD_WIDTH, viewportRect().width - 2 * PADDING),
        height: Math.min(CARD_HEIGHT, card.scrollHeight + borders),
      };
      return { data: { measured: true }, reset: { rects: { ...rects, floating } } };
    },
  };
}

/** What the reader sees of the page, in client coordinates: the visual viewport (pinch zoom), without scrollbars. */
function viewportRect(): Rect {
  const v = window.visualViewport;
  if (v) return { x: v.offsetLeft, y: v.offsetTop, width: v.width, height: v.height };
  const html = document.documentElement;
  return { x: 0, y: 0, width: html.clientWidth, height: html.clientHeight };
}
