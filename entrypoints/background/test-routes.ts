/**
 * Test-only routes, in `--mode e2e` builds only (never shipped): Firefox refuses WebDriver navigation to
 * `moz-extension://` pages, so an e2e test opens `/__steppe-lens/open?path=/popup.html` on the test server, whose
 * e2e-only content script (entrypoints/test-route.content.ts) asks here for the extension page, in that same tab.
 */
export const TEST_ROUTE_CHANNEL = 'steppe-lens-test-route';

export function installTestRoutes(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { channel?: unknown; path?: unknown };
    if (m?.channel !== TEST_ROUTE_CHANNEL || typeof m.path !== 'string' || !m.path.startsWith('/')) return undefined;
    const url = browser.runtime.getURL(m.path as Parameters<typeof browser.runtime.getURL>[0]);
    // The route's own tab goes there (a tab the test driver already holds; one it did not open, it may not see).
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.tabs.update(tabId, { url }).then(() => ({ ok: true }));
  });
}
