/**
 * `npm run bench:matcher -- <source tree A> <source tree B> [loads]`: the matcher alone, from two source trees
 * (say a `git worktree` of the base commit and this one, each with its glossary built), bundled and run in fresh
 * headless Chromium pages: the matcher's load (parsing its data, loading the automaton), its first pass over the
 * long article, the demo article's text and the French page without terms (where the prefilter does all the work),
 * and a second pass. Builds are alternated and figures are medians.
 * Without the page, the extension and the DOM around it, a change to the matcher is measured with far less noise
 * than by `npm run bench:ab`; what the engine does on a page's first pass is what this shows.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, EXECUTABLES } from '../../scripts/browser/launch.ts';
import { bundleIife } from './bundle.ts';
import { benchPage } from './setup.ts';

const [treeA, treeB, loadsArg] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: matcher-ab.ts <source tree A> <source tree B> [loads]');
const LOADS = Number(loadsArg ?? 11);

interface Subject {
  name: string;
  code: string;
  data: string;
}

async function subject(name: string, tree: string): Promise<Subject> {
  const root = resolve(tree);
  // A fresh worktree has no generated WXT tsconfig, which its tsconfig.json extends.
  const generated = join(root, '.wxt/tsconfig.json');
  if (!existsSync(generated)) {
    mkdirSync(join(root, '.wxt'), { recursive: true });
    copyFileSync('.wxt/tsconfig.json', generated);
  }
  const code = await bundleIife(join(root, 'lib/match/matcher.ts'), 'M');
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const data = JSON.stringify({
    ...read('lib/generated/matcher-head.json'),
    ...read('public/glossary/matcher-body.json'),
  });
  return { name, code, data };
}

/** In a fresh page: parse the data and load the matcher, then two passes over the text's blocks (ms each). */
function run([data, text]: readonly [string, string]): number[] {
  const blocks = text.split('\n');
  const t0 = performance.now();
  const m = (
    window as unknown as { M: { createMatcher(d: unknown): { findMatches(s: string): unknown[] } } }
  ).M.createMatcher(JSON.parse(data));
  const t1 = performance.now();
  const pass = () => {
    const t = performance.now();
    for (const b of blocks) m.findMatches(b);
    return performance.now() - t;
  };
  return [t1 - t0, pass(), pass()];
}

const subjects = [await subject('A', treeA), await subject('B', treeB)];
const pages = ['long article', 'demo article', 'no term, French 100 KB'].map(benchPage);
const browser = await chromium.launch({ executablePath: EXECUTABLES.chromium, args: CHROMIUM_QUIET_FLAGS });
const results = new Map<string, number[][]>();
try {
  for (let k = 0; k < LOADS; k++) {
    for (const page of pages) {
      for (const s of k % 2 === 0 ? subjects : [...subjects].reverse()) {
        const tab = await browser.newPage();
        await tab.addScriptTag({ content: s.code });
        const key = `| ${page.name} | ${s.name} |`;
        results.set(key, [...(results.get(key) ?? []), await tab.evaluate(run, [s.data, page.text] as const)]);
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
console.log(`A = ${treeA}, B = ${treeB}; medians of ${LOADS} fresh pages each\n`);
console.log('| text | tree | load ms | first pass ms | second pass ms | every first pass |');
console.log('|---|---|---|---|---|---|');
for (const [key, runs] of results) {
  const at = (i: number) => median(runs.map((r) => r[i]!)).toFixed(1);
  console.log(`${key} ${at(0)} | ${at(1)} | ${at(2)} | ${runs.map((r) => r[1]!.toFixed(0)).join(', ')} |`);
}
