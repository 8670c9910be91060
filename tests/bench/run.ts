/**
 * `npm run bench`: what Steppe Lens costs a reader's machine, against the floor and named peers, measured in one run
 * on the same pages in real headless Chromium (the `wxt build --mode bench` build, which adds only the probe the
 * figures are read from). Prints one table of figures and one of the targets; absolute times drift on shared
 * machines, ratios measured together do not.
 *
 * The main measure is the main thread's task time added to a page load (tests/bench/task-cost.ts): without an
 * extension, with the floor, with Steppe Lens, loads alternated, BENCH_RUNS loads each (default 7). Beside it: the
 * page's load event, the first viewport's terms, long tasks (the worst of all loads), a page of a million nodes
 * whose own timers are watched, scrolling the long article, a page rewriting itself, heap, sizes; and the peers —
 * mark.js and wink-nlp with the same alias list, in the same browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { EXECUTABLES } from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { evalIsolated, heapAfterGc, open, scriptMsOf } from './cdp.ts';
import { aliases, BENCH_PAGES, entries } from './setup.ts';
import {
  type Browsers,
  type Kind,
  type Load,
  launchBrowsers,
  loadsOf,
  millionNodePage,
  scrollCost,
} from './task-cost.ts';
import { buildWinkBundle, measureWinkInPage } from './wink-browser.ts';

/** The benchmark's build (`wxt build --mode bench`): the shipped one plus the probe it reads its figures from. */
const BENCH_EXTENSION_DIR = '.output/chrome-mv3-bench';
const RUNS = Math.max(Number(process.env.BENCH_RUNS ?? 7), 1);
const MILLION = { name: 'a million nodes', path: '/bench/million.html', html: millionNodePage() };
/** A page that rewrites a paragraph 50 times a second, for 4 seconds, as live tickers and clocks do. */
const TICKER = {
  path: '/bench/ticker.html',
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ticker</title></head><body>
<p>Markets and news from Central Asia.</p><p id="t">…</p><script>
const names = ['Astana', 'Bishkek', 'Dushanbe', 'Tashkent', 'Ashgabat', 'Almaty', 'Samarkand'];
let n = 0;
const timer = setInterval(() => {
  document.getElementById('t').textContent = 'Live: ' + names[n % names.length] + ' and ' + names[(n + 3) % names.length] + ' ' + n;
  if (++n === 200) clearInterval(timer);
}, 20);
</script></body></html>`,
};
const MARKJS_TIMEOUT_MS = 240_000;

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const f = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
/** Ours over the floor's added time; when the floor adds nothing measurable (≤ 1 ms), the ratio means nothing. */
const overFloor = (c: { added: { floor: number; ours: number } }) =>
  c.added.floor > 1 ? f(c.added.ours / c.added.floor, 2) : `floor within noise (${f(c.added.floor)} ms)`;

interface PageCost {
  page: string;
  chars: number;
  loads: Record<Kind, Load[]>;
  /** Median task time added over the page without an extension (ms). */
  added: Record<'floor' | 'ours', number>;
  loadEventMs: Record<Kind, number>;
  worstTaskMs: Record<Kind, number>;
  timerLateMs: Record<Kind, number>;
  viewportMs: number | undefined;
  engineLoaded: boolean;
  busyMs: number;
  painted: number;
}

function summarise(page: string, chars: number, loads: Record<Kind, Load[]>): PageCost {
  const med = (kind: Kind, key: keyof Load) => median(loads[kind].map((l) => Number(l[key] ?? Number.NaN)));
  const worst = (kind: Kind, key: keyof Load) => Math.max(...loads[kind].map((l) => Number(l[key] ?? 0)));
  const by = (fn: (kind: Kind) => number) => ({ plain: fn('plain'), floor: fn('floor'), ours: fn('ours') });
  const viewports = loads.ours.flatMap((l) => (l.viewportMs === undefined ? [] : [l.viewportMs]));
  return {
    page,
    chars,
    loads,
    added: {
      floor: med('floor', 'taskMs') - med('plain', 'taskMs'),
      ours: med('ours', 'taskMs') - med('plain', 'taskMs'),
    },
    loadEventMs: by((k) => med(k, 'loadEventMs')),
    worstTaskMs: by((k) => worst(k, 'longestTaskMs')),
    timerLateMs: by((k) => worst(k, 'timerLateMs')),
    viewportMs: viewports.length > 0 ? median(viewports) : undefined,
    engineLoaded: loads.ours.some((l) => l.engineLoaded),
    busyMs: med('ours', 'busyMs'),
    painted: med('ours', 'painted'),
  };
}

/** mark.js with its documented options for whole names, fed 200 aliases per call (it overflows the stack on more). */
async function markJs(plain: BrowserContext, url: string): Promise<{ ms: number; matches: number }> {
  const mark = await open(plain, url);
  await mark.page.addScriptTag({ path: 'node_modules/mark.js/dist/mark.min.js' });
  let matches = 0;
  const ms = await scriptMsOf(mark.cdp, async () => {
    matches = await mark.page.evaluate(
      async ({ list, timeout }) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark: (...a: unknown[]) => void } }).Mark;
        const started = Date.now();
        let total = 0;
        for (let i = 0; i < list.length; i += 200) {
          if (Date.now() - started > timeout) throw new Error('mark.js timed out');
          total += await new Promise<number>((resolve) =>
            new Mark(document.body).mark(list.slice(i, i + 200), {
              accuracy: 'exactly',
              diacritics: true,
              separateWordSearch: false,
              done: (n: number) => resolve(n),
            }),
          );
        }
        return total;
      },
      { list: aliases, timeout: MARKJS_TIMEOUT_MS },
    );
  });
  await mark.page.close();
  return { ms, matches };
}

/** Heap Steppe Lens adds to a settled page (MB). */
async function heapAdded(browsers: Browsers, url: string): Promise<number> {
  const heapOf = async (context: BrowserContext, ours: boolean) => {
    const s = await open(context, url);
    if (ours) {
      while (!(await evalIsolated<boolean>(s, 'globalThis.steppeLensProbe?.stats.done === true').catch(() => false)))
        await s.page.waitForTimeout(100);
    }
    await s.page.waitForTimeout(1000);
    const heap = await heapAfterGc(s.cdp);
    await s.page.close();
    return heap;
  };
  const runs = Array.from({ length: 3 }, () => 0);
  const diffs: number[] = [];
  for (const _ of runs) diffs.push((await heapOf(browsers.ours, true)) - (await heapOf(browsers.plain, false)));
  return median(diffs) / 1024 / 1024;
}

/** Main-thread milliseconds per second Steppe Lens spends following the ticker (its cap is 150 ms/s). */
async function tickerCost(ours: BrowserContext, origin: string): Promise<number> {
  const s = await open(ours, origin + TICKER.path);
  const busy = () => evalIsolated<number>(s, 'globalThis.steppeLensProbe.stats.busyMs');
  await s.page.waitForTimeout(1000);
  const before = await busy();
  await s.page.waitForTimeout(3000);
  const after = await busy();
  await s.page.close();
  return (after - before) / 3;
}

function sizes(): Record<string, number> {
  const gzKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;
  return {
    everyPageGzKb:
      gzKb(`${BENCH_EXTENSION_DIR}/content-scripts/content.js`) +
      gzKb(`${BENCH_EXTENSION_DIR}/content-scripts/content.css`),
    engineGzKb: gzKb(`${BENCH_EXTENSION_DIR}/engine.js`),
    cardGzKb: gzKb(`${BENCH_EXTENSION_DIR}/card.js`),
    // The matcher's body travels inside the engine's script: its share of it.
    bodyGzKb: gzKb('lib/generated/matcher-body.json'),
  };
}

async function main(): Promise<void> {
  const server = await startServer(0, {
    ...Object.fromEntries(BENCH_PAGES.filter((p) => p.html).map((p) => [p.path, p.html])),
    [MILLION.path]: MILLION.html,
    [TICKER.path]: TICKER.html,
  });
  const browsers = await launchBrowsers(BENCH_EXTENSION_DIR);
  const costs: PageCost[] = [];
  let scroll: Awaited<ReturnType<typeof scrollCost>> | undefined;
  let mark: { ms: number; matches: number } | undefined;
  let wink: { ms: number; loadMs: number } | undefined;
  let heapMb = 0;
  let ticker = 0;
  try {
    const pages = [
      ...BENCH_PAGES.map((p) => ({ name: p.name, path: p.path, chars: p.text.length })),
      {
        name: MILLION.name,
        path: MILLION.path,
        chars: 0,
      },
    ];
    for (const p of pages) {
      const big = p.name.startsWith('stress') || p.name === MILLION.name;
      process.stderr.write(`task cost: ${p.name} (${RUNS} loads in each of 3 browsers)…\n`);
      costs.push(summarise(p.name, p.chars, await loadsOf(browsers, server.origin + p.path, RUNS, big ? 3000 : 1000)));
    }
    const long = `${server.origin}${BENCH_PAGES.find((p) => p.name === 'long article')!.path}`;
    process.stderr.write('scrolling the long article…\n');
    scroll = await scrollCost(browsers, long, Math.min(RUNS, 3));
    process.stderr.write('peers on the long article…\n');
    mark = await markJs(browsers.plain, long);
    const winkPage = await open(browsers.plain, long);
    const w = await measureWinkInPage(winkPage.page, await buildWinkBundle(), aliases);
    await winkPage.page.close();
    wink = { ms: w.learnMs + w.readMs, loadMs: w.loadMs };
    heapMb = await heapAdded(browsers, long);
    ticker = await tickerCost(browsers.ours, server.origin);
  } finally {
    await browsers.close();
    await server.close();
  }
  report(costs, scroll!, mark!, wink!, heapMb, ticker);
}

function report(
  costs: PageCost[],
  scroll: Awaited<ReturnType<typeof scrollCost>>,
  mark: { ms: number; matches: number },
  wink: { ms: number; loadMs: number },
  heapMb: number,
  ticker: number,
): void {
  const size = sizes();
  const byName = (name: string) => costs.find((c) => c.page === name)!;
  console.log(
    `\nSteppe Lens benchmark — ${new Date().toISOString()} — Chromium ${EXECUTABLES.chromium}, Node ${process.version}`,
  );
  console.log(
    `alias list: ${aliases.length} written forms of ${entries.length} entries; medians of ${RUNS} loads per browser, alternated\n`,
  );
  console.log(
    '| page | KB | task ms added: floor | task ms added: ours | ours / floor | load event ms: none / floor / ours | first viewport ms | worst task ms: none / floor / ours | timer late ms: none / floor / ours | our slices ms | terms painted | engine |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const c of costs) {
    console.log(
      `| ${c.page} | ${f(c.chars / 1024, 0)} | ${f(c.added.floor)} | ${f(c.added.ours)} | ${overFloor(c)} | ${f(c.loadEventMs.plain, 0)} / ${f(c.loadEventMs.floor, 0)} / ${f(c.loadEventMs.ours, 0)} | ${f(c.viewportMs)} | ${f(c.worstTaskMs.plain, 0)} / ${f(c.worstTaskMs.floor, 0)} / ${f(c.worstTaskMs.ours, 0)} | ${f(c.timerLateMs.plain, 0)} / ${f(c.timerLateMs.floor, 0)} / ${f(c.timerLateMs.ours, 0)} | ${f(c.busyMs)} | ${c.painted} | ${c.engineLoaded ? 'loaded' : 'never'} |`,
    );
  }
  const perScreen = (k: Kind) => median(scroll.perScreenMs[k]);
  console.log(
    `\nscrolling the long article, ${scroll.screens} screens, one per 100 ms: task ms per screen none ${f(perScreen('plain'), 2)}, floor ${f(perScreen('floor'), 2)}, ours ${f(perScreen('ours'), 2)} (added: ${f(perScreen('ours') - perScreen('plain'), 2)}); worst task while scrolling: none ${f(scroll.longestTaskMs.plain, 0)}, ours ${f(scroll.longestTaskMs.ours, 0)} ms`,
  );
  const long = byName('long article');
  console.log(
    `peers on the long article: mark.js ${f(mark.ms, 0)} ms (${mark.matches} marks); wink-nlp custom entities ${f(wink.ms, 0)} ms (+${f(wink.loadMs, 0)} ms model load); ours ${f(long.busyMs)} ms of slices`,
  );
  console.log(
    `heap added on the long article: ${f(heapMb, 2)} MB; a page rewriting its text 50×/s: ${f(ticker)} ms of our work per second (cap 150)`,
  );
  console.log(
    `sizes, gzipped: every-page script ${f(size.everyPageGzKb)} KB; engine ${f(size.engineGzKb)} KB, of which the matcher body ${f(size.bodyGzKb)} KB (pages that may name a term); card ${f(size.cardGzKb)} KB (first card)\n`,
  );

  const stress = byName('stress 5 MB');
  const million = byName(MILLION.name);
  const noTerm = costs.filter((c) => c.page.startsWith('no term'));
  const worstOurs = Math.max(
    ...costs.filter((c) => c.worstTaskMs.plain < 50).map((c) => c.worstTaskMs.ours),
    scroll.longestTaskMs.ours,
  );
  const checks: [string, string, string, boolean][] = [
    ...noTerm.map((c): [string, string, string, boolean] => [
      `added task time / floor's (${c.page})`,
      overFloor(c),
      '≤ 2',
      c.added.ours <= 2 * c.added.floor,
    ]),
    ...noTerm.map((c): [string, string, string, boolean] => [
      `engine loaded on ${c.page}`,
      c.engineLoaded ? 'yes' : 'no',
      'no',
      !c.engineLoaded,
    ]),
    ["added task time / floor's (long article)", overFloor(long), '≤ 3', long.added.ours <= 3 * long.added.floor],
    [
      'load event, 5 MB: ours / floor',
      f(stress.loadEventMs.ours / stress.loadEventMs.floor, 2),
      '≤ 1.10',
      stress.loadEventMs.ours <= 1.1 * stress.loadEventMs.floor,
    ],
    [
      "first viewport's terms after the script's start, 5 MB (ms)",
      f(stress.viewportMs),
      '≤ 100',
      (stress.viewportMs ?? Infinity) <= 100,
    ],
    ['added task time, 5 MB (ms, reported)', f(stress.added.ours), '—', true],
    // Any content script at document_idle delays a huge page's load (the floor's does too): our work must not add to it.
    [
      'load event, a million nodes: ours / floor',
      f(million.loadEventMs.ours / million.loadEventMs.floor, 2),
      '≤ 1.10',
      million.loadEventMs.ours <= 1.1 * million.loadEventMs.floor,
    ],
    [
      'load event, a million nodes: ours / none (reported)',
      f(million.loadEventMs.ours / million.loadEventMs.plain, 2),
      '—',
      true,
    ],
    // The page's own first layout holds its timer for seconds in every browser, and any content script at
    // document_idle adds to that (the floor's added 1.0 s in one run, ours 0.9): like the load event, our work is
    // judged against the floor's. The trace-based limit on our hold-up of this timer is in tests/e2e/hostile.
    [
      "page's 50 ms timer, a million nodes: worst lateness, ours / floor",
      f(million.timerLateMs.ours / million.timerLateMs.floor, 2),
      '≤ 1.10',
      million.timerLateMs.ours <= 1.1 * million.timerLateMs.floor,
    ],
    [
      "page's 50 ms timer, a million nodes: worst lateness with us − without (ms, reported)",
      f(million.timerLateMs.ours - million.timerLateMs.plain, 0),
      '—',
      true,
    ],
    [
      'worst task while scrolling the long article (ms)',
      f(scroll.longestTaskMs.ours, 0),
      '< 50',
      scroll.longestTaskMs.ours < 50,
    ],
    ['added task time per screen, scrolling (ms, reported)', f(perScreen('ours') - perScreen('plain'), 2), '—', true],
    [
      'worst task with us, every page whose own tasks stay < 50 ms, every load (ms)',
      f(worstOurs, 0),
      '< 50',
      worstOurs < 50,
    ],
    ['mark.js / ours (long article)', f(mark.ms / long.busyMs, 0), '≥ 100', mark.ms / long.busyMs >= 100],
    ['heap added, long article (MB)', f(heapMb, 2), '< 10', heapMb < 10],
    ['page rewriting itself 50×/s: our ms per second', f(ticker), '≤ 150', ticker <= 150],
  ];
  console.log('| target | measured | goal | met |');
  console.log('|---|---|---|---|');
  for (const [what, value, goal, met] of checks)
    console.log(`| ${what} | ${value} | ${goal} | ${met ? 'yes' : 'NO'} |`);
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/last.json',
    JSON.stringify({ costs, scroll, mark, wink, heapMb, ticker, size, checks }, null, 2),
  );
}

await main();
