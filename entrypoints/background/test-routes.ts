/**
 * Test-only routes, in `--mode e2e` builds only (never shipped). Each is a page of the test server whose e2e-only
 * content script (entrypoints/test-route.content.ts) asks here:
 *  - `/__steppe-lens/open?path=/popup.html`: this tab goes to that extension page (Firefox refuses WebDriver
 *    navigation to `moz-extension://`);
 *  - `/__steppe-lens/reload`: the extension reloads itself (`runtime.reload()`), as an update would, so a test can
 *    check what becomes of the tabs already open (the background cannot be reached from Firefox's WebDriver).
 */
export const TEST_ROUTE_CHANNEL = 'steppe-lens-test-route';

export function installTestRoutes(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { channel?: unknown; path?: unknown; reload?: unknown };
    if (m?.channel !== TEST_ROUTE_CHANNEL) return undefined;
    if (m.reload === true) {
      // After the answer, so the asking tab is not left with a port that never replies.
      setTimeout(() => browser.runtime.reload(), 100);
      return Promise.resolve({ ok: true });
    }
    if (typeof m.path !== 'string' || !m.path.startsWith('/')) return undefined;
    const url = browser.runtime.getURL(m.path as Parameters<typeof browser.runtime.getURL>[0]);
    // The route's own tab goes there (a tab the test driver already holds; one it did not open, it may not see).
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.tabs.update(tabId, { url }).then(() => ({ ok: true }));
  });
}
