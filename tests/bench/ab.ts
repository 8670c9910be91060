/**
 * `npm run bench:ab -- <built extension A> <built extension B> [loads]`: compares two builds of the extension (copies
 * of .output/chrome-mv3-bench, built by `npx wxt build --mode bench`) on the demo article, the long article and the no-term page.
 * Each page is loaded `loads` times (default 7) in each build, alternating which goes first, and the content
 * script's own figures are printed as medians. On a shared machine a single cold load varies by 2× or more; this is
 * how a change to the hot path is judged before it lands (`npm run bench` then measures the whole).
 */
import type { BrowserContext } from 'playwright-core';
import { startServer } from '../../scripts/browser/static-server.ts';
import { evalIsolated, launch, open } from './cdp.ts';
import { benchPage } from './setup.ts';

const [dirA, dirB, loadsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab.ts <extension dir A> <extension dir B> [loads]');
const LOADS = Number(loadsArg ?? 7);

const pages = ['demo article', 'long article', 'no term 100 KB'].map(benchPage);

interface Figures {
  busyMs: number;
  buildMs: number;
  longestSliceMs: number;
}

async function load(context: BrowserContext, url: string): Promise<Figures> {
  const s = await open(context, url);
  const deadline = Date.now() + 120_000;
  while (!(await evalIsolated<boolean>(s, 'globalThis.steppeLensProbe?.stats.done === true').catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${url}: the content script did not finish`);
    await s.page.waitForTimeout(30);
  }
  const figures = await evalIsolated<Figures>(
    s,
    '({ ...globalThis.steppeLensProbe.stats, buildMs: globalThis.steppeLensProbe.buildMs })',
  );
  await s.page.close();
  return figures;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const server = await startServer(0, Object.fromEntries(pages.filter((p) => p.html).map((p) => [p.path, p.html])));
const builds: [string, BrowserContext][] = [
  ['A', await launch(dirA)],
  ['B', await launch(dirB)],
];
try {
  // The browser's first load of an extension is a one-off cost, not a page's.
  for (const [, context] of builds) await (await context.newPage()).goto(`${server.origin}/demo/en.html`);
  const results = new Map<string, Figures[]>();
  for (let k = 0; k < LOADS; k++) {
    for (const { name: page, path } of pages) {
      for (const [name, context] of k % 2 === 0 ? builds : [...builds].reverse()) {
        const key = `${page} ${name}`;
        results.set(key, [...(results.get(key) ?? []), await load(context, server.origin + path)]);
      }
    }
  }
  console.log(`| page | build | read+match ms | start-up ms | longest slice ms | every read+match |`);
  console.log('|---|---|---|---|---|---|');
  for (const [key, list] of results) {
    const [page, name] = [key.slice(0, -2), key.slice(-1)];
    const of = (f: keyof Figures) => median(list.map((x) => x[f])).toFixed(1);
    const all = list.map((x) => x.busyMs.toFixed(0)).join(', ');
    console.log(`| ${page} | ${name} | ${of('busyMs')} | ${of('buildMs')} | ${of('longestSliceMs')} | ${all} |`);
  }
} finally {
  await Promise.allSettled([...builds.map(([, c]) => c.close()), server.close()]);
}
