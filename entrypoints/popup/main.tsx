/** The toolbar popup's wiring: the active tab's content script, the background, the settings store. */
import { render } from 'preact';
import { Popup, type PopupPort } from '@/components/Popup/Popup.tsx';
import '@/components/Settings/settings.css';
import { createMessenger } from '@/lib/messages/messenger.ts';
import { browserSettingsStore, uiLang } from './browser-settings.ts';

const lang = uiLang();
document.title = 'Steppe Lens';
const background = createMessenger((m) => browser.runtime.sendMessage(m));
const activeTab =
  import.meta.env.MODE === 'e2e' && new URLSearchParams(location.search).has('previousTab')
    ? previousTab()
    : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);

/**
 * e2e builds only: the popup opened in a tab (tests/e2e/settings.e2e.ts) speaks for the tab used before it, since
 * its own tab is the active one. The minifier drops this from the shipped build.
 */
async function previousTab() {
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query({});
  return tabs.filter((t) => t.id !== self?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
// The top frame's content script answers for the page (entrypoints/content/index.ts).
const toTab = async () => {
  const tab = await activeTab;
  if (tab?.id === undefined) return undefined;
  const tabId = tab.id;
  return createMessenger((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
};

const manifest = browser.runtime.getManifest() as { side_panel?: unknown; sidebar_action?: unknown };
const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => {
  windowId = w.id;
});

const port: PopupPort = {
  lang,
  page: async () => (await toTab())?.send('pageTerms', {}).catch(() => undefined),
  entry: (id) => background.send('entry', { id }),
  reveal: (id, occurrence) => {
    void toTab().then((tab) => tab?.send('revealTerm', { id, occurrence }).then(() => window.close()));
  },
  settings: browserSettingsStore(),
  openOptions: () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  // Opening a side panel needs the click's user gesture: the call is made synchronously in the handler.
  ...(manifest.side_panel && sidePanel
    ? { openPanel: () => void (windowId !== undefined && sidePanel.open({ windowId })) }
    : manifest.sidebar_action && sidebarAction
      ? { openPanel: () => void sidebarAction.open() }
      : {}),
};

render(<Popup port={port} />, document.getElementById('app')!);
