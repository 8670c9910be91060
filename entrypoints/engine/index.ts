/**
 * The engine, injected by the background into a frame whose text may name a term (most pages never get it): it
 * only wires the parts together.
 *   lib/match/matcher.ts             finds the terms of a block (lib/page-control/entry-filter.ts: the reader's types)
 *   lib/page/highlighter.ts          paints them, near the viewport only (lib/page-control/highlight-style.ts: style)
 *   ./cards.ts                       which term's card opens, on hover, touch or keyboard, in the reader's language
 *   lib/page/page-terms.ts           the page's terms for the popup and the side panel
 */
import entryTypeIndex from '@/lib/generated/entry-types.json';
// The matcher's body (ids, patterns, automaton) comes in this script, as JSON text (JSON.parse reads it faster than
// a script's object literal): one injection, where a message from the background took a second round trip and
// copied it twice (docs/performance.md).
import bodyJson from '@/lib/generated/matcher-body.json?raw';
import { combineMatchers } from '@/lib/match/combined-matcher.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import type { MatcherBody, MatcherData } from '@/lib/match/types.ts';
import { type Engine, type EngineStart, registerEngine } from '@/lib/page/handoff.ts';
import { highlightRulesAdopter } from '@/lib/page/highlight-styles.ts';
import { Highlighter, watchNearViewport } from '@/lib/page/highlighter.ts';
import highlightCss from '@/lib/page/highlights.css?inline';
import { pageTermsOf, termAt } from '@/lib/page/page-terms.ts';
import { scrollToRange } from '@/lib/page/term-at-point.ts';
import { withEntryTypes } from '@/lib/page-control/entry-filter.ts';
import { applyHighlightStyle, type StyleHandle } from '@/lib/page-control/highlight-style.ts';
import { startCards } from './cards.ts';

export default defineUnlistedScript(() => registerEngine(startEngine));

function startEngine({ head, shadowRoots, settings, ownJson, alive }: EngineStart): Engine {
  const full = createMatcher({ ...head, ...(JSON.parse(bodyJson) as MatcherBody) });
  // The reader's entry types filter the bundled entries; the reader's own entries always show.
  const bundled = withEntryTypes(full, settings.entryTypes, entryTypeIndex);
  const matcher = ownJson ? combineMatchers(bundled, createMatcher(JSON.parse(ownJson) as MatcherData)) : bundled;
  const highlighter = new Highlighter(
    matcher,
    typeof IntersectionObserver === 'function' ? watchNearViewport : undefined,
  );
  let current = settings;
  let style: StyleHandle = applyHighlightStyle((name) => highlighter.register(name), current.highlightStyle);
  const cardsOf = (s: typeof settings) =>
    startCards({ settings: s, highlighter, matcher, shadowRoots, shown: () => style.shown() });
  let cards = cardsOf(current);
  // The page may clear the highlight registry or empty our Highlight: put them back, at background cost. The same
  // tick finds an extension gone from under the page (reloaded, updated, removed): asking `alive` has the every-page
  // script dispose of this engine, rather than keep highlights whose cards can no longer open.
  const repairTimer = setInterval(() => {
    if (alive()) highlighter.repair();
  }, 1000);
  const adoptShadowRoot = highlightRulesAdopter(highlightCss);
  for (const root of shadowRoots) adoptShadowRoot(root);
  const terms = () => highlighter.index.terms;

  return {
    adoptShadowRoot,
    matchBlock: (block) => void highlighter.matchBlock(block),
    forget: (node) => highlighter.forget(node),
    commit() {
      highlighter.commit();
      // Changed text was read again: a card whose term went with it follows the new occurrence.
      cards.port.follow();
    },
    configure(next) {
      if (next.highlightStyle !== current.highlightStyle) {
        style.remove();
        style = applyHighlightStyle((name) => highlighter.register(name), next.highlightStyle);
      }
      if (next.cardLang !== current.cardLang || next.hoverDelayMs !== current.hoverDelayMs) {
        const open = cards.port.openTerm;
        cards.stop();
        cards = cardsOf(next);
        if (open && open.block.nodes[0]!.isConnected) cards.port.open(open, false);
      }
      current = next;
    },
    pageTerms: () => pageTermsOf(document, terms(), matcher.ids),
    revealTerm(id, occurrence) {
      const term = termAt(terms(), matcher.ids, id, occurrence);
      if (!term) return false;
      scrollToRange(highlighter.reveal(term));
      cards.port.open(term, true);
      return true;
    },
    navigate: (direction) => cards.navigate(direction),
    distinctEntries: () => new Set(terms().map((t) => t.entryIndex)).size,
    dispose() {
      clearInterval(repairTimer);
      cards.stop();
      style.remove();
      highlighter.clear();
    },
  };
}
