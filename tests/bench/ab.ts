/**
 * `npm run bench:ab -- <built extension A> <built extension B> [loads]`: compares two builds of the extension (copies
 * of .output/chrome-mv3-bench, built by `npx wxt build --mode bench`) by the main-thread task time each adds to the
 * demo article, the long article and the no-term page, over the same page without an extension. Loads alternate in
 * rotating order between the three browsers (default 7 each); figures are medians. On a shared machine a single
 * load varies by ±30 ms: this is how a change to the hot path is judged before it lands (`npm run bench` then
 * measures the whole).
 */
import type { BrowserContext } from 'playwright-core';
import { startServer } from '../../scripts/browser/static-server.ts';
import { launch } from './cdp.ts';
import { benchPage } from './setup.ts';
import { type Load, loadOnce } from './task-cost.ts';

const [dirA, dirB, loadsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab.ts <extension dir A> <extension dir B> [loads]');
const LOADS = Number(loadsArg ?? 7);

const pages = ['demo article', 'long article', 'no term 100 KB'].map(benchPage);
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const server = await startServer(0, Object.fromEntries(pages.filter((p) => p.html).map((p) => [p.path, p.html])));
const browsers: [string, BrowserContext][] = [
  ['none', await launch()],
  ['A', await launch(dirA)],
  ['B', await launch(dirB)],
];
try {
  // The browser's first load of an extension is a one-off cost, not a page's.
  for (const [, context] of browsers) await (await context.newPage()).goto(`${server.origin}/demo/en.html`);
  console.log('| page | build | task ms added | our slices ms | every load: task ms |');
  console.log('|---|---|---|---|---|');
  for (const { name: page, path } of pages) {
    const loads = new Map<string, Load[]>(browsers.map(([name]) => [name, []]));
    for (let k = 0; k < LOADS; k++) {
      for (let i = 0; i < browsers.length; i++) {
        const [name, context] = browsers[(k + i) % browsers.length]!;
        loads.get(name)!.push(await loadOnce(context, server.origin + path, 1000, name !== 'none'));
      }
    }
    const none = median(loads.get('none')!.map((l) => l.taskMs));
    for (const name of ['A', 'B']) {
      const list = loads.get(name)!;
      const added = median(list.map((l) => l.taskMs)) - none;
      const busy = median(list.map((l) => l.busyMs ?? 0));
      console.log(
        `| ${page} | ${name} | ${added.toFixed(1)} | ${busy.toFixed(1)} | ${list.map((l) => l.taskMs.toFixed(0)).join(', ')} |`,
      );
    }
  }
} finally {
  await Promise.allSettled([...browsers.map(([, c]) => c.close()), server.close()]);
}
