/**
 * Answers the extension pages' questions about this frame's terms (the popup's list, the side panel's "This page"):
 * the `pageTerms` and `revealTerm` messages. Only the top frame answers, so a tab gives one answer.
 */
import type { CardPort } from '@/lib/cards/card-controller.ts';
import type { Matcher } from '@/lib/match/matcher.ts';
import { createRouter } from '@/lib/messages/router.ts';
import type { Highlighter } from '@/lib/page/highlighter.ts';
import { pageTermsOf, termAt } from '@/lib/page/page-terms.ts';
import { scrollToRange } from '@/lib/page/term-at-point.ts';

export function answerPageQuestions(parts: { highlighter: Highlighter; matcher: Matcher; cards: CardPort }) {
  const { highlighter, matcher, cards } = parts;
  if (window.top !== window) return () => {};
  const route = createRouter({
    pageTerms: () => pageTermsOf(document, highlighter.index.terms, matcher.ids),
    revealTerm({ id, occurrence }) {
      const term = termAt(highlighter.index.terms, matcher.ids, id, occurrence);
      if (!term) return false;
      scrollToRange(highlighter.reveal(term));
      cards.open(term, false);
      return true;
    },
  });
  const listener = (message: unknown) => route(message);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
