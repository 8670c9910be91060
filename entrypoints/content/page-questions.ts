/**
 * The questions the extension's pages and the background ask a tab (lib/messages/protocol.ts): its terms (popup,
 * side panel), its text (the side panel's names not in the glossary), one term shown (`revealTerm`), the next or
 * previous one (keyboard commands). Only the top frame answers, so a tab gives one answer; a page without the
 * engine has no terms, and says so, but still has its text.
 */
import { createRouter } from '@/lib/messages/router.ts';
import { type Engine, isCardHost } from '@/lib/page/handoff.ts';
import { readPageText } from '@/lib/page/page-text.ts';

export function answerPageQuestions(engine: () => Engine | undefined): () => void {
  if (window.top !== window) return () => {};
  const route = createRouter({
    pageTerms: () =>
      engine()?.pageTerms() ?? {
        url: location.href,
        title: document.title,
        lang: document.documentElement.lang,
        terms: [],
      },
    pageText: () => readPageText(document, { skip: isCardHost, readPre: document.contentType === 'text/plain' }),
    revealTerm: ({ id, occurrence }) => engine()?.revealTerm(id, occurrence) ?? false,
    navigate: ({ direction }) => engine()?.navigate(direction) ?? false,
  });
  const listener = (message: unknown, sender: { id?: string }) =>
    sender.id === browser.runtime.id ? route(message) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
