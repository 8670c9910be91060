/**
 * Figures for `npm run bench`, in benchmark builds only (`wxt build --mode bench`): never in what ships. They live
 * on the content script's own global, in the extension's isolated world, which the page cannot see; the benchmark
 * reads them through the DevTools protocol.
 */
import type { Matcher } from '@/lib/match/matcher.ts';
import type { PageScanner } from '@/lib/page/page-scanner.ts';
import { termAtPoint } from '@/lib/page/term-at-point.ts';

export function exposeBenchProbe(scanner: PageScanner, matcher: Matcher, buildMs: number): void {
  (globalThis as Record<string, unknown>).steppeLensProbe = {
    stats: scanner.stats,
    /** Setting up the prefilter, at start (the automaton is loaded later, and only if a block may name a term). */
    buildMs,
    get matcherLoaded() {
      return matcher.loaded;
    },
    hitTest(points: [number, number][]): { ms: number; hits: number } {
      const t = performance.now();
      let hits = 0;
      for (const [x, y] of points) if (termAtPoint(scanner.highlighter.index, x, y)) hits++;
      return { ms: performance.now() - t, hits };
    },
  };
}
