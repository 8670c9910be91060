/**
 * The every-page script. It stays small, since every page a reader opens pays for it: it reads the page's text and
 * asks the prefilter whether a block may name a term. Only then does it have the background inject the engine
 * (entrypoints/engine: matcher, highlighter, cards) and send the matcher's body; most pages never get either.
 *   lib/page/page-scanner.ts   reads the page (viewport first, the rest at background priority; then mutations)
 *   lib/match/prefilter.ts     rules out blocks from the matcher's head alone
 *   lib/page/handoff.ts        where the injected engine is found
 */
import matcherHead from '@/lib/generated/matcher-head.json';
import { createPrefilter } from '@/lib/match/prefilter.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { type Engine, isCardHost, takeEngine } from '@/lib/page/handoff.ts';
import { canHighlight } from '@/lib/page/highlight-styles.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { yieldToPage } from '@/lib/page/time-slices.ts';
import { exposeBenchProbe } from './bench-probe.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc, sandboxed ones) are read like their parent's page.
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  // WXT would post its start-up message to the page, telling it the extension's id; a page replaying it could
  // switch us off. Its document event (not readable across worlds) is enough to retire an older copy of the script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!canHighlight(document)) return;
    // The script's evaluation and the first scan get tasks of their own: they never add up to one long task.
    await yieldToPage();
    if (ctx.isInvalid) return;
    const messenger = createMessenger((message) => browser.runtime.sendMessage(message));
    let engine: Engine | undefined;
    const scanner = new PageScanner(document.body, {
      mayMatch: createPrefilter(matcherHead.anchors),
      async loadEngine() {
        const [bodyJson] = await Promise.all([
          messenger.send('matcherBody', {}),
          messenger.send('injectScript', { script: 'engine' }),
        ]);
        if (ctx.isInvalid) throw new Error('the extension was reloaded');
        engine = takeEngine()({ head: matcherHead, bodyJson, shadowRoots: scanner.shadowRoots });
        return engine;
      },
      skip: isCardHost,
      // The engine styles the shadow roots met before it came, and those met after.
      onShadowRoot: (root) => engine?.adoptShadowRoot(root),
    });
    void scanner.start();
    ctx.addEventListener(window, 'wxt:locationchange', () => void scanner.rescan());
    ctx.onInvalidated(() => {
      scanner.dispose();
      engine?.dispose();
    });
    if (import.meta.env.MODE === 'bench') exposeBenchProbe(scanner, () => engine !== undefined);
  },
});
