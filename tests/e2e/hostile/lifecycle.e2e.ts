/**
 * The extension's lifecycle under an open tab (issue 15): reloaded (as an update would), the old copy of the
 * every-page script leaves nothing behind and the new one takes over; a stopped service worker wakes on the next
 * card. Chromium and Firefox differ underneath (Chrome leaves the old copy running, cut off; Firefox discards it and
 * runs the new one itself: entrypoints/content/lifetime.ts, lib/page/leftovers.ts), so both are checked.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../../../scripts/browser/launch.ts';
import { describeInBrowsers, sleep, waitFor } from '../harness.ts';
import { hoverCard } from '../settings-helpers.ts';
import { report, waitForExpectations } from './gallery.ts';

const PAGE = '/hostile/lifecycle.html';

/** Cards open on the page (their hosts). */
const cards = () => [...document.documentElement.children].filter((el) => el.shadowRoot?.querySelector('.card')).length;

/** Chromium: the input listeners on the page's window, of every world (the content scripts' included). */
async function windowListeners(page: TestPage): Promise<Record<string, number> | undefined> {
  const native = page.native;
  if (native.browser !== 'chromium') return undefined;
  const cdp = await native.context.newCDPSession(native.page);
  const { result } = (await cdp.send('Runtime.evaluate', { expression: 'window' })) as { result: { objectId: string } };
  const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
    listeners: { type: string }[];
  };
  await cdp.detach();
  const counts: Record<string, number> = {};
  for (const { type } of listeners) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

describeInBrowsers('lifecycle', (suite) => {
  it('reloaded under an open tab: no stale card, each term once, no orphaned listener, and hover works', async () => {
    const page = await suite().open(PAGE);
    await waitForExpectations(page);
    const terms = await page.evaluate(() => CSS.highlights.get('steppe-lens')!.size);
    const listeners = await windowListeners(page);
    await hoverCard(page, 'Samarkand');
    await page.evaluate(() => {
      (window as unknown as { old: unknown }).old = CSS.highlights.get('steppe-lens');
    });

    // The reload, as an update would come: from another tab (the e2e build's test route).
    const route = await suite().browser.newPage();
    await route.goto(`${suite().server.origin}/__steppe-lens/reload`);
    await page.bringToFront();

    // The old copy's card goes; the new copy registers its own highlights.
    await waitFor(
      page,
      () => {
        const now = CSS.highlights.get('steppe-lens');
        return !!now && now !== (window as unknown as { old: unknown }).old && now.size > 0;
      },
      'the new copy’s highlights',
      20_000,
    );
    await waitFor(
      page,
      () => ![...document.documentElement.children].some((el) => el.shadowRoot?.querySelector('.card')),
      'the old card gone',
    );
    const registered = await page.evaluate(() => {
      (window as unknown as { taken: unknown }).taken = CSS.highlights.get('steppe-lens');
      return CSS.highlights.get('steppe-lens')!.size;
    });
    expect(registered).toBe(terms);
    // Two of the engine's repair ticks later, nobody fought over the registration, and nothing is marked active.
    await sleep(2500);
    expect(
      await page.evaluate(() => ({
        same: CSS.highlights.get('steppe-lens') === (window as unknown as { taken: unknown }).taken,
        size: CSS.highlights.get('steppe-lens')?.size,
        active: CSS.highlights.get('steppe-lens-active')?.size ?? 0,
        names: [...CSS.highlights.keys()].sort(),
      })),
    ).toEqual({ same: true, size: terms, active: 0, names: ['steppe-lens', 'steppe-lens-active'] });
    await waitForExpectations(page);
    if (listeners) expect(await windowListeners(page), 'the window’s listeners, old copy gone').toEqual(listeners);

    await hoverCard(page, 'Khiva');
    expect(await page.evaluate(cards)).toBe(1);
    const probe = await report(page);
    expect(probe.foreign, 'changes to the page’s DOM that the page did not make').toEqual([]);
    expect(probe.errors, 'errors that reached the page').toEqual([]);
    await route.close();
  }, 90_000);

  it('wakes a stopped service worker on the next card', async (test) => {
    const page = await suite().open(PAGE);
    const native = page.native;
    // Firefox's background (MV2) is a persistent page: it is never stopped.
    if (native.browser !== 'chromium') return test.skip('Firefox’s MV2 background page is never stopped');
    const cdp = await native.context.newCDPSession(native.page);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) states.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 10_000;
    while (states.at(-1) !== 'stopped') {
      if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${states.join(', ')}`);
      await sleep(100);
    }
    await hoverCard(page, 'Bukhara');
    expect(states.at(-1)).toBe('running');
    await cdp.detach();
  });
});
