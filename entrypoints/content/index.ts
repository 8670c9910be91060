/**
 * The every-page script. It only wires the parts together:
 *   lib/page/page-scanner.ts    finds the page's text blocks and has lib/match/ find terms in them
 *   lib/page/highlighter.ts     paints the terms (CSS Custom Highlight API: the page's DOM is never touched)
 *   lib/cards/                  which term's card opens, on hover or from the keyboard, and what it shows
 *   components/Card/            the card itself, mounted on first use
 *   lib/messages/               the typed messages to the background (matcher body, entries)
 */
import { createCardHost } from '@/components/Card/card-host.tsx';
import { isCardHost } from '@/components/Card/host-tag.ts';
import { createCardController } from '@/lib/cards/card-controller.ts';
import { watchHoverIntent } from '@/lib/cards/hover-intent.ts';
import { watchKeyboardNavigation } from '@/lib/cards/keyboard-navigation.ts';
// Only the head (entry ids and the prefilter's anchors) is in the script; the patterns and trie come from the
// background when a block may name a term (docs/performance.md).
import matcherHead from '@/lib/generated/matcher-head.json';
import { readerLang } from '@/lib/glossary/entry-body.ts';
import { createLazyMatcher } from '@/lib/match/matcher.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { createRouter } from '@/lib/messages/router.ts';
import { canHighlight, highlightRulesAdopter } from '@/lib/page/highlight-styles.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { revealTerm, termAtPoint } from '@/lib/page/term-at-point.ts';
import { yieldToPage } from '@/lib/page/time-slices.ts';
import { collectPageTerms, revealPageTerm } from '@/lib/study/page-terms.ts';
import { exposeBenchProbe } from './bench-probe.ts';
import './highlights.css';
import highlightCss from './highlights.css?inline';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!canHighlight(document)) return;
    // The script's evaluation and the first scan get tasks of their own: they never add up to one long task.
    await yieldToPage();
    if (ctx.isInvalid) return;
    const messenger = createMessenger((message) => browser.runtime.sendMessage(message));
    const buildStart = performance.now();
    const matcher = createLazyMatcher(matcherHead);
    const buildMs = performance.now() - buildStart;
    const scanner = new PageScanner(document.body, {
      matcher,
      fetchMatcherBody: () => messenger.send('matcherBody', {}),
      skip: isCardHost,
      onShadowRoot: highlightRulesAdopter(highlightCss),
    });
    void scanner.start();
    const { highlighter } = scanner;

    const cards = createCardController({
      createView: (close) => createCardHost(readerLang(document.documentElement.lang), close),
      entryId: (term) => matcher.ids[term.entryIndex]!,
      fetchEntry: (id) => messenger.send('entry', { id }),
      setActive: (term) => highlighter.setActive(term),
    });
    const stopHover = watchHoverIntent({
      cards,
      termAt: (x, y) => termAtPoint(highlighter.index, x, y, scanner.shadowRoots),
    });
    const stopKeyboard = watchKeyboardNavigation({ cards, terms: () => highlighter.index.terms, reveal: revealTerm });

    // Side panel (issue 14): the page's terms and reveal-on-click, answered from the highlighter's index.
    const panelRoute = createRouter({
      pageTerms: () => collectPageTerms(highlighter.index.terms, matcher.ids),
      revealTerm: (p) => revealPageTerm(highlighter.index.terms, matcher.ids, p),
    });
    const onPanelMessage = (m: unknown, sender: { id?: string }) =>
      sender.id === browser.runtime.id ? panelRoute(m) : undefined;
    browser.runtime.onMessage.addListener(onPanelMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPanelMessage));

    ctx.addEventListener(window, 'wxt:locationchange', () => void scanner.rescan());
    ctx.onInvalidated(() => {
      cards.close();
      stopHover();
      stopKeyboard();
      scanner.dispose();
    });
    if (import.meta.env.MODE === 'bench') exposeBenchProbe(scanner, matcher, buildMs);
  },
});
