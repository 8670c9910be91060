/** In-page helpers for the side panel's e2e tests: they run inside the panel page (an extension page). */
import type { TestPage } from '../../scripts/browser/launch.ts';
import { waitFor } from './harness.ts';

/** The id of the tab whose page's URL contains `part`, found by asking each tab's content script. */
export async function tabIdOf(panel: TestPage, part: string): Promise<number> {
  const id = await panel.evaluate(async (p: string) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
    };
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
    const api = (g.browser ?? g.chrome)!;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = (await api.tabs.sendMessage(
          tab.id,
          { channel: 'steppe-lens', type: 'pageTerms', payload: {} },
          { frameId: 0 },
        )) as { ok: boolean; value?: { url: string } };
        if (reply?.ok && reply.value?.url.includes(p)) return tab.id;
      } catch {
        // A tab without our content script.
      }
    }
    return -1;
  }, part);
  if (id < 0) throw new Error(`no tab shows ${part}`);
  return id;
}

/** Reloads the panel with a query (the panel page navigates itself: Firefox lets no driver navigate it). */
export async function reloadPanel(panel: TestPage, query: string): Promise<void> {
  await panel
    .evaluate((q: string) => {
      location.search = q;
    }, query)
    // Chromium's driver reports the navigation it caused as a destroyed context: expected here.
    .catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = await panel
      .evaluate((q: string) => location.search === q && document.querySelector('[role="tab"]') !== null, query)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting for the panel to reload');
}

export async function click(page: TestPage, selector: string): Promise<void> {
  await waitFor(
    page,
    new Function(`return !!document.querySelector(${JSON.stringify(selector)})`) as () => boolean,
    selector,
  );
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

export async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([s, t]: [string, string]) => {
      const input = document.querySelector(s) as HTMLInputElement;
      input.focus();
      input.value = t;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, text] as [string, string],
  );
}

/** Makes the panel keep the text of each file it hands to a Blob URL (the download), for the test to read. */
export async function captureDownloads(panel: TestPage): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __downloads: Promise<string>[] };
    w.__downloads = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.__downloads.push(blob.text());
      return original(blob);
    };
  });
}

export async function lastDownload(panel: TestPage): Promise<string> {
  return panel.evaluate(async () => {
    const w = window as unknown as { __downloads: Promise<string>[] };
    return (await w.__downloads.at(-1)) ?? '';
  });
}

/** Sets a file on a file input as a reader's pick would, and fires its change. */
export async function pickFile(panel: TestPage, selector: string, name: string, text: string): Promise<void> {
  await panel.evaluate(
    ([s, n, t]: [string, string, string]) => {
      const input = document.querySelector(s) as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add(new File([t], n));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, name, text] as [string, string, string],
  );
}
