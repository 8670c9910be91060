/** The cards' part of the engine, made anew when the card language or the hover delay changes. */
import { type CardPort, createCardController } from '@/lib/cards/card-controller.ts';
import { watchHoverIntent } from '@/lib/cards/hover-intent.ts';
import { neighbour, watchKeyboardNavigation } from '@/lib/cards/keyboard-navigation.ts';
import { nearestOccurrence } from '@/lib/cards/nearest-occurrence.ts';
import { watchTouchTaps } from '@/lib/cards/touch-tap.ts';
import type { Matcher } from '@/lib/match/matcher.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { takeCardView } from '@/lib/page/handoff.ts';
import type { Highlighter } from '@/lib/page/highlighter.ts';
import { liveRange, scrollToRange, termAtPoint } from '@/lib/page/term-at-point.ts';
import type { PageSettings } from '@/lib/settings/page-settings.ts';

export interface CardsPart {
  readonly port: CardPort;
  navigate(direction: 1 | -1): boolean;
  stop(): void;
}

export function startCards(parts: {
  settings: PageSettings;
  highlighter: Highlighter;
  matcher: Matcher;
  shadowRoots: ShadowRoot[];
  /** Are the highlights shown now (in the modifier style, only while Alt is held)? */
  shown: () => boolean;
}): CardsPart {
  const { settings, highlighter, matcher, shadowRoots, shown } = parts;
  const messenger = createMessenger((message) => browser.runtime.sendMessage(message));
  const port = createCardController({
    async loadView(close) {
      await messenger.send('injectScript', { script: 'card' });
      return takeCardView()(settings.cardLang, close, {
        fetchEntry: (id) => messenger.send('entry', { id }),
        openInPanel: (id) => void messenger.send('openInPanel', { id }).catch(() => false),
      });
    },
    rangeOf: (term) => highlighter.reveal(term),
    entryId: (term) => matcher.ids[term.entryIndex]!,
    fetchEntry: (id) => messenger.send('entry', { id }),
    setActive: (term) => highlighter.setActive(term),
    isLive: (term) => highlighter.index.has(term),
    successor: (term, lastSeen) =>
      nearestOccurrence(
        highlighter.index.terms
          .filter((t) => t.entryIndex === term.entryIndex)
          .map((t) => ({ item: t, box: liveRange(highlighter.index.rangeOf(t)).getBoundingClientRect() })),
        lastSeen,
      ),
  });
  // In the modifier style, terms answer the pointer only while they are shown.
  const termAt = (x: number, y: number) => (shown() ? termAtPoint(highlighter.index, x, y, shadowRoots) : undefined);
  const reveal = (term: Parameters<typeof highlighter.reveal>[0]) => scrollToRange(highlighter.reveal(term));
  const stops = [
    watchHoverIntent({ cards: port, termAt, intentMs: settings.hoverDelayMs }),
    watchKeyboardNavigation({ cards: port, terms: () => highlighter.index.terms, reveal }),
    watchTouchTaps({ cards: port, termAt }),
  ];
  return {
    port,
    navigate(direction) {
      const next = neighbour(highlighter.index.terms, port.openTerm, direction);
      if (!next) return false;
      reveal(next);
      port.open(next, true);
      return true;
    },
    stop() {
      port.close();
      for (const stop of stops) stop();
    },
  };
}
