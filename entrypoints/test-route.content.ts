/**
 * e2e builds only (wxt.config.ts drops this entrypoint from every other build): on the test server's
 * `/__steppe-lens/open?path=…`, asks the background to take this tab to that extension page (see
 * entrypoints/background/test-routes.ts for why).
 */
import { TEST_ROUTE_CHANNEL } from './background/test-routes.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  main() {
    if (location.pathname !== '/__steppe-lens/open') return;
    const path = new URLSearchParams(location.search).get('path');
    if (path) void browser.runtime.sendMessage({ channel: TEST_ROUTE_CHANNEL, path });
  },
});
