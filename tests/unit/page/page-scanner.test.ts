// @vitest-environment happy-dom
/**
 * The page scanner as in the every-page script: pages that name nothing never ask for the engine; pages that may
 * name a term wait for it once, then get every term, and text that changed while it waited is read from the page
 * again, not from the stale copy.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { createPrefilter } from '@/lib/match/prefilter.ts';
import { HIGHLIGHT_NAME, Highlighter } from '@/lib/page/highlighter.ts';
import { PageScanner } from '@/lib/page/page-scanner.ts';
import { entry } from '../support/entries.ts';
import { highlighted, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();
const data = compileMatcherData([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);

/** A scanner over `html`, whose engine loads when `release()` is called (or fails to, with `fail()`). */
function setUp(html: string, matcherData = data) {
  document.body.innerHTML = html;
  const matcher = createMatcher(matcherData);
  // The every-page script prefilters with the head's anchors alone.
  const headMayMatch = createPrefilter(matcherData.anchors);
  const mayMatch = vi.fn((text: string) => headMayMatch(text));
  let release = () => {};
  let fail = () => {};
  const arrived = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new Error('the extension was reloaded'));
  });
  let highlighter: Highlighter | undefined;
  const loadEngine = vi.fn(async () => {
    await arrived;
    highlighter = new Highlighter(matcher);
    return highlighter;
  });
  const now = () => Promise.resolve();
  const scanner = new PageScanner(document.body, {
    mayMatch,
    loadEngine,
    skip: () => false,
    schedule: { visible: now, background: now, paint: async () => true, settled: now },
  });
  return {
    scanner,
    loadEngine,
    mayMatch,
    release: () => release(),
    fail: () => fail(),
    terms: () => highlighted(registry.get(HIGHLIGHT_NAME)),
    dispose: () => {
      scanner.dispose();
      highlighter?.clear();
    },
  };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('PageScanner with an engine loaded on demand', () => {
  it('never asks for the engine on a page that names nothing', async () => {
    const { scanner, dispose, loadEngine, terms } = setUp('<p>Paris and Berlin.</p><p>Rome.</p>');
    await scanner.start();
    expect(scanner.stats.done).toBe(true);
    expect(scanner.stats.blocks).toBe(2);
    expect(loadEngine).not.toHaveBeenCalled();
    expect(terms()).toEqual([]);
    dispose();
  });

  it('asks once, highlights nothing until the engine arrives, then every term', async () => {
    const { scanner, dispose, loadEngine, release, terms } = setUp('<p>Astana</p><p>Paris</p><p>Almaty and Astana</p>');
    const started = scanner.start();
    await frame();
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(scanner.stats.done).toBe(false);
    expect(terms()).toEqual([]);
    release();
    await started;
    expect(scanner.stats.done).toBe(true);
    expect(terms()).toEqual(['Astana', 'Almaty', 'Astana']);
    dispose();
  });

  it('prefilters no block once the engine is on its way: its matcher filters what it is given', async () => {
    const { scanner, dispose, mayMatch, release, terms } = setUp('<p>Paris</p><p>Astana</p><p>Rome</p><p>Almaty</p>');
    const started = scanner.start();
    await frame();
    // Paris (ruled out) and Astana (sent for the engine); Rome and Almaty wait without a look.
    expect(mayMatch.mock.calls.map(([text]) => text)).toEqual(['Paris', 'Astana']);
    release();
    await started;
    expect(terms()).toEqual(['Astana', 'Almaty']);
    dispose();
  });

  it('finishes reading and leaves the page as it is when the engine cannot be had', async () => {
    const { scanner, dispose, fail, terms } = setUp('<p>Astana</p><p>Almaty</p>');
    const started = scanner.start();
    await frame();
    fail();
    await started;
    expect(scanner.stats.done).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<p>Astana again</p>');
    await frame();
    expect(terms()).toEqual([]);
    dispose();
  });

  it('reads text that changed while it waited from the page, not from its stale copy', async () => {
    const { scanner, dispose, release, terms } = setUp('<p id="p">Astana</p>');
    const started = scanner.start();
    await frame();
    document.getElementById('p')!.firstChild!.textContent = 'In Almaty';
    release();
    await started;
    expect(terms()).toEqual([]); // not "In Alm", where "Astana" was
    await frame(); // the MutationObserver's re-read
    expect(terms()).toEqual(['Almaty']);
    dispose();
  });
});

describe('PageScanner and surnames alone on screen', () => {
  const auezov = entry('auezov', ['Mukhtarbek Auezov'], {
    type: 'person',
    title: { en: 'Mukhtarbek Auezov', fr: 'Mukhtarbek Auezov', de: 'Mukhtarbek Auezov' },
  });
  const withSurnames = compileMatcherData([auezov, entry('almaty', ['Almaty'])], { discourse: true });
  const PAGE = '<p>Mukhtarbek Auezov wrote.</p><p>Paris.</p><p id="shown">Auezov, later.</p>';

  /**
   * The viewport shows only the block `id` (lib/page/on-screen.ts reads boxes): its box is on screen, every other
   * element's far below.
   */
  function showOnly(id: string): void {
    for (const el of document.body.querySelectorAll('*')) {
      const top = el.id === id ? 10 : 10_000;
      el.getBoundingClientRect = () =>
        ({ top, bottom: top + 20, left: 0, right: 500, width: 500, height: 20 }) as DOMRect;
    }
  }

  it('reads again, with the engine, a block on screen the every-page prefilter ruled out before it came', async () => {
    const { scanner, dispose, release, terms, mayMatch } = setUp(PAGE, withSurnames);
    showOnly('shown');
    release();
    await scanner.start();
    // The every-page head knows no anchor for "Auezov" alone: the viewport pass ruled the block out.
    expect(mayMatch.mock.calls[0]![0]).toBe('Auezov, later.');
    expect(terms()).toEqual(['Mukhtarbek Auezov', 'Auezov']);
    expect(scanner.stats.blocks).toBe(3);
    dispose();
  });

  it('does not ask the prefilter twice about a block on screen when the page names nothing', async () => {
    const { scanner, dispose, mayMatch, loadEngine } = setUp('<p>Paris.</p><p id="shown">Rome.</p>', withSurnames);
    showOnly('shown');
    await scanner.start();
    expect(mayMatch.mock.calls.map(([text]) => text)).toEqual(['Rome.', 'Paris.']);
    expect(loadEngine).not.toHaveBeenCalled();
    expect(scanner.stats.blocks).toBe(2);
    dispose();
  });
});
