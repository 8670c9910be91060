/**
 * The hostile-page gallery's shared checks (issue 15). Each case is one small page in ./pages/ that says what it
 * must show; `describeGallery` opens it in each browser, lets the case act on it (hover, keys, the page's own
 * attacks), and then holds every page to the same rules:
 *  - the page's DOM is unchanged apart from the card host (probe.js records every mutation the page did not make);
 *  - the page's scripts keep running (probe.js's heartbeat beats on, through and after the case);
 *  - no exception reaches the page (its error, unhandledrejection and CSP-violation counters) or the extension's
 *    consoles: in Chromium every world of the page (the content scripts' included) through the DevTools protocol,
 *    and the service worker's console; in Firefox the page's console, which also shows its content scripts' errors
 *    (the background page cannot be watched from WebDriver BiDi);
 *  - no request leaves for anywhere but the page's own files: in Chromium every request of the pages and of the
 *    service worker (Playwright's context), in Firefox the page's requests (BiDi); in both, every request the test
 *    server saw;
 *  - Chromium only, from a DevTools trace (./task-trace.ts, CPU time, so a busy machine is not counted): no task of
 *    ours takes 50 ms, and the page's timer is never held up by more than one frame (16.7 ms) of the work the
 *    reader did not ask for (the card a reader asks for is held to the 50 ms only: its first render, cold, takes
 *    20–35 ms here). Firefox has no long-task API and no way to attribute a task to an extension from outside: the
 *    timings are not judged there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pageExpectations } from '../../../scripts/browser/in-page.ts';
import type { BrowserName, TestPage } from '../../../scripts/browser/launch.ts';
import { describeInBrowsers, type Suite } from '../harness.ts';
import { costOf, startTrace, type TaskCost } from './task-trace.ts';

const H = 'steppe-lens';
/** No task of ours this long (ms of CPU): a long task, by the web's definition. */
const LONG_TASK_MS = 50;
/** The page's timer is never held up by more of our work than one frame at 60 Hz (ms of CPU). */
const ONE_FRAME_MS = 1000 / 60;

export interface Probe {
  foreign: string[];
  errors: string[];
  beats: number;
  worstLateMs: number;
  hostChanges: string[];
}

interface CaseContext {
  readonly browser: BrowserName;
  readonly suite: Suite;
}

export interface HostileCase {
  /** The page, under tests/e2e/hostile/pages/ (served at /hostile/). */
  readonly page: string;
  /** What the page must show, in words: the test's title. */
  readonly shows: string;
  /** Browsers that cannot run the case, each with the reason (printed as the skip's title). */
  readonly not?: Partial<Record<BrowserName, string>>;
  /** The page has no probe (a text/plain document cannot run one): its DOM is checked by the case. */
  readonly noProbe?: boolean;
  /** How long the page may take to be read (a page of a million nodes takes a while), ms. */
  readonly readTimeoutMs?: number;
  /** Waits until the extension has read the page (default: every `[data-expect]` shows what it declares). */
  readonly ready?: (page: TestPage) => Promise<void>;
  /**
   * A wider limit on our work between two beats than one frame, for a page whose own size makes a single step of
   * ours longer, with the measured reason (the 50 ms long-task limit still holds).
   */
  readonly holdUp?: { readonly ms: number; readonly because: string };
  /** A wider limit on our longest task than 50 ms, with the measured reason (one page only: a million nodes). */
  readonly longTask?: { readonly ms: number; readonly because: string };
  /** What the case does once the page is read, with its own assertions. */
  readonly act?: (page: TestPage, context: CaseContext) => Promise<void>;
}

/** One `it` per case and browser, each under the shared checks. */
export function describeGallery(title: string, cases: readonly HostileCase[]): void {
  describeInBrowsers(title, (suite) => {
    for (const c of cases) {
      it(`${c.page}: ${c.shows}`, async (test) => {
        const { browser } = suite();
        const reason = c.not?.[browser.name];
        if (reason) {
          test.skip(reason);
          return;
        }
        await runCase(suite(), c);
      }, 120_000);
    }
  });
}

async function runCase(suite: Suite, c: HostileCase): Promise<void> {
  const page = await suite.browser.newPage();
  try {
    const watch = await startWatching(page, suite);
    const requestedBefore = suite.server.requested.length;
    await page.goto(`${suite.server.origin}/hostile/${c.page}`);
    await page.bringToFront();
    await (c.ready ? c.ready(page) : waitForExpectations(page, c.readTimeoutMs ?? 15_000));
    await c.act?.(page, { browser: suite.browser.name, suite });
    const beatsAfterAct = c.noProbe ? 0 : (await report(page)).beats;
    // The page keeps running after the case: another half second of heartbeat, errors and mutations to judge.
    if (!c.noProbe) await waitForBeats(page, beatsAfterAct + 40);
    const seen = await watch.finish();
    const requested = suite.server.requested.slice(requestedBefore);
    judge(c, seen, requested, suite.server.origin, c.noProbe ? undefined : await report(page));
  } finally {
    await page.close();
  }
}

export const report = (page: TestPage): Promise<Probe> =>
  page.evaluate(() => (window as unknown as { __probe: { report(): Probe } }).__probe.report());

/** Polls until the page's heartbeat reaches `beats`: its scripts still run. */
async function waitForBeats(page: TestPage, beats: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await report(page)).beats < beats) {
    if (Date.now() > deadline) throw new Error('the page’s heartbeat stopped');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until every `[data-expect]` element of the page shows what it declares. */
export async function waitForExpectations(page: TestPage, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const results = await page.evaluate(pageExpectations, H);
    const met = results.every((r) => JSON.stringify(r.actual) === JSON.stringify(r.expected));
    if (met || Date.now() > deadline) {
      expect(results.length, 'the page declares what it must show').toBeGreaterThan(0);
      for (const r of results) expect(r.actual, r.where).toEqual(r.expected);
      return;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

interface Seen {
  readonly consoleErrors: string[];
  readonly requests: string[];
  readonly cost?: TaskCost;
}

interface Watch {
  finish(): Promise<Seen>;
}

/** Watches the consoles, the requests and (Chromium) the main thread, from before the page loads. */
async function startWatching(page: TestPage, suite: Suite): Promise<Watch> {
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const native = page.native;
  if (native.browser === 'firefox') {
    native.page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') consoleErrors.push(`console.${m.type()}: ${m.text()}`);
    });
    native.page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${String(e)}`));
    native.page.on('request', (r) => void requests.push(r.url()));
    return { finish: async () => ({ consoleErrors, requests }) };
  }
  const { context } = native;
  const cdp = await context.newCDPSession(native.page);
  cdp.on('Runtime.exceptionThrown', (e) =>
    consoleErrors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning' || e.type === 'assert') {
      consoleErrors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
    }
  });
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level === 'error') consoleErrors.push(`log: ${e.entry.text} ${e.entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const onRequest = (r: { url(): string }) => void requests.push(r.url());
  context.on('request', onRequest);
  const onWorkerConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`service worker ${m.type()}: ${m.text()}`);
  };
  const workers = new Set(context.serviceWorkers());
  for (const w of workers) w.on('console', onWorkerConsole);
  const onWorker = (w: import('playwright-core').Worker) => {
    workers.add(w);
    w.on('console', onWorkerConsole);
  };
  context.on('serviceworker', onWorker);
  const stopTrace = await startTrace(cdp);
  void suite;
  return {
    async finish() {
      const events = await stopTrace();
      // To see which task it was: GALLERY_TRACE_DIR=/tmp/traces, then load a file in DevTools' Performance panel.
      if (process.env.GALLERY_TRACE_DIR) {
        mkdirSync(process.env.GALLERY_TRACE_DIR, { recursive: true });
        const file = `${native.page.url().split('/').pop()?.replace(/\W/g, '-')}-${Date.now()}.json`;
        writeFileSync(join(process.env.GALLERY_TRACE_DIR, file), JSON.stringify({ traceEvents: events }));
      }
      context.off('request', onRequest);
      context.off('serviceworker', onWorker);
      for (const w of workers) w.off('console', onWorkerConsole);
      await cdp.detach();
      return { consoleErrors, requests, cost: costOf(events, '/hostile/probe.js') };
    },
  };
}

/**
 * Where a request may go: the page's own files on the test server, the extension's own files, and the icon a
 * browser asks for on its own (Firefox, for a text/plain document or a page back from its cache).
 */
function allowedRequest(url: string, origin: string): boolean {
  return (
    url.startsWith(`${origin}/hostile/`) ||
    url === `${origin}/favicon.ico` ||
    /^(chrome-extension|moz-extension|data|blob|about):/.test(url) ||
    url.startsWith(`${origin}/__steppe-lens/`)
  );
}

function judge(c: HostileCase, seen: Seen, requested: readonly string[], origin: string, probe?: Probe): void {
  const figures = seen.cost
    ? `; ours (ms of CPU): longest task ${seen.cost.longestTaskMs.toFixed(1)}, of which the card's ` +
      `${seen.cost.longestCardTaskMs.toFixed(1)}, worst hold-up of the page's timer ` +
      `${seen.cost.worstHoldUpMs.toFixed(1)}, ${seen.cost.totalMs.toFixed(0)} in all over ${seen.cost.beats} beats`
    : '';
  console.info(`[gallery] ${c.page}${probe ? `: ${probe.beats} beats` : ''}${figures}`);
  if (probe) {
    expect(probe.foreign, 'changes to the page’s DOM that the page did not make').toEqual([]);
    expect(probe.errors, 'errors that reached the page').toEqual([]);
    expect(probe.beats, 'the page’s heartbeat').toBeGreaterThan(10);
  }
  expect(seen.consoleErrors, 'errors in the page’s and the extension’s consoles').toEqual([]);
  expect(
    seen.requests.filter((url) => !allowedRequest(url, origin)),
    'requests to anywhere but the page’s own files',
  ).toEqual([]);
  expect(
    requested.filter(
      (path) => !path.startsWith('/hostile/') && !path.startsWith('/__steppe-lens/') && path !== '/favicon.ico',
    ),
    'requests the test server saw for anything but the page’s own files',
  ).toEqual([]);
  if (seen.cost) {
    expect(
      seen.cost.longestTaskMs,
      `the longest task of ours (ms of CPU)${c.longTask ? `: ${c.longTask.because}` : ''}`,
    ).toBeLessThan(c.longTask?.ms ?? LONG_TASK_MS);
    expect(
      seen.cost.worstHoldUpMs,
      `our work between two beats of the page’s timer, the card aside (ms of CPU)${c.holdUp ? `: ${c.holdUp.because}` : ''}`,
    ).toBeLessThanOrEqual(c.holdUp?.ms ?? ONE_FRAME_MS);
  }
}
