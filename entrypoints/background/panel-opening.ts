/**
 * The toolbar button opens the side panel: Chrome by its side-panel behaviour, Firefox by toggling the sidebar
 * (neither needs a permission beyond the panel itself).
 */
export function installPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebarAction is not in WXT's Chrome-based types.
    const firefox = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.browserAction.onClicked.addListener(() => void firefox.sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
}
