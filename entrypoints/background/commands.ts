/** Keyboard commands (manifest `commands`, remappable in the browser's shortcut settings) → the active tab. */
import { createMessenger } from '@/lib/messages/messenger.ts';
import { siteOrigin, withSite } from '@/lib/settings/settings.ts';
import type { SettingsStore } from '@/lib/settings/store.ts';

export function installCommands(settings: SettingsStore): void {
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    const toTab = createMessenger((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
    if (command === 'next-term' || command === 'previous-term') {
      await toTab.send('navigate', { direction: command === 'next-term' ? 1 : -1 }).catch(() => false);
    } else if (command === 'toggle-site') {
      // The host permission that injects the engine also lets the background read the tab's URL.
      const origin = tab.url ? siteOrigin(tab.url) : undefined;
      if (!origin) return;
      const current = await settings.get();
      const next = withSite(current, origin, current.disabledSites.includes(origin));
      await settings.set({ disabledSites: next.disabledSites });
    }
  });
}
