/**
 * The every-page script. It only wires the parts together:
 *   lib/page/page-scanner.ts    finds the page's text blocks and has lib/match/ find terms in them
 *   lib/page/highlighter.ts     paints the terms (CSS Custom Highlight API: the page's DOM is never touched)
 *   lib/cards/                  which term's card opens, on hover, touch or from the keyboard, and what it shows
 *   components/Card/            the card itself, mounted on first use
 *   lib/messages/               the typed messages to the background (matcher body, entries, settings)
 *   lib/page-control/           the reader's settings applied live: start, stop, restyle, filter (settings hook)
 */
import { createCardHost } from '@/components/Card/card-host.tsx';
import { isCardHost } from '@/components/Card/host-tag.ts';
import { createCardController } from '@/lib/cards/card-controller.ts';
import { watchHoverIntent } from '@/lib/cards/hover-intent.ts';
import { neighbour, watchKeyboardNavigation } from '@/lib/cards/keyboard-navigation.ts';
import { watchTouchTaps } from '@/lib/cards/touch-tap.ts';
import entryTypeIndex from '@/lib/generated/entry-types.json';
// Only the head (entry ids and the prefilter's anchors) is in the script; the patterns and trie come from the
// background when a block may name a term (docs/performance.md).
import matcherHead from '@/lib/generated/matcher-head.json';
import { createLazyMatcher } from '@/lib/match/matcher.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { createRouter } from '@/lib/messages/router.ts';
import { canHighlight, highlightRulesAdopter } from '@/lib/page/highlight-styles.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { revealTerm, termAtPoint } from '@/lib/page/term-at-point.ts';
import type { Term } from '@/lib/page/term-index.ts';
import { yieldToPage } from '@/lib/page/time-slices.ts';
import { withEntryTypes } from '@/lib/page-control/entry-filter.ts';
import { applyHighlightStyle, type StyleHandle } from '@/lib/page-control/highlight-style.ts';
import { createLivePage } from '@/lib/page-control/live-page.ts';
import { collectPageTerms, findOccurrence } from '@/lib/page-control/page-terms.ts';
import { pageSettings } from '@/lib/settings/page-settings.ts';
import { DEFAULT_SETTINGS, siteOrigin, touchesSettings } from '@/lib/settings/settings.ts';
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
    const baseMatcher = createLazyMatcher(matcherHead);
    const buildMs = performance.now() - buildStart;
    const adoptRules = highlightRulesAdopter(highlightCss);

    // Settings hook: reading and cards start, stop and restart with the reader's settings (lib/page-control/).
    // The badge's count is sent only while the reader has the badge on (each message may wake the background).
    let badge = false;
    const reportCount = (scanner: PageScanner) => {
      if (!badge || window !== window.top) return;
      const ids = new Set(scanner.highlighter.index.terms.map((t) => t.entryIndex));
      messenger.send('termCount', { count: ids.size }).catch(() => undefined);
    };
    const live = createLivePage({
      startReading: (settings) => {
        const matcher = withEntryTypes(baseMatcher, settings.entryTypes, entryTypeIndex);
        const scanner = new PageScanner(document.body, {
          matcher,
          fetchMatcherBody: () => messenger.send('matcherBody', {}),
          skip: isCardHost,
          onShadowRoot: adoptRules,
        });
        void scanner.start().then(() => reportCount(scanner));
        if (import.meta.env.MODE === 'bench') exposeBenchProbe(scanner, baseMatcher, buildMs);
        return { scanner, style: undefined as StyleHandle | undefined };
      },
      stopReading: (reading) => {
        reading.style?.remove();
        reading.scanner.dispose();
      },
      restyle: (reading, style) => {
        reading.style?.remove();
        reading.style = applyHighlightStyle(reading.scanner.highlighter.highlight, style);
      },
      startCards: (settings, reading, reopen: Term | undefined) => {
        const { scanner } = reading;
        const { highlighter } = scanner;
        const cards = createCardController({
          createView: (close) => createCardHost(settings.cardLang, close),
          entryId: (term) => baseMatcher.ids[term.entryIndex]!,
          fetchEntry: (id) => messenger.send('entry', { id }),
          setActive: (term) => highlighter.setActive(term),
        });
        // In the modifier style, terms answer the pointer only while they are shown.
        const termAt = (x: number, y: number) =>
          reading.style?.shown() === false ? undefined : termAtPoint(highlighter.index, x, y, scanner.shadowRoots);
        const stops = [
          watchHoverIntent({ cards, termAt, intentMs: settings.hoverDelayMs }),
          watchKeyboardNavigation({ cards, terms: () => highlighter.index.terms, reveal: revealTerm }),
          watchTouchTaps({ cards, termAt }),
        ];
        if (reopen?.range.startContainer.isConnected) cards.open(reopen, false);
        return {
          cards,
          stop: () => {
            for (const stop of stops) stop();
          },
        };
      },
      stopCards: ({ cards, stop }) => {
        const open = cards.openTerm;
        cards.close();
        stop();
        return open;
      },
    });
    const origin = siteOrigin(location.href) ?? location.origin;
    let asked = 0;
    const applySettings = async () => {
      const n = ++asked;
      const settings = await messenger.send('settings', {}).catch(() => DEFAULT_SETTINGS);
      if (n !== asked || ctx.isInvalid) return;
      live.apply(pageSettings(settings, origin, document.documentElement.lang));
      const wasOn = badge;
      badge = settings.badge;
      if (badge && !wasOn && live.reading?.scanner.stats.done) reportCount(live.reading.scanner);
    };
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (touchesSettings(changes, area)) void applySettings();
    };
    browser.storage.onChanged.addListener(onStorage);
    await applySettings();

    // The popup and the background ask the page (lib/messages/protocol.ts: pageTerms, revealTerm, navigate).
    const terms = () => live.reading?.scanner.highlighter.index.terms ?? [];
    const route = createRouter({
      pageTerms: () => collectPageTerms(terms(), baseMatcher.ids, document),
      revealTerm: ({ id, occurrence }) => openTerm(findOccurrence(terms(), baseMatcher.ids, id, occurrence)),
      navigate: ({ direction }) => openTerm(neighbour(terms(), live.cards?.cards.openTerm, direction)),
    });
    const openTerm = (term: Term | undefined) => {
      if (!term || !live.cards) return false;
      revealTerm(term);
      live.cards.cards.open(term, true);
      return true;
    };
    const onMessage = (message: unknown) => (window === window.top ? route(message) : undefined);
    browser.runtime.onMessage.addListener(onMessage);

    ctx.addEventListener(window, 'wxt:locationchange', () => void live.reading?.scanner.rescan());
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      live.stop();
    });
  },
});
