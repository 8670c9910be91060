/**
 * The toolbar button opens the side panel: Chrome by its side-panel behaviour, Firefox by toggling the sidebar
 * (neither needs a permission beyond the panel itself). "Open in panel" leaves its request in storage for the
 * panel, then opens the panel if the browser allows it here (both require a user action; a click in the card that
 * reaches us by message may or may not count, so failing to open is not an error: the request waits 30 s).
 */
import { KEYS, type PanelRequest } from '@/lib/study/stored.ts';

type FirefoxSidebar = { sidebarAction: { open(): Promise<void>; toggle(): Promise<void> } };

export async function openInPanel(id: string, tabId: number | undefined): Promise<boolean> {
  const request: PanelRequest = { id, at: Date.now() };
  await browser.storage.local.set({ [KEYS.panelRequest]: request });
  try {
    if (import.meta.env.FIREFOX) await (browser as unknown as FirefoxSidebar).sidebarAction.open();
    else if (tabId !== undefined) await browser.sidePanel.open({ tabId });
    return true;
  } catch {
    return false;
  }
}

export function installPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebarAction is not in WXT's Chrome-based types.
    const firefox = browser as unknown as FirefoxSidebar;
    browser.browserAction.onClicked.addListener(() => void firefox.sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
}
