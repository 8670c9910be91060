/**
 * The page's life under changing settings: reading (scanner, highlighter) and cards (controller, hover, keyboard,
 * touch) start, stop and restart as `pageChange` says. The parts are passed in by the content script, so this
 * order of operations is unit-tested with fakes.
 */

import { type PageSettings, pageChange } from '../settings/page-settings.ts';
import type { HighlightStyle } from '../settings/settings.ts';

export interface LivePageParts<Reading, Cards, Carry> {
  startReading(settings: PageSettings): Reading;
  stopReading(reading: Reading): void;
  restyle(reading: Reading, style: HighlightStyle): void;
  /** `carried`: what the previous cards' part handed on (the open card, to reopen in the new language). */
  startCards(settings: PageSettings, reading: Reading, carried: Carry | undefined): Cards;
  stopCards(cards: Cards): Carry | undefined;
}

export interface LivePage<Reading, Cards> {
  apply(settings: PageSettings): void;
  stop(): void;
  readonly reading: Reading | undefined;
  readonly cards: Cards | undefined;
}

export function createLivePage<Reading, Cards, Carry>(
  parts: LivePageParts<Reading, Cards, Carry>,
): LivePage<Reading, Cards> {
  let current: PageSettings | undefined;
  let reading: Reading | undefined;
  let cards: Cards | undefined;

  const stop = () => {
    if (cards !== undefined) parts.stopCards(cards);
    if (reading !== undefined) parts.stopReading(reading);
    cards = undefined;
    reading = undefined;
    current = current && { ...current, active: false };
  };

  return {
    apply(next) {
      const change = pageChange(current, next);
      if (change.stop || !next.active) {
        stop();
        current = next;
        return;
      }
      let carried: Carry | undefined;
      if (change.cards && cards !== undefined) {
        carried = parts.stopCards(cards);
        cards = undefined;
      }
      if (change.read) {
        if (reading !== undefined) parts.stopReading(reading);
        reading = parts.startReading(next);
      }
      const r = reading as Reading;
      if (change.restyle) parts.restyle(r, next.highlightStyle);
      // A new scan drops every term, so the open card's term cannot be carried over then.
      if (change.cards) cards = parts.startCards(next, r, change.read ? undefined : carried);
      current = next;
    },
    stop,
    get reading() {
      return reading;
    },
    get cards() {
      return cards;
    },
  };
}
