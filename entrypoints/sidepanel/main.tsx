/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): wires the extension API into components/Panel.
 *
 * Which tab is "this page": `?tab=<id>` when the URL gives one (tests, and the panel opened as a tab beside the
 * page it studies), else the active tab of the panel's own window, which is what a side panel sits beside. The
 * explicit parameter exists because an extension page opened as a tab is itself its window's active tab.
 */
import { render } from 'preact';
import type { PanelApi } from '@/components/Panel/api.ts';
import { Panel, type View } from '@/components/Panel/Panel.tsx';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { readerLang } from '@/lib/glossary/entry-body.ts';
import { createMessenger } from '@/lib/messages/messenger.ts';
import type { SearchRow } from '@/lib/study/search.ts';
import { localStore } from '../background/storage.ts';
import { createDiscoveryClient } from './discovery-client.ts';
import './style.css';

const params = new URLSearchParams(location.search);
const pinnedTab = params.has('tab') ? Number(params.get('tab')) : undefined;
const lang = readerLang(params.get('lang') ?? browser.i18n.getUILanguage());
document.documentElement.lang = lang;

const background = createMessenger((message) => browser.runtime.sendMessage(message));

async function activeTab(): Promise<number | undefined> {
  if (pinnedTab !== undefined && Number.isSafeInteger(pinnedTab)) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Messages to the tab's top frame only: each frame has a content script, and the page is the top one's. */
const tabMessenger = (tabId: number) =>
  createMessenger((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));

const discovery = createDiscoveryClient();

const api: PanelApi = {
  lang,
  async loadGlossary() {
    const [bodies, index] = await Promise.all([
      background.send('glossaryEntries', {}),
      background.send('searchIndex', {}),
    ]);
    return { bodies: JSON.parse(bodies) as Record<string, EntryBody>, index: JSON.parse(index) as SearchRow[] };
  },
  async pageTerms() {
    const tabId = await activeTab();
    if (tabId === undefined) return null;
    // A tab without our content script (a browser page, a new tab) does not answer: that is "no page".
    return tabMessenger(tabId)
      .send('pageTerms', {})
      .catch(() => null);
  },
  async reveal(id, occurrence) {
    const tabId = await activeTab();
    if (tabId !== undefined) await tabMessenger(tabId).send('revealTerm', { id, occurrence });
  },
  async findCandidates() {
    const tabId = await activeTab();
    if (tabId === undefined) throw new Error('no page in this tab');
    const [page, ownJson] = await Promise.all([
      tabMessenger(tabId).send('pageText', {}),
      background.send('ownMatcher', {}).catch(() => null),
    ]);
    const found = await discovery.find(page.blocks, ownJson);
    return {
      url: page.url,
      suggestions: found.suggestions,
      truncated: page.truncated,
      chars: page.blocks.reduce((n, b) => n + b.length, 0),
      loadMs: found.loadMs,
      readMs: found.readMs,
    };
  },
  onPageChange(callback) {
    const onActivated = () => callback();
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (info.status === 'complete' && (pinnedTab === undefined || tabId === pinnedTab)) callback();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  },
  store: localStore(),
  onStoreChange(callback) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local') for (const key of Object.keys(changes)) callback(key);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  now: () => new Date().toISOString(),
};

const view = params.get('view');
const initialView: View = view === 'glossary' || view === 'timeline' || view === 'own' ? view : 'page';
render(<Panel api={api} initialView={initialView} />, document.getElementById('app')!);
