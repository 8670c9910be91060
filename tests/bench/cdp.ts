/** The DevTools-protocol plumbing of the benchmark: browsers, pages, metrics, the content script's world. */
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, EXECUTABLES } from '../../scripts/browser/launch.ts';

/** Records the page's long tasks (50 ms and more) from the start, in the main world. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });`;

/** Headless Chromium with the built extension in `extensionDir`, or with no extension. */
export async function launch(extensionDir?: string): Promise<BrowserContext> {
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...CHROMIUM_QUIET_FLAGS, ...args],
  });
  await context.addInitScript(LONG_TASKS);
  return context;
}

export interface Session {
  page: Page;
  cdp: CDPSession;
  isolated: () => number | undefined;
}

export async function open(context: BrowserContext, url: string): Promise<Session> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url);
  const frameId = ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame
    .id;
  return {
    page,
    cdp,
    // The content script's world is the one whose origin is the extension (Playwright has an isolated world too).
    isolated: () =>
      contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameId)?.id,
  };
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? 0;
}

/** ScriptDuration (ms) that `fn` adds to the page. */
export async function scriptMsOf(cdp: CDPSession, fn: () => Promise<unknown>): Promise<number> {
  const before = (await metrics(cdp)).ScriptDuration ?? 0;
  await fn();
  return ((await metrics(cdp)).ScriptDuration! - before) * 1000;
}

export async function evalIsolated<T>(s: Session, expression: string): Promise<T> {
  const contextId = s.isolated();
  if (contextId === undefined) throw new Error('the content script world was not found');
  const r = (await s.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
    result: { value: T };
  };
  return r.result.value;
}
