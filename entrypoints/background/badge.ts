/** The toolbar badge: the number of distinct terms on each tab's page, shown only while the reader has it on. */
import type { SettingsStore } from '@/lib/settings/store.ts';

export function createBadge(settings: SettingsStore) {
  // Chrome MV3 names it `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const counts = new Map<number, number>();
  void action.setBadgeBackgroundColor({ color: '#6b4a0c' });
  browser.tabs.onRemoved.addListener((tabId) => void counts.delete(tabId));
  settings.watch((s) => {
    for (const [tabId, count] of counts) {
      action.setBadgeText({ tabId, text: s.badge && count > 0 ? String(count) : '' }).catch(() => counts.delete(tabId));
    }
  });
  return {
    async show(tabId: number, count: number): Promise<void> {
      counts.set(tabId, count);
      const on = (await settings.get()).badge;
      await action.setBadgeText({ tabId, text: on && count > 0 ? String(count) : '' });
    },
  };
}
