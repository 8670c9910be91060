/**
 * `npm run bench:ab -- <built extension A> <built extension B> [loads]`: compares two builds of the extension (copies
 * of .output/chrome-mv3) on the demo article, the long article and the no-term page.
 * Each page is loaded `loads` times (default 7) in each build, alternating which goes first, and the content
 * script's own figures are printed as medians. On a shared machine a single cold load varies by 2× or more; this is
 * how a change to the hot path is judged before it lands (`npm run bench` then measures the whole).
 */
import { readFileSync } from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';
import { aliasForms } from '../../lib/glossary/aliases.ts';
import { createMatcher } from '../../lib/match/matcher.ts';
import type { MatcherData } from '../../lib/match/types.ts';
import { readGlossary } from '../../scripts/glossary-files.ts';
import { CHROMIUM_QUIET_FLAGS, EXECUTABLES } from '../e2e/browsers.ts';
import { startServer } from '../e2e/server.ts';
import { evalIsolated, open } from './cdp.ts';
import { makePage } from './pages.ts';

const [dirA, dirB, loadsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab.ts <extension dir A> <extension dir B> [loads]');
const LOADS = Number(loadsArg ?? 7);

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const data: MatcherData = {
  ...readJson('lib/generated/matcher-head.json'),
  ...readJson('public/glossary/matcher-body.json'),
};
const entries = readGlossary('glossary/entries').loaded.map((l) => l.entry);
const terms = [
  ...new Set(
    entries.flatMap((e) =>
      aliasForms(e)
        .filter((f) => !f.caseSensitive && !f.context)
        .map((f) => f.text),
    ),
  ),
];
const matcher = createMatcher(data);
const long = makePage('long article', { chars: 200_000, gap: 90, terms, matcher, seed: 1 });
const none = makePage('no term 100 KB', { chars: 100_000, gap: Number.POSITIVE_INFINITY, terms: [], matcher, seed: 3 });
const pages: [string, string][] = [
  ['demo article', '/demo/fr.html'],
  [long.name, long.path],
  [none.name, none.path],
];

function launch(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...CHROMIUM_QUIET_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
}

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

const server = await startServer(0, { [long.path]: long.html, [none.path]: none.html });
const builds: [string, BrowserContext][] = [
  ['A', await launch(dirA)],
  ['B', await launch(dirB)],
];
try {
  // The browser's first load of an extension is a one-off cost, not a page's.
  for (const [, context] of builds) await (await context.newPage()).goto(`${server.origin}/demo/en.html`);
  const results = new Map<string, Figures[]>();
  for (let k = 0; k < LOADS; k++) {
    for (const [page, path] of pages) {
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
