/**
 * The side panel's "Not in the glossary" in headless Chromium with the e2e build (part of `npm run bench:panel`), on
 * a page of ~100 KB of text (the evaluation corpus and the demo pages, repeated, as `bench:suggest` reads them):
 *  1. Cold, in a fresh panel: the click to the list in the DOM, and the worker's own figures (its start to wink-nlp,
 *     its model and the data loaded; reading the page). Then "Read the page again" five times: reading, warm.
 *  2. The panel's UI thread meanwhile: its longest task. Against the same shipped worker script run in the panel
 *     page itself (a `<script>` of it, answering through `self`, which is then the window): its longest task, which
 *     is what the reader would wait on with a frozen panel.
 *  3. What the worker holds: its JS heap after a collection, and its array buffers (DevTools protocol).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { E2E_EXTENSION_DIRS } from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { fileBlocks } from '../../scripts/glossary/scan-file.ts';
import { launch } from './cdp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = '/bench/candidates.html';
/** The extension API, as the panel and the background see it (only what is used here). */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tab: number, message: unknown, options: object): Promise<unknown>;
  };
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** ~100 KB of real text: the corpus's articles and the demo pages, one paragraph per line. */
function benchPage(): string {
  const corpus = join(ROOT, 'tests/eval/corpus');
  const lines = [
    ...readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n')),
    ...fileBlocks(join(ROOT, 'public/demo/fr.html')),
    ...fileBlocks(join(ROOT, 'public/demo/en.html')),
  ].filter((l) => l.trim());
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < 100_000; i++) {
    const line = lines[i % lines.length]!.slice(0, 100_000 - size);
    body.push(`<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    size += line.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${body.join('\n')}</body></html>`;
}

/** Long tasks (50 ms and more) of the panel page from now on. */
const watchLongTasks = (panel: Page) =>
  panel.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
const longest = (panel: Page) =>
  panel.evaluate(async () => {
    // Long-task entries are delivered after the task: a frame later they are all in.
    await new Promise((r) => setTimeout(r, 100));
    return Math.max(0, ...(window as unknown as { __long: number[] }).__long);
  });

/** Clicks the section's button and waits for the list: milliseconds, and the section's own figures. */
async function ask(panel: Page) {
  return panel.evaluate(async () => {
    const button = document.querySelector('.find-candidates') as HTMLButtonElement;
    const t0 = performance.now();
    button.click();
    let busy = false;
    for (;;) {
      await new Promise((r) => setTimeout(r, 2));
      busy ||= button.disabled;
      if (busy && !button.disabled && document.querySelector('.candidate')) break;
    }
    const elapsed = performance.now() - t0;
    const cost = document.querySelector('.candidates .cost')?.textContent ?? '';
    const m = /([\d,]+) characters read in (\d+) ms(?:; the language model loaded in (\d+) ms)?/.exec(cost);
    return {
      elapsed,
      chars: Number(m?.[1]?.replace(/,/g, '')),
      readMs: Number(m?.[2]),
      loadMs: m?.[3] ? Number(m[3]) : null,
      names: document.querySelectorAll('.candidate').length,
    };
  });
}

/** The worker's heap after a collection, through the panel's DevTools session (a worker is its child target). */
async function workerHeap(cdp: CDPSession): Promise<{ usedSize: number; backingStorageSize: number }> {
  const replies = new Map<number, (result: unknown) => void>();
  let session = '';
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') session = e.sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id: number; result: unknown };
    replies.get(m.id)?.(m.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  for (let i = 0; i < 50 && !session; i++) await new Promise((r) => setTimeout(r, 20));
  const call = (id: number, method: string) =>
    new Promise<unknown>((r) => {
      replies.set(id, r);
      void cdp.send('Target.sendMessageToTarget', { sessionId: session, message: JSON.stringify({ id, method }) });
    });
  await call(1, 'HeapProfiler.collectGarbage');
  return (await call(2, 'Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize: number };
}

async function openPanel(context: BrowserContext, extension: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extension}/sidepanel.html?lang=en&tab=${tabId}`);
  await panel.waitForSelector('.find-candidates');
  return panel;
}

export async function measureCandidates(): Promise<void> {
  const context = await launch(E2E_EXTENSION_DIRS.chromium);
  const server = await startServer(0, { [PAGE]: benchPage() });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extension = new URL(worker.url()).host;
    const article = await context.newPage();
    await article.goto(server.origin + PAGE);
    const tabId = await worker.evaluate(
      async (url: string) =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({})).find((t) => t.url === url)?.id ??
        -1,
      server.origin + PAGE,
    );

    // 1 and 2, in a worker: cold, then warm.
    const panel = await openPanel(context, extension, tabId);
    await watchLongTasks(panel);
    const cold = await ask(panel);
    const workerLongest = await longest(panel);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await ask(panel)).readMs);
    const heap = await workerHeap(await context.newCDPSession(panel));
    const workerUrl = panel.workers()[0]?.url() ?? '';
    console.log(
      `not in the glossary, Chromium, ${cold.chars} characters (${cold.names} names): cold, click to list ${ms(cold.elapsed)}; the worker's load (script, wink-nlp model, data) ${ms(cold.loadMs ?? Number.NaN)}, reading ${ms(cold.readMs)}; warm reading median ${ms(median(warm))} (${warm.join(', ')} ms)`,
    );
    console.log(
      `not in the glossary, memory held by the worker after GC: JS heap ${mb(heap.usedSize)}, array buffers ${mb(heap.backingStorageSize)}`,
    );

    // 2, the alternative: the same script on the panel's own thread, in a fresh panel.
    const inPage = await openPanel(context, extension, tabId);
    await watchLongTasks(inPage);
    const mainThread = await inPage.evaluate(
      async ({ url, tab }: { url: string; tab: number }) => {
        const reply = (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(
          tab,
          { channel: 'steppe-lens', type: 'pageText', payload: {} },
          { frameId: 0 },
        )) as { value: { blocks: string[] } };
        const w = window as unknown as { onmessage: (e: { data: unknown }) => Promise<void> };
        const answered = new Promise((r) => {
          window.postMessage = r as never;
        });
        const t0 = performance.now();
        await new Promise((loaded, failed) => {
          const s = document.createElement('script');
          s.src = url;
          s.onload = loaded;
          s.onerror = failed;
          document.head.append(s);
        });
        void w.onmessage({ data: { id: 1, blocks: reply.value.blocks, ownJson: null } });
        await answered;
        return performance.now() - t0;
      },
      { url: workerUrl, tab: tabId },
    );
    const inPageLongest = await longest(inPage);
    console.log(
      `not in the glossary, the panel's UI thread, longest task: ${ms(workerLongest)} with the worker (cold); ${ms(inPageLongest)} with the same script in the panel page (${ms(mainThread)} from script to answer)`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}
