/**
 * The side panel's figures (issue 14), not wired into run.ts: `node --experimental-strip-types tests/bench/panel.ts`
 * after `npx wxt build --mode e2e`.
 *  1. Search per keystroke over every entry, in Node: each prefix of a few queries, repeated; median, p95, max.
 *  2. In headless Chromium with the e2e build: the panel opened on its glossary view until every entry is listed,
 *     and each keystroke typed into the search box until its results are in the DOM (search and render: what must
 *     fit in one 16.7 ms frame).
 *  3. "Not in the glossary" on a ~100 KB page: the language model's cold load, reading, the panel's UI thread with
 *     the worker and without it, the worker's memory (panel-candidates.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareIndex, type SearchRow, search } from '../../lib/study/search.ts';
import { filterEvents, layoutTimeline, timelineEvents } from '../../lib/study/timeline.ts';
import { E2E_EXTENSION_DIRS, launch } from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { measureCandidates } from './panel-candidates.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUERIES = ['nour soultan', 'Astanna', 'Абай', 'abai-verne', 'kazakhstan', 'zzz'];
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(3);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${s.at(-1)!.toFixed(3)} ms (${s.length} runs)`;
};

const rows = JSON.parse(readFileSync(`${ROOT}/public/glossary/search-index.json`, 'utf8')) as SearchRow[];
const index = prepareIndex(rows);
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      const t0 = performance.now();
      search(index, q.slice(0, n));
      times.push(performance.now() - t0);
    }
  }
}
console.log(`search, Node, ${rows.length} entries, per keystroke: ${stats(times)}`);

const bodies = Object.values(JSON.parse(readFileSync(`${ROOT}/public/glossary/entries.json`, 'utf8')));
const layoutTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  layoutTimeline(filterEvents(timelineEvents(bodies as never), {}), 8, 48);
  layoutTimes.push(performance.now() - t0);
}
console.log(`timeline model (all events, layout), Node: ${stats(layoutTimes)}`);

const browser = await launch('chromium', { extensionDir: E2E_EXTENSION_DIRS.chromium });
const server = await startServer();
try {
  const opens: number[] = [];
  const keys: number[] = [];
  for (let run = 0; run < 5; run++) {
    const panel = await browser.openExtensionPage('/sidepanel.html?view=glossary&lang=en', server.origin);
    let shown = 0;
    while (!shown) {
      shown = await panel.evaluate(
        (n: number) => (document.querySelectorAll('.result').length >= n ? performance.now() : 0),
        rows.length,
      );
    }
    opens.push(shown);
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        keys.push(
          await panel.evaluate(
            async (text: string) => {
              const input = document.querySelector('#glossary-search') as HTMLInputElement;
              const t0 = performance.now();
              input.value = text;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              // Preact renders in a microtask after the event: a task later, the results are in the DOM.
              await new Promise((r) => setTimeout(r, 0));
              return performance.now() - t0;
            },
            q.slice(0, n),
          ),
        );
      }
    }
    await panel.close();
  }
  // The timeline, every event at the default zoom, scrolled a screen per 30 frames: the interval between frames.
  const timeline = await browser.openExtensionPage('/sidepanel.html?view=timeline&lang=en', server.origin);
  await timeline.setViewport(420, 800);
  while (!(await timeline.evaluate(() => document.querySelectorAll('.event').length > 100))) await sleep(50);
  const frames = await timeline.evaluate(async () => {
    const intervals: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      window.scrollBy(0, 800 / 30);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  });
  console.log(`timeline scroll, Chromium, frame interval: ${stats(frames.slice(10))}`);
  console.log(`panel open to every entry listed, Chromium (from navigation start): ${stats(opens)}`);
  console.log(`keystroke to results in the DOM (search + render), Chromium: ${stats(keys)}`);
} finally {
  await browser.close();
  await server.close();
}

await measureCandidates();
