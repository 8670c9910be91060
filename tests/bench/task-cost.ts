/**
 * The cost a reader's machine pays: the main thread's total task time (`TaskDuration`, DevTools protocol
 * `Performance.getMetrics`) that an extension adds to a page load, read once the page is settled. It counts
 * everything the extension causes — its scripts wherever they run (`await` continuations included, which trace events
 * filtered by script URL miss), and the style, layout and paint its highlights cost.
 *
 * Three browsers side by side — without an extension, with the floor (a minimal extension whose content script only
 * walks every text node once at document_idle), with Steppe Lens — and page loads alternated between them in
 * rotating order, so the machine's drift falls on all alike. Figures are medians of the loads (single loads here
 * vary by ±30 ms); long tasks and timer delays are the worst of all loads.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { evalIsolated, launch, metrics, open, type Session } from './cdp.ts';

export type Kind = 'plain' | 'floor' | 'ours';
const KINDS: readonly Kind[] = ['plain', 'floor', 'ours'];

/** The floor: a content script that walks every text node once at document_idle, and nothing else. */
function makeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js: ['floor.js'] }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
  globalThis.floorDone = n;
})();`,
  );
  return dir;
}

export interface Browsers {
  readonly plain: BrowserContext;
  readonly floor: BrowserContext;
  readonly ours: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowsers(oursDir: string): Promise<Browsers> {
  const [plain, floor, ours] = await Promise.all([launch(), launch(makeFloorExtension()), launch(oursDir)]);
  // One page first, unmeasured: a browser's first load of an extension is a one-off cost, not a page's.
  await Promise.all([floor, ours].map(async (c) => (await c.newPage()).goto('about:blank')));
  return {
    plain,
    floor,
    ours,
    close: async () => void (await Promise.allSettled([plain, floor, ours].map((c) => c.close()))),
  };
}

/** One load of one page in one browser. */
export interface Load {
  /** Main-thread task time of the whole load, settled (ms). */
  taskMs: number;
  /** When the page's load event started (ms after navigation start). */
  loadEventMs: number;
  /** The longest task seen by the page's long-task observer (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** The page's own 50 ms timer: its worst lateness (ms), on pages that run one (else 0). */
  timerLateMs: number;
  /** Steppe Lens only: from the script's start to the first viewport's terms matched (ms), or undefined. */
  viewportMs?: number;
  /** Steppe Lens only: whether the page made the every-page script load the engine. */
  engineLoaded?: boolean;
  /** Steppe Lens only: the main-thread time of its own slices (ms). */
  busyMs?: number;
  /** Steppe Lens only: terms painted when settled. */
  painted?: number;
}

interface Probe {
  stats: { done: boolean; busyMs: number; viewportDoneAt: number; startedAt: number };
  engineLoaded: boolean;
}

/** Waits until Steppe Lens has read the whole page (polled sparingly: each poll is a task of its own). */
async function waitUntilRead(s: Session, timeoutMs: number): Promise<Probe> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = await evalIsolated<Probe | null>(
      s,
      'globalThis.steppeLensProbe ? { stats: { ...steppeLensProbe.stats }, engineLoaded: steppeLensProbe.engineLoaded } : null',
    ).catch(() => null);
    if (probe?.stats.done) return probe;
    if (Date.now() > deadline) throw new Error('Steppe Lens did not finish reading the page');
    await s.page.waitForTimeout(250);
  }
}

/**
 * Loads `url` in one browser and reads its figures once the page is settled (`settleMs` after its load event, and
 * after Steppe Lens has read it when `steppeLens` says the browser has it).
 */
export async function loadOnce(
  context: BrowserContext,
  url: string,
  settleMs: number,
  steppeLens: boolean,
): Promise<Load> {
  const s = await open(context, url);
  let probe: Probe | undefined;
  if (steppeLens) probe = await waitUntilRead(s, 120_000);
  await s.page.waitForTimeout(settleMs);
  if (steppeLens) probe = await waitUntilRead(s, 1_000);
  const taskMs = ((await metrics(s.cdp)).TaskDuration ?? 0) * 1000;
  const page = await s.page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __timerLate?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      loadEventMs: nav?.loadEventStart ?? 0,
      longestTaskMs: Math.max(0, ...w.__longTasks),
      timerLateMs: w.__timerLate ?? 0,
      painted: CSS.highlights.get('steppe-lens')?.size ?? 0,
    };
  });
  await s.page.close();
  return {
    taskMs,
    loadEventMs: page.loadEventMs,
    longestTaskMs: page.longestTaskMs,
    timerLateMs: page.timerLateMs,
    ...(probe && {
      viewportMs: probe.stats.viewportDoneAt > 0 ? probe.stats.viewportDoneAt - probe.stats.startedAt : undefined,
      engineLoaded: probe.engineLoaded,
      busyMs: probe.stats.busyMs,
      painted: page.painted,
    }),
  };
}

/** `runs` loads of `url` in each browser, alternated in rotating order. */
export async function loadsOf(
  browsers: Browsers,
  url: string,
  runs: number,
  settleMs: number,
): Promise<Record<Kind, Load[]>> {
  const loads: Record<Kind, Load[]> = { plain: [], floor: [], ours: [] };
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(run + k) % KINDS.length]!;
      loads[kind].push(await loadOnce(browsers[kind], url, settleMs, kind === 'ours'));
    }
  }
  return loads;
}

/**
 * Scrolls a settled page from top to bottom, one screen every 100 ms, in each browser: the task time added per
 * screen (over the same scroll without an extension) and the longest task seen while scrolling.
 */
export async function scrollCost(
  browsers: Browsers,
  url: string,
  runs: number,
): Promise<{ perScreenMs: Record<Kind, number[]>; longestTaskMs: Record<Kind, number>; screens: number }> {
  const perScreenMs: Record<Kind, number[]> = { plain: [], floor: [], ours: [] };
  const longestTaskMs: Record<Kind, number> = { plain: 0, floor: 0, ours: 0 };
  let screens = 0;
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(run + k) % KINDS.length]!;
      const s = await open(browsers[kind], url);
      if (kind === 'ours') await waitUntilRead(s, 60_000);
      await s.page.waitForTimeout(500);
      const before = ((await metrics(s.cdp)).TaskDuration ?? 0) * 1000;
      const seen = await s.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
      screens = await s.page.evaluate(async () => {
        let n = 0;
        while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
          window.scrollBy(0, innerHeight);
          n++;
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, 300));
        return n;
      });
      const after = ((await metrics(s.cdp)).TaskDuration ?? 0) * 1000;
      const tasks = await s.page.evaluate(
        (from) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(from),
        seen,
      );
      perScreenMs[kind].push((after - before) / Math.max(1, screens));
      longestTaskMs[kind] = Math.max(longestTaskMs[kind], 0, ...tasks);
      await s.page.close();
    }
  }
  return { perScreenMs, longestTaskMs, screens };
}

/** A page of about a million nodes, with a 50 ms timer of its own whose lateness it records, and a few terms. */
export function millionNodePage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    rows.push(i % 2000 === 0 ? `<p>Row ${i} <i>from</i> Astana</p>` : `<p>Row ${i} <i>of</i> data</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a million nodes</title><script>
window.__timerLate = 0;
let last = performance.now();
setInterval(() => {
  const now = performance.now();
  window.__timerLate = Math.max(window.__timerLate, now - last - 50);
  last = now;
}, 50);
</script></head><body>${rows.join('')}</body></html>`;
}
