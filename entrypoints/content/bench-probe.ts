/**
 * Figures for `npm run bench`, in benchmark builds only (`wxt build --mode bench`): never in what ships. They live
 * on the content script's own global, in the extension's isolated world, which the page cannot see; the benchmark
 * reads them through the DevTools protocol.
 */
import type { PageScanner } from '@/lib/page/page-scanner.ts';

export function exposeBenchProbe(scanner: PageScanner, engineLoaded: () => boolean): void {
  (globalThis as Record<string, unknown>).steppeLensProbe = {
    stats: scanner.stats,
    /** Whether the page made the every-page script load the engine (matcher, highlighter, cards). */
    get engineLoaded() {
      return engineLoaded();
    },
  };
}
