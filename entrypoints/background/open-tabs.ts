/**
 * The tabs already open when the extension is installed, updated or reloaded. Firefox runs the new version's
 * content scripts in them itself; Chrome does not, and leaves the old version's script orphaned there (its
 * extension API gone, its highlights and listeners still on the page). So in Chrome the background runs the
 * every-page script in each open tab's frames: the new script tells the old one to clean up (WXT's start-up event,
 * entrypoints/content/index.ts) and reads the page afresh. Pages it may not script (the browser's own, the web
 * store) refuse, and are left alone.
 */
const EVERY_PAGE_SCRIPT = '/content-scripts/content.js';

export function installOpenTabsTakeover(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void runInOpenTabs();
  });
}

async function runInOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [EVERY_PAGE_SCRIPT] }),
    ),
  );
}
