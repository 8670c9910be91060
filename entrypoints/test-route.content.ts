/**
 * e2e builds only (wxt.config.ts drops this entrypoint from every other build): on the test server's
 * `/__steppe-lens/open?path=…`, asks the background to take this tab to that extension page; on
 * `/__steppe-lens/reload`, to reload the extension (see entrypoints/background/test-routes.ts for why).
 */
import { TEST_ROUTE_CHANNEL } from './background/test-routes.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Not a word to the page, even in test builds (the every-page script's reason: entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    if (location.pathname === '/__steppe-lens/reload') {
      // Firefox runs the reloaded extension's content scripts in the open tabs, this one too: leave the route
      // first, or each reload would ask for the next.
      history.replaceState(null, '', '/__steppe-lens/reloaded');
      void browser.runtime.sendMessage({ channel: TEST_ROUTE_CHANNEL, reload: true });
      return;
    }
    if (location.pathname !== '/__steppe-lens/open') return;
    const path = new URLSearchParams(location.search).get('path');
    if (path) void browser.runtime.sendMessage({ channel: TEST_ROUTE_CHANNEL, path });
  },
});
