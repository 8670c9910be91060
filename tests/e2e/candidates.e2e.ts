/**
 * The side panel's "Not in the glossary" in real browsers: the names a page mentions that the glossary lacks, found
 * by wink-nlp in the panel's worker (started on the reader's question, not on opening), with their counts and
 * sentences, never the glossary's terms and never highlighted on the page; on a page where the engine never loaded
 * too; "Add as my entry" opens the own-entry form prefilled; axe finds nothing in the new section.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { describeInBrowsers, waitFor } from './harness.ts';
import { click, reloadPanel, tabIdOf } from './panel-support.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: TestPage, selector: string): Promise<string[]> {
  await page.evaluate(axeSource as never);
  return page.evaluate(async (s: string) => {
    const axe = (
      window as unknown as {
        axe: { run(context: string): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(s);
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

/** The panel beside the tab showing `path`, in English. */
async function panelFor(suite: () => { openExtensionPage(p: string): Promise<TestPage> }, path: string) {
  const panel = await suite().openExtensionPage('/sidepanel.html');
  await waitFor(panel, () => document.querySelector('[role="tab"]') !== null, 'the panel', 15_000);
  await reloadPanel(panel, `?tab=${await tabIdOf(panel, path)}&lang=en`);
  await waitFor(panel, () => document.querySelector('.find-candidates') !== null, 'the section', 15_000);
  return panel;
}

/** Every candidate listed: its name and its count. */
const listed = (panel: TestPage) =>
  panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.candidate')].map((c) => [
      c.dataset.candidate ?? '',
      c.querySelector('.badge')?.textContent ?? '',
    ]),
  );

/** The text of every range in every highlight on the page (whatever its name). */
const highlighted = (page: TestPage) =>
  page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((h) =>
      [...h].map((r) => {
        const range = r as AbstractRange;
        return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
      }),
    ),
  );

/**
 * Counts the workers the panel starts from now on. The panel starts its discovery worker once and keeps it: one
 * started by the reader's first question proves none was running before it.
 */
const countWorkers = (panel: TestPage) =>
  panel.evaluate(() => {
    const w = window as unknown as { Worker: typeof Worker; __workers: number };
    const Original = w.Worker;
    w.__workers = 0;
    w.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        w.__workers++;
      }
    };
  });
const workersStarted = (panel: TestPage) =>
  panel.evaluate(() => (window as unknown as { __workers: number }).__workers);

describeInBrowsers('side panel: not in the glossary', (suite) => {
  it('lists the unlisted names with counts and sentences, never the glossary’s terms, and highlights none', async () => {
    const article = await suite().open('/pages/unlisted.html');
    const before = await highlighted(article);
    expect(before.sort()).toEqual(['Astana', 'Kazakhstan', 'Shymkent', 'Uzbekistan']);
    const panel = await panelFor(suite, '/pages/unlisted.html');
    await waitFor(panel, () => document.querySelectorAll('.term').length === 4, 'the page’s terms', 15_000);
    // Opening the panel loads no language model: only the reader's question does.
    await countWorkers(panel);
    await click(panel, '.find-candidates');
    await waitFor(panel, () => document.querySelectorAll('.candidate').length > 0, 'the candidates', 30_000);
    expect(await listed(panel)).toEqual([
      ['Bakytzhan Tursunbekov', '1×'],
      ['Saryagash', '3×'],
    ]);
    expect(await workersStarted(panel)).toBe(1);
    const cost = await panel.evaluate(() => document.querySelector('.candidates .cost')?.textContent ?? '');
    expect(cost).toMatch(/characters read in \d+ ms; the language model loaded in \d+ ms\.$/);

    // The sentences open on demand, with the name marked as no term is.
    await click(panel, '.candidate[data-candidate="Saryagash"] summary');
    const sentences = await panel.evaluate(() =>
      [...document.querySelectorAll('.candidate[data-candidate="Saryagash"] .candidate-sentences li')].map((li) => [
        li.textContent,
        li.querySelector('mark.unlisted')?.textContent,
      ]),
    );
    expect(sentences).toEqual([
      ['The town of Saryagash lies south of Shymkent, near the border between Kazakhstan and Uzbekistan.', 'Saryagash'],
      ['Visitors come to Saryagash for its mineral water, bottled there since the 1960s.', 'Saryagash'],
      ['The district governor, Bakytzhan Tursunbekov, opened a new sanatorium in Saryagash last spring.', 'Saryagash'],
    ]);
    expect(await axeViolations(panel, '.candidates')).toEqual([]);

    // Nothing on the page changed for them: the same highlights, the glossary's terms only.
    expect((await highlighted(article)).sort()).toEqual(before.sort());
  });

  it('works on a page where the engine never loaded, and “Add as my entry” opens the form prefilled', async () => {
    const page = await suite().open('/pages/unlisted-only.html', false);
    const panel = await panelFor(suite, '/pages/unlisted-only.html');
    await waitFor(panel, () => document.querySelector('.empty') !== null, 'no terms');
    await click(panel, '.find-candidates');
    await waitFor(panel, () => document.querySelectorAll('.candidate').length > 0, 'the candidates', 30_000);
    expect(await listed(panel)).toEqual([
      ['Nurlanbek Ospanuly', '1×'],
      ['Saryagash', '2×'],
    ]);
    // The engine registers its highlights when it starts: none here, before or after the panel read the page.
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    await click(panel, '.candidate[data-candidate="Saryagash"] .add-entry');
    await waitFor(panel, () => document.querySelector('.entry-form') !== null, 'the form');
    const form = await panel.evaluate(() => ({
      view: document.querySelector('[aria-selected="true"]')?.id,
      focused: (document.activeElement as HTMLInputElement | null)?.name,
      fields: Object.fromEntries(
        ['id', 'title-en', 'title-fr', 'title-de', 'aliases', 'note'].map((n) => [
          n,
          (document.querySelector(`.entry-form [name="${n}"]`) as HTMLInputElement).value,
        ]),
      ),
    }));
    expect(form).toEqual({
      view: 'tab-own',
      focused: 'id',
      fields: {
        id: 'saryagash',
        'title-en': 'Saryagash',
        'title-fr': 'Saryagash',
        'title-de': 'Saryagash',
        aliases: 'Saryagash',
        note: 'Saryagash est une ville thermale du sud, connue pour ses eaux minérales.',
      },
    });
    expect(await axeViolations(panel, '.own-view')).toEqual([]);
  });
});
