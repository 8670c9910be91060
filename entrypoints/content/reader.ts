/** Wires the page reader together: matcher → highlighter → reader input → card (mounted on first use). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CardHost, createCardHost, HOST_TAG } from '@/components/Card/card-host.tsx';
import { createHighlighter, HIGHLIGHT_NAME } from '@/lib/dom/highlighter.ts';
import { liveRange } from '@/lib/dom/hit-test.ts';
import { watchReaderInput } from '@/lib/dom/reader-input.ts';
import type { Term } from '@/lib/dom/terms.ts';
import matcherData from '@/lib/generated/matcher-data.json';
import { type EntryBody, readerLang } from '@/lib/glossary/body.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import type { MatcherData } from '@/lib/match/types.ts';
import type { EntryRequest, EntryResponse } from '@/lib/messages/protocol.ts';

export function startReader(ctx: ContentScriptContext): void {
  if (!document.body || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const matcher = createMatcher(matcherData as unknown as MatcherData);
  const highlighter = createHighlighter(matcher, { skip: (el) => el.localName === HOST_TAG });
  highlighter.scan(document.body);

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
  const highlight = CSS.highlights.get(HIGHLIGHT_NAME)!;
  const input = watchReaderInput({
    index: highlighter.index,
    highlight,
    card,
    setActive: (term) => highlighter.setActive(term),
  });
  ctx.onInvalidated(() => {
    input.dispose();
    highlighter.clear();
  });
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
