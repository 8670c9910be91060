/**
 * The every-page script. It stays small, since every page a reader opens pays for it: it reads the page's text and
 * asks the prefilter whether a block may name a term. Only then does it have the background inject the engine
 * (entrypoints/engine: matcher, highlighter, cards) and send the matcher's body; most pages never get either.
 *   lib/page/page-scanner.ts       reads the page (viewport first, the rest at background priority; then mutations)
 *   lib/match/prefilter.ts         rules out blocks from the matcher's head alone
 *   lib/page/handoff.ts            where the injected engine is found
 *   lib/settings/page-settings.ts  what the reader's settings ask of this page, and what a change restarts
 *   ./page-questions.ts            the popup's, side panel's and keyboard commands' questions to the page
 */
import matcherHead from '@/lib/generated/matcher-head.json';
import { createPrefilter } from '@/lib/match/prefilter.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { type Engine, isCardHost, takeEngine } from '@/lib/page/handoff.ts';
import { canHighlight } from '@/lib/page/highlight-styles.ts';
import { ACTIVE_HIGHLIGHT_NAME } from '@/lib/page/highlighter.ts';
import { removeLeftovers } from '@/lib/page/leftovers.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { readPageText } from '@/lib/page/page-text.ts';
import { watchSameDocumentNavigations } from '@/lib/page/same-document-navigation.ts';
import { afterNextPaint, yieldToBackground, yieldToPage } from '@/lib/page/time-slices.ts';
import { STYLE_NAMES } from '@/lib/page-control/highlight-style.ts';
import { type PageSettings, pageChange, pageSettings } from '@/lib/settings/page-settings.ts';
import { DEFAULT_SETTINGS, siteOrigin, touchesSettings } from '@/lib/settings/settings.ts';
import { exposeBenchProbe } from './bench-probe.ts';
import { startLifetime } from './lifetime.ts';
import { answerPageQuestions } from './page-questions.ts';
// The ::highlight() rules, in the manifest (lib/page/highlights.css says why every page has them).
import '@/lib/page/highlights.css';

/** The `storage.local` key of the reader's own entries (lib/study/stored.ts, which the page does not load). */
const OWN_ENTRIES_KEY = 'ownEntries';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc, sandboxed ones) are read like their parent's page.
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  // WXT would post its start-up message to the page, telling it the extension's id. Its context is not what ends
  // this script either (a page can forge its start-up event): ./lifetime.ts is.
  noScriptStartedPostMessage: true,
  async main() {
    const startedAt = performance.now();
    // An older copy of this script in this world (Chrome, after an update or reload) ends now.
    const lifetime = startLifetime();
    if (!canHighlight(document)) return;
    // A copy of this script discarded by the browser (Firefox, on an update or reload) may have left its
    // highlights and card behind.
    removeLeftovers(document, [...Object.values(STYLE_NAMES), ACTIVE_HIGHLIGHT_NAME]);
    const messenger = createMessenger((message) => browser.runtime.sendMessage(message));
    // The settings are asked for while the script's first task ends (the background validates them: no zod here).
    const asked = messenger.send('settings', {}).catch(() => DEFAULT_SETTINGS);
    // The reader's own entries, compiled by the background (null when there are none, the usual case).
    const ownAsked = messenger.send('ownMatcher', {}).catch(() => null);
    let ownJson: string | null = null;
    const bundledMayMatch = createPrefilter(matcherHead.anchors);
    // The first reading waits for the page's next rendering step (boxes are read from a clean layout): that wait
    // runs while the questions are answered, not after. A page whose title or opening may name a term has the
    // engine asked for now too: its injection is the longest wait before the first viewport's terms, and the
    // background refuses it on a site the reader turned off.
    let first: FirstReading | undefined = {
      painted: afterNextPaint(),
      startedAt,
      engine: bundledMayMatch(pageOpening(document))
        ? messenger.send('injectScript', { script: 'engine' }).then(
            () => true,
            () => false,
          )
        : undefined,
    };
    await yieldToPage();
    if (!lifetime.alive()) return;

    const origin = siteOrigin(location.href) ?? location.origin;
    let settings: PageSettings | undefined;
    let badge = false;
    let session: Session | undefined;
    const reportCount = () => {
      const count = session?.engine?.distinctEntries();
      if (badge && window === window.top && count !== undefined) messenger.send('termCount', { count }).catch(() => {});
    };
    /** Reads the page anew (new entry types, new own entries, a rewritten document), if it is to be read at all. */
    const restart = () => {
      session?.dispose();
      session = undefined;
      if (settings?.active && lifetime.alive()) {
        session = startSession(settings, messenger, reportCount, lifetime.alive, ownJson, bundledMayMatch, first);
        first = undefined;
      }
    };
    const apply = (next: PageSettings) => {
      const change = pageChange(settings, next);
      settings = next;
      if (change.stop || change.read || (next.active && !session)) restart();
      else if (next.active) session?.configure(next);
    };
    const applyStored = async (stored: Promise<typeof DEFAULT_SETTINGS>) => {
      const s = await stored;
      if (!lifetime.alive()) return;
      const wasOn = badge;
      badge = s.badge;
      apply(pageSettings(s, origin, document.documentElement.lang));
      if (badge && !wasOn) reportCount();
    };
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (touchesSettings(changes, area))
        void applyStored(messenger.send('settings', {}).catch(() => DEFAULT_SETTINGS));
      // Own entries added, edited or removed in the side panel: the page is read again with them, no reload.
      if (area === 'local' && Object.hasOwn(changes, OWN_ENTRIES_KEY)) {
        void messenger
          .send('ownMatcher', {})
          .catch(() => null)
          .then((json) => {
            ownJson = json;
            restart();
          });
      }
    };
    browser.storage.onChanged.addListener(onStorage);
    const stopQuestions = answerPageQuestions(() => session?.engine);
    ownJson = await ownAsked;
    await applyStored(asked);
    // A page that rewrites itself (document.open()/write()) gets a new <body>, and loses the listeners on its window
    // and document: once the new body is there, the page is read from the start.
    const stopWatchingDocument = watchDocumentReplaced(() => session?.body, restart);

    // An SPA navigation: what is new is read (the MutationObserver has most of it already).
    lifetime.onEnd(watchSameDocumentNavigations(() => void session?.scanner.rescan()));
    // The extension was updated, reloaded or removed (./lifetime.ts): the page is left as it was, with no
    // highlight, no card and no listener of ours.
    lifetime.onEnd(() => {
      session?.dispose();
      session = undefined;
    });
    lifetime.onEnd(stopWatchingDocument);
    lifetime.onEnd(() => browser.storage.onChanged.removeListener(onStorage));
    lifetime.onEnd(stopQuestions);
  },
});

/** What the page's first reading starts from: the wait for a rendering step and the engine, asked with the script. */
interface FirstReading {
  readonly painted: Promise<boolean>;
  readonly startedAt: number;
  /** The engine's injection asked for before the settings came: whether it was done (undefined: not asked). */
  readonly engine: Promise<boolean> | undefined;
}

/** The page's title and first characters of text, which say early whether the engine will be needed. */
function pageOpening(doc: Document): string {
  const { title, blocks } = readPageText(doc, { skip: isCardHost, readPre: doc.contentType === 'text/plain' }, 2000);
  return `${title}\n${blocks.join('\n')}`;
}

interface Session {
  /** The body this reading started from (a document rewritten with document.open() has another). */
  readonly body: HTMLElement;
  readonly scanner: PageScanner;
  readonly engine: Engine | undefined;
  configure(settings: PageSettings): void;
  dispose(): void;
}

/** One reading of the page under one set of entry types: the scanner, and the engine if the page needs it. */
function startSession(
  first: PageSettings,
  messenger: ReturnType<typeof createMessenger>,
  onRead: () => void,
  alive: () => boolean,
  ownJson: string | null,
  bundledMayMatch: (text: string) => boolean,
  firstReading: FirstReading | undefined,
): Session {
  let settings = first;
  const ownMayMatch = ownJson
    ? createPrefilter((JSON.parse(ownJson) as { anchors: number[] | null }).anchors)
    : undefined;
  let engine: Engine | undefined;
  let disposed = false;
  const body = document.body;
  const scanner = new PageScanner(body, {
    mayMatch: ownMayMatch ? (text) => bundledMayMatch(text) || ownMayMatch(text) : bundledMayMatch,
    async loadEngine() {
      // Asked early, it may have been refused (a frame without a URL of its own on a site turned off): ask again.
      if (!(await firstReading?.engine)) await messenger.send('injectScript', { script: 'engine' });
      if (disposed || !alive()) throw new Error('this reading of the page has ended');
      // The engine's start (the matcher's 700 KB of JSON) in a task of its own, so that a timer of the page's that
      // falls due goes first. A frame's at background priority: a page with four frames got their four starts back
      // to back, 22 ms of ours in a row (tests/e2e/hostile, frames.html). The top page's at the page's own priority:
      // its first viewport's terms wait on it.
      await (window === window.top ? yieldToPage() : yieldToBackground());
      if (disposed || !alive()) throw new Error('this reading of the page has ended');
      engine = takeEngine()({
        head: matcherHead,
        shadowRoots: scanner.shadowRoots,
        settings,
        ownJson,
        alive,
      });
      return engine;
    },
    skip: isCardHost,
    ...(firstReading && { schedule: { paint: () => firstReading.painted }, startedAt: firstReading.startedAt }),
    // The engine styles the shadow roots met before it came, and those met after.
    onShadowRoot: (root) => engine?.adoptShadowRoot(root),
  });
  void scanner.start().then(onRead);
  if (import.meta.env.MODE === 'bench') exposeBenchProbe(scanner, () => engine !== undefined);
  return {
    body,
    scanner,
    get engine() {
      return engine;
    },
    configure(next) {
      settings = next;
      engine?.configure(next);
    },
    dispose() {
      disposed = true;
      scanner.dispose();
      engine?.dispose();
    },
  };
}

/** Calls `onReplaced` when the document's body is no longer the one being read (polled briefly after a change). */
function watchDocumentReplaced(current: () => HTMLElement | undefined, onReplaced: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (tries: number) => {
    const body = document.body;
    const reading = current();
    if (!reading || body === reading) return;
    if (body) onReplaced();
    else if (tries > 0) timer = setTimeout(() => check(tries - 1), 50);
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => check(20), 0);
  });
  observer.observe(document, { childList: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
