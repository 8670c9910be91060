/**
 * The engine, injected by the background into a frame whose text may name a term (most pages never get it): it
 * only wires the parts together.
 *   lib/match/matcher.ts         finds the terms of a block
 *   lib/page/highlighter.ts      paints them, near the viewport only
 *   lib/cards/                   which term's card opens, on hover or from the keyboard, and what it shows
 *   ./page-terms.ts              answers the popup's and side panel's questions about the page's terms
 */
import { createCardController } from '@/lib/cards/card-controller.ts';
import { watchHoverIntent } from '@/lib/cards/hover-intent.ts';
import { watchKeyboardNavigation } from '@/lib/cards/keyboard-navigation.ts';
import { readerLang } from '@/lib/glossary/entry-body.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import type { MatcherBody } from '@/lib/match/types.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { type Engine, type EngineStart, registerEngine, takeCardView } from '@/lib/page/handoff.ts';
import { highlightRulesAdopter } from '@/lib/page/highlight-styles.ts';
import { Highlighter, watchNearViewport } from '@/lib/page/highlighter.ts';
import highlightCss from '@/lib/page/highlights.css?inline';
import { scrollToRange, termAtPoint } from '@/lib/page/term-at-point.ts';
import { answerPageQuestions } from './page-terms.ts';

export default defineUnlistedScript(() => registerEngine(startEngine));

function startEngine({ head, bodyJson, shadowRoots }: EngineStart): Engine {
  const matcher = createMatcher({ ...head, ...(JSON.parse(bodyJson) as MatcherBody) });
  const highlighter = new Highlighter(
    matcher,
    typeof IntersectionObserver === 'function' ? watchNearViewport : undefined,
  );
  const messenger = createMessenger((message) => browser.runtime.sendMessage(message));
  const cards = createCardController({
    async loadView(close) {
      await messenger.send('injectScript', { script: 'card' });
      return takeCardView()(readerLang(document.documentElement.lang), close);
    },
    rangeOf: (term) => highlighter.reveal(term),
    entryId: (term) => matcher.ids[term.entryIndex]!,
    fetchEntry: (id) => messenger.send('entry', { id }),
    setActive: (term) => highlighter.setActive(term),
  });
  // The page may clear the highlight registry or empty our Highlight: put them back, at background cost.
  const repairTimer = setInterval(() => highlighter.repair(), 1000);
  const stops = [
    () => clearInterval(repairTimer),
    watchHoverIntent({ cards, termAt: (x, y) => termAtPoint(highlighter.index, x, y, shadowRoots) }),
    watchKeyboardNavigation({
      cards,
      terms: () => highlighter.index.terms,
      reveal: (term) => scrollToRange(highlighter.reveal(term)),
    }),
    answerPageQuestions({ highlighter, matcher, cards }),
  ];
  const adoptShadowRoot = highlightRulesAdopter(highlightCss);
  for (const root of shadowRoots) adoptShadowRoot(root);
  return {
    adoptShadowRoot,
    matchBlock: (block) => void highlighter.matchBlock(block),
    forget: (node) => highlighter.forget(node),
    commit: () => highlighter.commit(),
    dispose() {
      cards.close();
      for (const stop of stops) stop();
      highlighter.clear();
    },
  };
}
