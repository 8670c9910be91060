/**
 * wink-nlp custom entities in the browser: bundled once per run with Vite (an IIFE exposing `WinkBench`), injected
 * into a page without the extension, and timed there, so it pays what our content script pays: a fresh page's
 * cold engine. Its model load (~3.9 MB of script) is reported apart; learning the aliases and reading the page's
 * text are what a content script built on wink-nlp would do on every page.
 */
import type { Page } from 'playwright-core';
import { bundleIife } from './bundle.ts';

export interface WinkInPage {
  loadMs: number;
  learnMs: number;
  readMs: number;
  entities: number;
}

export function buildWinkBundle(): Promise<string> {
  return bundleIife('tests/bench/wink-entry.ts', 'WinkBench');
}

/** Loads the model, learns the aliases and reads the page's text (one TreeWalker pass, blocks joined by "\n"). */
export async function measureWinkInPage(page: Page, bundle: string, aliases: readonly string[]): Promise<WinkInPage> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate((list) => {
    type Nlp = unknown;
    const W = (
      window as unknown as {
        WinkBench: { load(): Nlp; learn(n: Nlp, a: readonly string[]): void; read(n: Nlp, t: string): number };
      }
    ).WinkBench;
    const t0 = performance.now();
    const nlp = W.load();
    const t1 = performance.now();
    W.learn(nlp, list);
    const t2 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
    const entities = W.read(nlp, texts.join('\n'));
    const t3 = performance.now();
    return { loadMs: t1 - t0, learnMs: t2 - t1, readMs: t3 - t2, entities };
  }, aliases);
}
