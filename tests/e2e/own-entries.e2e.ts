/**
 * The reader's own entries are matched on pages beside the bundled ones: an entry added in the side panel is
 * highlighted on an open page without a reload, and its card opens from it.
 */
import { expect, it } from 'vitest';
import { termBox } from '../../scripts/browser/in-page.ts';
import { describeInBrowsers, waitFor } from './harness.ts';
import { click } from './panel-support.ts';

const H = 'steppe-lens';

describeInBrowsers('own entries on pages', (suite) => {
  it('highlights an own entry added in the panel on an open page, without a reload, and opens its card', async () => {
    const page = await suite().open('/pages/own-entry.html');
    const texts = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('steppe-lens') ?? [])].map((r) => {
          const range = r as AbstractRange;
          return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
        }),
      );
    expect(await texts()).toEqual(['Astana']);

    const panel = await suite().openExtensionPage('/sidepanel.html?view=own&lang=en');
    await waitFor(panel, () => document.querySelector('.own-view') !== null, 'the own entries view', 15_000);
    await click(panel, '.own-view .row button');
    await waitFor(panel, () => document.querySelector('.entry-form') !== null, 'the form');
    await panel.evaluate(() => {
      const fields: Record<string, string> = {
        id: 'qarabulak-oasis',
        'title-en': 'Qarabulak oasis',
        'title-fr': 'Oasis de Qarabulak',
        'title-de': 'Oase Qarabulak',
        'summary-en': 'An oasis the reader wrote about.',
        'summary-fr': 'Une oasis décrite par le lecteur.',
        'summary-de': 'Eine vom Leser beschriebene Oase.',
        aliases: 'Qarabulak',
        sources: 'Notes | https://example.org/qarabulak',
      };
      for (const [name, value] of Object.entries(fields)) {
        const el = document.querySelector(`.entry-form [name="${name}"]`) as HTMLInputElement;
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await click(panel, '.entry-form [name="country-kz"]');
    await click(panel, '.entry-form button[type="submit"]');
    await waitFor(panel, () => document.querySelector('.own-list li[data-entry="qarabulak-oasis"]') !== null, 'saved');

    await page.bringToFront();
    await waitFor(
      page,
      () =>
        [...(CSS.highlights.get('steppe-lens') ?? [])].some((r) => {
          const range = r as AbstractRange;
          return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset) === 'Qarabulak';
        }),
      'Qarabulak highlighted',
    );
    expect((await texts()).sort()).toEqual(['Astana', 'Qarabulak']);
    const box = await page.evaluate(termBox, { name: H, text: 'Qarabulak', nth: 0 });
    await page.mouseMove(box!.x, box!.y);
    await waitFor(
      page,
      () =>
        (
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? ''
        ).startsWith('Qarabulak oasis'),
      'the own entry’s card',
    );
  });
});
