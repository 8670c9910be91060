// @vitest-environment happy-dom
/**
 * The page reader with a matcher that starts unloaded, as in the content script: pages that name nothing never ask
 * for the automaton; pages that may name a term wait for it once, then get every term, and text that changed while
 * it waited is read from the page again, not from the stale copy.
 */
import { describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAME } from '@/lib/dom/highlighter.ts';
import { PageReader } from '@/lib/dom/page-reader.ts';
import { compileMatcherData } from '@/lib/glossary/compile.ts';
import { createLazyMatcher } from '@/lib/match/matcher.ts';
import { entry } from '../support/entries.ts';
import { highlighted, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();
const data = compileMatcherData([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);

/** A reader over `html`, whose matcher loads when `release()` is called. */
function setUp(html: string) {
  document.body.innerHTML = html;
  const matcher = createLazyMatcher(data);
  let release = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  const loadMatcher = vi.fn(async () => {
    await arrived;
    return JSON.stringify({ patterns: data.patterns, trie: data.trie });
  });
  const reader = new PageReader(document.body, {
    matcher,
    fetchMatcherBody: loadMatcher,
    skip: () => false,
    yieldFn: () => Promise.resolve(),
  });
  return { reader, loadMatcher, release: () => release(), terms: () => highlighted(registry.get(HIGHLIGHT_NAME)) };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('PageReader with a matcher loaded on demand', () => {
  it('never asks for the automaton on a page that names nothing', async () => {
    const { reader, loadMatcher, terms } = setUp('<p>Paris and Berlin.</p><p>Rome.</p>');
    await reader.start();
    expect(reader.stats.done).toBe(true);
    expect(reader.stats.blocks).toBe(2);
    expect(loadMatcher).not.toHaveBeenCalled();
    expect(terms()).toEqual([]);
    reader.dispose();
  });

  it('asks once, highlights nothing until the automaton arrives, then every term', async () => {
    const { reader, loadMatcher, release, terms } = setUp('<p>Astana</p><p>Paris</p><p>Almaty and Astana</p>');
    const started = reader.start();
    await frame();
    expect(loadMatcher).toHaveBeenCalledTimes(1);
    expect(reader.stats.done).toBe(false);
    expect(terms()).toEqual([]);
    release();
    await started;
    expect(reader.stats.done).toBe(true);
    expect(terms()).toEqual(['Astana', 'Almaty', 'Astana']);
    reader.dispose();
  });

  it('reads text that changed while it waited from the page, not from its stale copy', async () => {
    const { reader, release, terms } = setUp('<p id="p">Astana</p>');
    const started = reader.start();
    await frame();
    document.getElementById('p')!.firstChild!.textContent = 'In Almaty';
    release();
    await started;
    expect(terms()).toEqual([]); // not "In Alm", where "Astana" was
    await frame(); // the MutationObserver's re-read
    expect(terms()).toEqual(['Almaty']);
    reader.dispose();
  });
});
