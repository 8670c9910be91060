// @vitest-environment happy-dom
/**
 * The page scanner with a matcher that starts unloaded, as in the content script: pages that name nothing never ask
 * for the automaton; pages that may name a term wait for it once, then get every term, and text that changed while
 * it waited is read from the page again, not from the stale copy.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { createLazyMatcher } from '@/lib/match/matcher.ts';
import { HIGHLIGHT_NAME } from '@/lib/page/highlighter.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { entry } from '../support/entries.ts';
import { highlighted, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();
const data = compileMatcherData([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);

/** A scanner over `html`, whose matcher loads when `release()` is called (or fails to, with `fail()`). */
function setUp(html: string) {
  document.body.innerHTML = html;
  const matcher = createLazyMatcher(data);
  const mayMatch = vi.spyOn(matcher, 'mayMatch');
  let release = () => {};
  let fail = () => {};
  const arrived = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new Error('the extension was reloaded'));
  });
  const loadMatcher = vi.fn(async () => {
    await arrived;
    return JSON.stringify({ patterns: data.patterns, trie: data.trie });
  });
  const scanner = new PageScanner(document.body, {
    matcher,
    fetchMatcherBody: loadMatcher,
    skip: () => false,
    yieldFn: () => Promise.resolve(),
  });
  return {
    scanner,
    loadMatcher,
    mayMatch,
    release: () => release(),
    fail: () => fail(),
    terms: () => highlighted(registry.get(HIGHLIGHT_NAME)),
  };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('PageScanner with a matcher loaded on demand', () => {
  it('never asks for the automaton on a page that names nothing', async () => {
    const { scanner, loadMatcher, terms } = setUp('<p>Paris and Berlin.</p><p>Rome.</p>');
    await scanner.start();
    expect(scanner.stats.done).toBe(true);
    expect(scanner.stats.blocks).toBe(2);
    expect(loadMatcher).not.toHaveBeenCalled();
    expect(terms()).toEqual([]);
    scanner.dispose();
  });

  it('asks once, highlights nothing until the automaton arrives, then every term', async () => {
    const { scanner, loadMatcher, release, terms } = setUp('<p>Astana</p><p>Paris</p><p>Almaty and Astana</p>');
    const started = scanner.start();
    await frame();
    expect(loadMatcher).toHaveBeenCalledTimes(1);
    expect(scanner.stats.done).toBe(false);
    expect(terms()).toEqual([]);
    release();
    await started;
    expect(scanner.stats.done).toBe(true);
    expect(terms()).toEqual(['Astana', 'Almaty', 'Astana']);
    scanner.dispose();
  });

  it('prefilters no block once the automaton is on its way: the matcher filters what it is given', async () => {
    const { scanner, mayMatch, release, terms } = setUp('<p>Paris</p><p>Astana</p><p>Rome</p><p>Almaty</p>');
    const started = scanner.start();
    await frame();
    // Paris (ruled out) and Astana (sent for the automaton); Rome and Almaty wait without a look.
    expect(mayMatch.mock.calls.map(([text]) => text)).toEqual(['Paris', 'Astana']);
    release();
    await started;
    expect(terms()).toEqual(['Astana', 'Almaty']);
    scanner.dispose();
  });

  it('finishes reading and leaves the page as it is when the automaton cannot be had', async () => {
    const { scanner, fail, terms } = setUp('<p>Astana</p><p>Almaty</p>');
    const started = scanner.start();
    await frame();
    fail();
    await started;
    expect(scanner.stats.done).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<p>Astana again</p>');
    await frame();
    expect(terms()).toEqual([]);
    scanner.dispose();
  });

  it('reads text that changed while it waited from the page, not from its stale copy', async () => {
    const { scanner, release, terms } = setUp('<p id="p">Astana</p>');
    const started = scanner.start();
    await frame();
    document.getElementById('p')!.firstChild!.textContent = 'In Almaty';
    release();
    await started;
    expect(terms()).toEqual([]); // not "In Alm", where "Astana" was
    await frame(); // the MutationObserver's re-read
    expect(terms()).toEqual(['Almaty']);
    scanner.dispose();
  });
});
