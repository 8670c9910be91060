/**
 * The card host's tag name, apart from the card's code: the page scanner must skip the host on every page, while
 * the card itself (Preact, Floating UI) is only needed once a term is hovered.
 */
export const HOST_TAG = 'steppe-lens-card';

/** Is this element the card's host? */
export const isCardHost = (element: Element): boolean => element.localName === HOST_TAG;
