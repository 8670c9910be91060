/**
 * The side panel in real browsers, opened as an extension page beside a tab on the seed article: the page's terms
 * and sentences, reveal on click, search by transliteration, related navigation and back, the France lens of the
 * timeline, exports that parse back to what was shown, an invalid import that changes nothing, axe on each view.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { lexer, type Tokens } from 'marked';
import { expect, it } from 'vitest';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { seedFiles } from '../../scripts/browser/static-server.ts';
import { describeInBrowsers, waitFor } from './harness.ts';
import { captureDownloads, click, lastDownload, pickFile, reloadPanel, tabIdOf, typeInto } from './panel-support.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// The seed article when this machine has it (third-party text, read in place), else the French demo page.
const seeds = seedFiles();
const articlePath = seeds.length > 0 ? `/seed/${seeds[0]!.replace(/\.txt$/, '.html')}` : '/demo/fr.html';

async function axeViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(axeSource as never);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

const texts = (page: TestPage, selector: string) =>
  page.evaluate((s: string) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

describeInBrowsers('side panel', (suite) => {
  let article: TestPage;
  let panel: TestPage;

  it('lists the page’s terms by type with their sentences, and a click shows the sentence on the page', async () => {
    article = await suite().open(articlePath);
    panel = await suite().openExtensionPage('/sidepanel.html');
    await waitFor(panel, () => document.querySelector('[role="tab"]') !== null, 'the panel', 15_000);
    const tab = await tabIdOf(panel, articlePath);
    await reloadPanel(panel, `?tab=${tab}&lang=en`);
    await waitFor(panel, () => document.querySelectorAll('.term').length > 3, 'the page’s terms', 15_000);
    const ids = await panel.evaluate(() =>
      [...document.querySelectorAll('.term')].map((e) => e.getAttribute('data-entry')),
    );
    expect(ids).toContain('paris-nur-sultan-pact');
    expect(ids).toContain('astana');
    const sentences = await texts(panel, '.term[data-entry="astana"] .sentence');
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/^[«A-ZÀ-Ý0-9"“]/u);
    const marked = await texts(panel, '.term[data-entry="astana"] .sentence mark');
    expect(marked.every((m) => /Nur-Sultan|Astana|Nour-Soultan|Астана/.test(m))).toBe(true);

    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last =
      (await panel.evaluate(() => document.querySelectorAll('.term[data-entry="astana"] .sentence').length)) - 1;
    await click(panel, '.term[data-entry="astana"] .sentence');
    // The term is shown: scrolled into view, marked as the active term, its card open.
    await waitFor(
      article,
      () => (CSS.highlights.get('steppe-lens-active')?.size ?? 0) > 0,
      'the term marked on the page',
    );
    const shown = await article.evaluate(() => {
      const range = [...CSS.highlights.get('steppe-lens-active')!][0] as AbstractRange;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const r = live.getBoundingClientRect();
      return { text: live.toString(), inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(shown.text).toBe(marked[0]);
    expect(shown.inView).toBe(true);
    expect(last).toBeGreaterThanOrEqual(0);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('downloads the study sheet as Markdown, CSV and Anki that parse back to what the panel shows', async () => {
    await captureDownloads(panel);
    const shownTitles = await texts(panel, '.term .term-head button');
    const shownSentences = await texts(panel, '.term[data-entry="astana"] .sentence');

    await click(panel, '[data-export="csv"]');
    const rows = parse(await lastDownload(panel), { bom: true, columns: true }) as Record<string, string>[];
    expect([...new Set(rows.map((r) => r.title))].sort()).toEqual([...shownTitles].sort());
    expect(rows.filter((r) => r.entry_id === 'astana').map((r) => r.sentence)).toEqual(shownSentences);

    await click(panel, '[data-export="md"]');
    const tokens = lexer(await lastDownload(panel));
    const h2 = tokens
      .filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2)
      .map((h) => h.text.replace(/\\(.)/g, '$1'));
    expect([...h2].sort()).toEqual([...shownTitles].sort());
    const quotes = tokens
      .filter((t): t is Tokens.Blockquote => t.type === 'blockquote')
      .map((q) => q.text.replace(/\\(.)/g, '$1'));
    for (const s of shownSentences) expect(quotes).toContain(s);

    await click(panel, '[data-export="anki"]');
    const anki = (await lastDownload(panel)).trimEnd().split('\n');
    expect(anki.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:Front\tBack\tDeck\tTags',
      '#deck column:3',
      '#tags column:4',
    ]);
    expect(anki.length - 6).toBe(shownTitles.length);
  });

  it('finds an entry by a transliteration, navigates to a related entry and back', async () => {
    await click(panel, '#tab-glossary');
    await waitFor(panel, () => document.querySelector('#glossary-search') !== null, 'the search box');
    await typeInto(panel, '#glossary-search', 'nour soultan');
    await waitFor(panel, () => document.querySelector('.result[data-entry="astana"]') !== null, 'Astana found');
    await click(panel, '.result[data-entry="astana"]');
    await waitFor(panel, () => document.querySelector('article.entry[data-entry="astana"]') !== null, 'the entry view');
    const related = await panel.evaluate(() => document.querySelector('[data-related]')!.getAttribute('data-related')!);
    await click(panel, '[data-related]');
    await waitFor(
      panel,
      new Function(`return !!document.querySelector('article.entry[data-entry="${related}"]')`) as () => boolean,
      'the related entry',
    );
    await click(panel, '.history button');
    await waitFor(panel, () => document.querySelector('article.entry[data-entry="astana"]') !== null, 'back to Astana');
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('shows the Abai–Verne scholarship and the Paris–Nur-Sultan pact in the France lens, in date order', async () => {
    await click(panel, '#tab-timeline');
    await click(panel, '.lens');
    await waitFor(panel, () => document.querySelector('.lens')?.getAttribute('aria-pressed') === 'true', 'the lens');
    const events = await panel.evaluate(() =>
      [...document.querySelectorAll('.event')].map((e) => [
        e.getAttribute('data-entry')!,
        e.getAttribute('data-date')!,
      ]),
    );
    const ids = events.map(([id]) => id);
    expect(ids).toContain('abai-verne-scholarship');
    expect(ids.indexOf('abai-verne-scholarship')).toBeLessThan(ids.indexOf('paris-nur-sultan-pact'));
    const dates = events.map(([, d]) => d!);
    expect(dates).toEqual([...dates].sort());
    expect(await axeViolations(panel)).toEqual([]);
    await click(panel, '.event[data-entry="paris-nur-sultan-pact"]');
    await waitFor(
      panel,
      () => document.querySelector('article.entry[data-entry="paris-nur-sultan-pact"]') !== null,
      'the pact',
    );
  });

  it('refuses an import with one invalid entry whole, saying which entry and field failed', async () => {
    await click(panel, '#tab-own');
    await waitFor(panel, () => document.querySelector('input[name="import"]') !== null, 'the import');
    const valid = {
      id: 'baikonur-town',
      type: 'place',
      title: { en: 'Baikonur Town', fr: 'Ville de Baïkonour', de: 'Stadt Baikonur' },
      aliases: ['Baikonur Town'],
      summary: { en: 'A town.', fr: 'Une ville.', de: 'Eine Stadt.' },
      sources: [{ title: 'S', url: 'https://example.org/' }],
      reviewed: '2026-12-03',
    };
    const invalid = { ...valid, id: 'aral-town', sources: [{ title: 'S', url: 'http://example.org/' }] };
    await pickFile(panel, 'input[name="import"]', 'entries.json', JSON.stringify([valid, invalid]));
    await waitFor(
      panel,
      () => (document.querySelector('[role="alert"]')?.textContent ?? '').includes('aral-town'),
      'the error',
    );
    const alert = await panel.evaluate(() => document.querySelector('[role="alert"]')!.textContent!);
    expect(alert).toContain('sources[0].url');
    expect(alert).toContain('must be a well-formed https:// URL');
    expect(await panel.evaluate(() => document.querySelectorAll('.own-list li').length)).toBe(0);
    await click(panel, '.own-view .row button');
    await waitFor(panel, () => document.querySelector('.entry-form') !== null, 'the form');
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('follows the tab to its next page', async () => {
    await click(panel, '#tab-page');
    await article.goto(`${suite().server.origin}/demo/en.html`);
    await waitFor(
      panel,
      () => (document.querySelector('.view-title') ? document.querySelectorAll('.term').length > 0 : false),
      'terms',
    );
    await waitFor(
      panel,
      () => [...document.querySelectorAll('.sentence')].some((s) => s.getAttribute('lang') === 'en'),
      'the English page’s sentences',
      15_000,
    );
  });
});
