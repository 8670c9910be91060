/** Wires the page reader together: matcher → page reader → reader input → card (mounted on first use). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CardHost, createCardHost, HOST_TAG } from '@/components/Card/card-host.tsx';
import { liveRange, termAtPoint } from '@/lib/dom/hit-test.ts';
import { PageReader } from '@/lib/dom/page-reader.ts';
import { watchReaderInput } from '@/lib/dom/reader-input.ts';
import { yieldToPage } from '@/lib/dom/slices.ts';
import type { Term } from '@/lib/dom/terms.ts';
// Only the head (entry ids and the prefilter's anchors) is in the script; the patterns and trie come from the
// background when a block may name a term (compiling them into every page's script doubled its evaluation time).
import matcherHead from '@/lib/generated/matcher-head.json';
import { type EntryBody, readerLang } from '@/lib/glossary/body.ts';
import { createLazyMatcher, type Matcher } from '@/lib/match/matcher.ts';
import type { EntryRequest, EntryResponse, MatcherRequest, MatcherResponse } from '@/lib/messages/protocol.ts';
import highlightCss from './highlights.css?inline';

export async function startReader(ctx: ContentScriptContext): Promise<void> {
  // Nothing to do without a body or the Highlight API, and nothing to read in a page being edited as a whole.
  if (!document.body || typeof CSS === 'undefined' || !('highlights' in CSS) || document.designMode === 'on') return;
  // The script's own evaluation and the first reading get a task of their own, so they never add up to one long
  // task on the page's main thread.
  await yieldToPage();
  if (ctx.isInvalid) return;
  const buildStart = performance.now();
  const matcher = createLazyMatcher(matcherHead);
  const buildMs = performance.now() - buildStart;
  const reader = new PageReader(document.body, {
    matcher,
    fetchMatcherBody,
    skip: (el) => el.localName === HOST_TAG,
    onShadowRoot: adoptHighlightRules,
  });
  void reader.start();
  exposeProbe(reader, matcher, buildMs);
  ctx.addEventListener(window, 'wxt:locationchange', () => void reader.rescan());

  const { highlighter } = reader;
  const lang = readerLang(document.documentElement.lang);
  let host: CardHost | undefined;
  let shown: Term | undefined;
  const card = {
    get isOpen() {
      return host?.isOpen ?? false;
    },
    owns: (target: EventTarget | null) => host !== undefined && target === host.element,
    close: () => {
      shown = undefined;
      host?.hide();
    },
    open(term: Term, viaKeyboard: boolean) {
      host ??= createCardHost(lang, () => input.close());
      shown = term;
      const id = matcher.ids[term.entry]!;
      host.show({ status: 'loading', id }, liveRange(term.range), viaKeyboard);
      void fetchEntry(id).then((body) => {
        if (shown !== term) return;
        host?.update(body ? { status: 'ready', body } : { status: 'error', id });
      });
    },
  };
  const input = watchReaderInput({
    index: highlighter.index,
    card,
    setActive: (term) => highlighter.setActive(term),
    shadowRoots: reader.shadowRoots,
  });
  ctx.onInvalidated(() => {
    input.dispose();
    reader.dispose();
  });
}

/**
 * Figures for `npm run bench`, on the content script's own global: it lives in the extension's isolated world, which
 * the page cannot see; the benchmark reads it through the DevTools protocol.
 */
function exposeProbe(reader: PageReader, matcher: Matcher, buildMs: number): void {
  (globalThis as Record<string, unknown>).steppeLensProbe = {
    stats: reader.stats,
    /** Setting up the prefilter, at start (the automaton is loaded later, and only if a block may name a term). */
    buildMs,
    get matcherLoaded() {
      return matcher.loaded;
    },
    hitTest(points: [number, number][]): { ms: number; hits: number } {
      const t = performance.now();
      let hits = 0;
      for (const [x, y] of points) if (termAtPoint(reader.highlighter.index, x, y)) hits++;
      return { ms: performance.now() - t, hits };
    },
  };
}

let highlightSheet: CSSStyleSheet | undefined;

/** Styles do not cross a shadow boundary: each open shadow root gets the ::highlight() rules adopted into it. */
function adoptHighlightRules(root: ShadowRoot): void {
  if (!highlightSheet) {
    highlightSheet = new CSSStyleSheet();
    highlightSheet.replaceSync(highlightCss);
  }
  if (!root.adoptedStyleSheets.includes(highlightSheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet];
  }
}

async function fetchMatcherBody(): Promise<string> {
  const request: MatcherRequest = { type: 'steppe-lens:matcher' };
  const response = (await browser.runtime.sendMessage(request)) as MatcherResponse | undefined;
  if (!response?.ok) throw new Error(`matcher data unavailable: ${response?.error ?? 'no answer'}`);
  return response.json;
}

async function fetchEntry(id: string): Promise<EntryBody | undefined> {
  const request: EntryRequest = { type: 'steppe-lens:entry', id };
  try {
    const response = (await browser.runtime.sendMessage(request)) as EntryResponse | undefined;
    return response?.ok ? response.body : undefined;
  } catch {
    return undefined;
  }
}
