/**
 * The hostile-page gallery (issue 15): one small page per case in ./pages/, each saying what it must show, each
 * held to the shared checks of ./gallery.ts (DOM, heartbeat, errors, requests, and in Chromium the CPU our tasks
 * take), in Chromium and Firefox. Defects 1–5, 7 and 8 of the issue each have a case; defect 6 (card placement) is
 * tests/e2e/hostile/placement.e2e.ts.
 */
import { expect } from 'vitest';
import { cardInfo, highlightedTexts, termBox } from '../../../scripts/browser/in-page.ts';
import type { TestPage } from '../../../scripts/browser/launch.ts';
import { sleep, waitFor } from '../harness.ts';
import { hoverCard } from '../settings-helpers.ts';
import { describeGallery, waitForExpectations } from './gallery.ts';

const H = 'steppe-lens';

/** The card's text, or null when no card is open (self-contained: it runs in the page). */
const openCard = () =>
  [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot?.textContent ??
  null;

/** Polls the open card's text (null: none) until `done` says so; tolerates a navigation under way. */
async function waitForCard(page: TestPage, done: (text: string | null) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done(await page.evaluate(openCard).catch(() => undefined as never))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Polls a condition in the page across a navigation (an evaluation cut short by one is simply asked again). */
async function waitAcross(page: TestPage, condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(condition).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function closeCard(page: TestPage): Promise<void> {
  await page.mouseMove(2, 2);
  await page.press('Escape');
  await waitForCard(page, (text) => text === null, 'the card to close');
}

/** The extension's id, as a page that has learnt it would write it. */
async function extensionId(page: TestPage): Promise<string> {
  if (page.native.browser === 'firefox') return 'steppe-lens@example.org';
  const context = page.native.context;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

describeGallery('hostile pages', [
  {
    page: 'wxt-message.html',
    shows: 'no message of ours reaches the page, and forged start-up messages switch nothing off (defect 1)',
    async act(page) {
      await page.evaluate(
        (id) => (window as unknown as { forge(id: string): void }).forge(id),
        await extensionId(page),
      );
      await sleep(300);
      // Only the page's own (forged) message arrived, and it parsed.
      const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      expect(received).toEqual([
        {
          type: expect.stringContaining(':content:wxt:content-script-started'),
          contentScriptName: 'content',
          messageId: 'forged',
        },
      ]);
      await hoverCard(page, 'Astana');
      expect(await page.evaluate(highlightedTexts, H)).toEqual(['Astana']);
    },
  },
  {
    page: 'spa-navigation.html',
    shows: 'an SPA’s new view is read, shadow root and all, and its change of URL sends the page nothing',
    // The first view names nothing: a second for the page to be read whole, so that only a navigation reads again.
    async ready(page) {
      await waitForExpectations(page);
      await sleep(1000);
    },
    async act(page) {
      await page.evaluate(
        (id) => (window as unknown as { listen(id: string): void }).listen(id),
        await extensionId(page),
      );
      await page.evaluate(() => (window as unknown as { addView(): void }).addView());
      // Long enough for the MutationObserver's batch to read the empty host.
      await sleep(400);
      await page.evaluate(() => (window as unknown as { showView(): void }).showView());
      await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'the new view to be read');
      expect(await page.evaluate(highlightedTexts, H)).toEqual(['Samarkand']);
      expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    },
  },
  {
    page: 'synthetic-input.html',
    shows: 'synthetic events open no card; keys typed in a field or an editor stay the reader’s (defect 2)',
    async act(page) {
      await page.evaluate(() => (window as unknown as { fakeInput(): void }).fakeInput());
      await sleep(600);
      expect(await page.evaluate(openCard)).toBeNull();
      expect(await page.evaluate(() => CSS.highlights.get('steppe-lens-active')?.size ?? 0)).toBe(0);
      for (const id of ['field', 'editor']) {
        await page.evaluate((id) => document.getElementById(id)!.focus(), id);
        await page.press('Alt+Shift+ArrowRight');
        await sleep(300);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
        expect(await page.evaluate(openCard)).toBeNull();
      }
      const keys = await page.evaluate(() => (window as unknown as { keys: { prevented: boolean }[] }).keys);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.filter((k) => k.prevented)).toEqual([]);
    },
  },
  {
    page: 'million-nodes.html',
    shows: 'a page of a million nodes keeps its timer, and its far end is painted when scrolled to (defect 3)',
    readTimeoutMs: 90_000,
    // One step of the walk here can take as long as the whole budget (see longTask): between two beats of the
    // page's timer there may be one such step. The page's load event and timers are no longer held up for seconds
    // (defect 3): that is what these limits hold, with the measured reason.
    holdUp: {
      ms: 120,
      because:
        'one step of the walk over a million nodes took 26–93 ms of CPU in Chromium’s trace (2026-12-03), and one ' +
        'such step may fall between two beats; measured alone, without the profiler, a step takes up to 10 ms',
    },
    longTask: {
      ms: 120,
      because:
        'one step of the walk over a million nodes took 26–93 ms of CPU in Chromium’s trace (2026-12-03, 8 runs), ' +
        'nearly all inside the walk’s own DOM reads (firstChild, nextSibling, data), which create the isolated ' +
        'world’s wrappers of a million nodes and pay V8’s incremental marking of that heap as they allocate; ' +
        'measured alone, without the profiler, a step takes up to 10 ms',
    },
    async act(page) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const deadline = Date.now() + 90_000;
      const lastPainted = () =>
        [...(CSS.highlights.get('steppe-lens') ?? [])].some(
          (r) => (r as AbstractRange).startContainer.parentElement?.id === 'last',
        );
      while (!(await page.evaluate(lastPainted))) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the last row to be painted');
        await sleep(500);
      }
    },
  },
  {
    page: 'custom-element.html',
    shows: 'custom elements and a broken attachShadow of the page’s never touch the card (defect 4)',
    async act(page) {
      await hoverCard(page, 'Dushanbe');
      await closeCard(page);
      expect(await page.evaluate(() => CSS.highlights.get('steppe-lens-active')?.size ?? 0)).toBe(0);
      await hoverCard(page, 'Ashgabat');
      expect(await page.evaluate(() => (window as unknown as { constructed: string[] }).constructed)).toEqual([]);
    },
  },
  {
    page: 'rewrite.html',
    shows: 'a page rewritten with document.open()/write() is read again, and its card opens (defect 5)',
    async act(page) {
      await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
      await waitForExpectations(page);
      await hoverCard(page, 'Astana');
    },
  },
  {
    page: 'long-text-node.html',
    shows: 'the keyboard scrolls to a term deep in a 5 MB text node, and its card opens there (defect 7)',
    async act(page) {
      await page.press('Alt+Shift+ArrowRight');
      await waitForCard(page, (text) => text !== null, 'the first card');
      await page.press('Alt+Shift+ArrowRight');
      await waitFor(
        page,
        () => {
          const found = [...(CSS.highlights.get('steppe-lens-active') ?? [])][0] as AbstractRange | undefined;
          if (found?.startContainer.parentElement?.id !== 'long') return false;
          const active = found!;
          const range = document.createRange();
          range.setStart(active.startContainer, active.startOffset);
          range.setEnd(active.endContainer, active.endOffset);
          const box = range.getBoundingClientRect();
          return range.toString() === 'Samarkand' && box.top >= 0 && box.bottom <= innerHeight;
        },
        'Samarkand active and on screen',
      );
      await waitForCard(page, (text) => !!text?.includes('Samarkand'), 'the Samarkand card');
    },
  },
  {
    page: 'frames.html',
    shows: 'about:blank, srcdoc and sandboxed srcdoc frames are read like the page (defect 8)',
  },
  {
    page: 'plain.txt',
    shows: 'a text/plain document is read in the browser’s <pre>, and nothing is added to it (defect 8)',
    noProbe: true,
    async ready(page) {
      await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) >= 2, 'the highlights');
      expect(await page.evaluate(highlightedTexts, H)).toEqual(['Bishkek', 'Tashkent']);
    },
    async act(page) {
      await hoverCard(page, 'Tashkent');
      await closeCard(page);
      const shape = await page.evaluate(() => ({
        html: [...document.documentElement.children].map((el) => el.localName),
        body: [...document.body.children].map((el) => el.localName),
        text: document.body.textContent,
        steppe: [...document.querySelectorAll('*')]
          .flatMap((el) => el.getAttributeNames())
          .filter((a) => a.includes('steppe')),
      }));
      expect(shape.html).toEqual(['head', 'body']);
      expect(shape.body).toEqual(['pre']);
      expect(shape.text).toMatch(/^A plain text document[\s\S]*nothing added to the document\.\n$/);
      expect(shape.steppe).toEqual([]);
    },
  },
  {
    page: 'cleared-highlights.html',
    shows: 'highlights the page clears, deletes or empties come back, and cards still open (defect 8)',
    async act(page) {
      for (const attack of ['clear', 'delete', 'empty']) {
        await page.evaluate(
          (a) => (window as unknown as { attacks: Record<string, () => void> }).attacks[a]!(),
          attack,
        );
        await waitFor(
          page,
          () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 2,
          `the highlights after ${attack}`,
        );
      }
      await hoverCard(page, 'Bishkek');
    },
  },
  {
    page: 'strict-csp.html',
    shows: 'a strict Content-Security-Policy blocks neither the highlights nor the card’s styles',
    async act(page) {
      await hoverCard(page, 'Kazakhstan');
      expect((await page.evaluate(cardInfo))?.background).toBe('rgb(255, 253, 248)');
    },
  },
  {
    page: 'builtins.html',
    shows: 'built-ins the page replaced with broken ones are never called by us',
    async ready(page) {
      await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 2, 'the highlights');
    },
    async act(page) {
      // The page's own built-ins stay broken while the card opens: the point is located without them.
      const point = await page.evaluate(() => {
        for (const r of CSS.highlights.get('steppe-lens')!) {
          const a = r as AbstractRange;
          const range = new Range();
          range.setStart(a.startContainer, a.startOffset);
          range.setEnd(a.endContainer, a.endOffset);
          if (range.toString() !== 'Bukhara') continue;
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      });
      await page.mouseMove(point!.x, point!.y);
      await waitForCard(page, (text) => !!text?.includes('Uzbekistan'), 'the Bukhara card');
      expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual([]);
      await page.evaluate(() => (window as unknown as { restore(): void }).restore());
      await waitForExpectations(page);
    },
  },
  {
    page: 'react-rerender.html',
    shows: 'in-place re-renders twenty times a second end with exactly the last render’s terms highlighted',
    async act(page) {
      await waitFor(page, () => (window as unknown as { done: boolean }).done, 'the last render');
      await waitForExpectations(page);
      await waitFor(
        page,
        () => {
          const ranges = [...(CSS.highlights.get('steppe-lens') ?? [])] as AbstractRange[];
          return ranges.length === 5 && ranges.every((r) => r.startContainer.isConnected);
        },
        'no highlight left from an old render',
      );
    },
  },
  {
    page: 'host-watch.html',
    shows: 'a page that watches <html> sees only the card host; when it removes it, the next card comes back',
    async act(page) {
      await hoverCard(page, 'Khiva');
      await page.evaluate(() => (window as unknown as { removeForeign(): void }).removeForeign());
      expect(await page.evaluate(openCard)).toBeNull();
      await page.mouseMove(2, 2);
      await sleep(500);
      await hoverCard(page, 'Bukhara');
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen).toEqual(['added DIV', 'removed DIV', 'added DIV']);
    },
  },
  {
    page: 'bfcache.html',
    shows: 'back and forward restore the highlights once each, with no duplicate registration',
    async act(page) {
      const before = await page.evaluate(() => [...CSS.highlights.keys()]);
      await page.evaluate(() => document.getElementById('next')!.click());
      await waitAcross(page, () => location.pathname.endsWith('bfcache-next.html'), 'the next page');
      await waitForExpectations(page);
      await page.evaluate(() => history.back());
      await waitAcross(
        page,
        () => location.pathname.endsWith('/bfcache.html') && document.readyState === 'complete',
        'the way back',
      );
      await waitForExpectations(page);
      await sleep(1200);
      expect(await page.evaluate(highlightedTexts, H)).toEqual(['Aral Sea', 'Karakalpakstan']);
      expect((await page.evaluate(() => [...CSS.highlights.keys()])).sort()).toEqual(before.sort());
      await hoverCard(page, 'Karakalpakstan');
      const shows = await page.evaluate(() => (window as unknown as { shows: boolean[] }).shows);
      console.info(`[gallery] bfcache.html: pageshow persisted ${JSON.stringify(shows)}`);
    },
  },
  {
    page: 'card-media.html',
    shows: 'printed, an open card is left off the paper and nothing breaks',
    not: { firefox: 'WebDriver BiDi has no media emulation in Firefox 153 (Puppeteer: “CDP support is required”)' },
    async act(page) {
      await hoverCard(page, 'Baikonur');
      const native = page.native;
      if (native.browser !== 'chromium') return;
      await native.page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
        return getComputedStyle(host!.shadowRoot!.querySelector('.card')!).display;
      });
      expect(printed).toBe('none');
      await native.page.emulateMedia({ media: 'screen' });
      expect(await page.evaluate(() => CSS.highlights.get('steppe-lens')?.size)).toBe(1);
    },
  },
  {
    page: 'card-media.html',
    shows: 'with prefers-reduced-motion, the card appears without animation or transition',
    not: { firefox: 'WebDriver BiDi has no media emulation in Firefox 153 (Puppeteer: “CDP support is required”)' },
    async act(page) {
      const native = page.native;
      if (native.browser !== 'chromium') return;
      await native.page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await hoverCard(page, 'Baikonur');
      const motion = await page.evaluate(() => {
        const root = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'))!
          .shadowRoot!;
        return {
          animations: root.getAnimations().length,
          moving: [...root.querySelectorAll('*')]
            .map((el) => getComputedStyle(el))
            .filter((s) => s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => d.trim() !== '0s'))
            .length,
        };
      });
      expect(motion).toEqual({ animations: 0, moving: 0 });
    },
  },
  {
    page: 'postmessage-flood.html',
    shows: 'a postMessage flood from the page and its frame leaves highlights and cards working',
    async act(page) {
      const flood = page.evaluate(() => (window as unknown as { flood(ms: number): Promise<void> }).flood(2000));
      await hoverCard(page, 'Tokayev');
      await flood;
      const seen = await page.evaluate(() => ({
        count: (window as unknown as { count: number }).count,
        foreign: (window as unknown as { foreign: unknown[] }).foreign,
      }));
      expect(seen.foreign).toEqual([]);
      expect(seen.count).toBeGreaterThan(1000);
    },
  },
  {
    page: 'mutation-storm.html',
    shows: 'a mutation storm keeps the page’s timer, and ends with its last words highlighted',
    async act(page) {
      await page.evaluate(() => (window as unknown as { storm(ms: number): Promise<void> }).storm(2000));
      await waitForExpectations(page);
      await waitFor(
        page,
        () => {
          const ranges = [...(CSS.highlights.get('steppe-lens') ?? [])] as AbstractRange[];
          return ranges.length === 2 && ranges.every((r) => r.startContainer.isConnected);
        },
        'no highlight left from the storm',
      );
    },
  },
  {
    page: 'xhtml.xhtml',
    shows: 'an XHTML document is highlighted and its card opens',
    async act(page) {
      await hoverCard(page, 'Khiva');
    },
  },
  {
    page: 'rtl.html',
    shows: 'terms in right-to-left text are highlighted and their cards open',
    async act(page) {
      await hoverCard(page, 'Tashkent');
      await closeCard(page);
      await hoverCard(page, 'Almaty');
    },
  },
  {
    page: 'nested-shadow.html',
    shows: 'a term under 1,000 nested shadow roots is highlighted, styled and opens its card',
    async act(page) {
      const styled = await page.evaluate(() => {
        const root = (window as unknown as { deepest: Element }).deepest.getRootNode() as ShadowRoot;
        return root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('steppe-lens')));
      });
      expect(styled).toBe(true);
      const box = await page.evaluate(termBox, { name: H, text: 'Baikonur', nth: 0 });
      await page.mouseMove(box!.x, box!.y);
      await waitForCard(page, (text) => !!text?.includes('Kazakhstan'), 'the Baikonur card');
    },
  },
]);
