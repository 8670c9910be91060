/**
 * Every form and every page structure, in real browsers. Fixture pages declare what they expect: each element with
 * `data-expect` lists the texts that must be highlighted inside it ("" = nothing).
 */
import { expect, it } from 'vitest';
import {
  highlightedTexts,
  pageExpectations,
  shadowRootsStyled,
  termBox,
  termsInTextWith,
} from '../../scripts/browser/in-page.ts';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { describeInBrowsers, waitFor } from './harness.ts';

const H = 'steppe-lens';

/** Waits until text containing `needle` has highlighted terms (or has none). */
async function termsWith(page: TestPage, needle: string, present: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await page.evaluate(termsInTextWith, needle)) > 0 !== present) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for "${needle}" to be ${present ? '' : 'un'}highlighted`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeInBrowsers('pages', (suite) => {
  it('finds every form a page writes (forms.html)', async () => {
    const page = await suite().open('/pages/forms.html');
    const results = await page.evaluate(pageExpectations, H);
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) expect(r.actual, r.where).toEqual(r.expected);
  });

  it('reads every structure: inline splits, blocks, skipped regions, SVG, shadow roots, frames (structure.html)', async () => {
    const page = await suite().open('/pages/structure.html');
    await waitFor(
      page,
      () => {
        const frame = document.querySelector('iframe')?.contentWindow as (Window & typeof globalThis) | null;
        return (frame?.CSS.highlights.get('steppe-lens')?.size ?? 0) > 0;
      },
      'the frame to be highlighted',
    );
    const results = await page.evaluate(pageExpectations, H);
    expect(results.some((r) => r.where.includes('shadow'))).toBe(true);
    expect(results.some((r) => r.where.includes('iframe'))).toBe(true);
    for (const r of results) expect(r.actual, r.where).toEqual(r.expected);
    expect(await page.evaluate(shadowRootsStyled)).toEqual([true]);
  });

  it('paints only the terms near the viewport, then the rest as the reader scrolls (viewport-first.html)', async () => {
    const page = await suite().open('/pages/viewport-first.html');
    const painted = () =>
      page.evaluate(() =>
        [...CSS.highlights.get('steppe-lens')!].map((r) =>
          Number((r as AbstractRange).startContainer.parentElement!.id.slice(1)),
        ),
      );
    const onScreen = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('p')]
          .filter((p) => p.getBoundingClientRect().top < innerHeight && p.getBoundingClientRect().bottom > 0)
          .map((p) => Number(p.id.slice(1))),
      );
    const visible = await onScreen();
    expect(visible.length).toBeGreaterThan(5);
    await waitFor(
      page,
      () => [...document.querySelectorAll('p')].filter((p) => p.getBoundingClientRect().bottom > 0).length > 0,
      'layout',
    );
    // Every paragraph on screen is painted; the far end of the page (p1, at the bottom) is not, yet.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const first = await painted();
    for (const n of visible) expect(first).toContain(n);
    expect(first).not.toContain(1);
    expect(first.length).toBeLessThan(300);
    // Scrolled to the bottom, p1's term is painted.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitFor(
      page,
      () =>
        [...CSS.highlights.get('steppe-lens')!].some(
          (r) => (r as AbstractRange).startContainer.parentElement!.id === 'p1',
        ),
      'p1 painted after scrolling',
    );
  });

  it('reaches a term far off screen from the keyboard, making its range on demand (viewport-first.html)', async () => {
    const page = await suite().open('/pages/viewport-first.html');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    // The first term in document order is p1's, at the bottom of the reversed column, far from the viewport.
    await page.press('Alt+Shift+ArrowRight');
    await waitFor(
      page,
      () => {
        const active = [...(CSS.highlights.get('steppe-lens-active') ?? [])] as AbstractRange[];
        const p = document.getElementById('p1')!.getBoundingClientRect();
        return active[0]?.startContainer.parentElement?.id === 'p1' && p.top < innerHeight && p.bottom > 0;
      },
      'p1 active and on screen',
    );
  });

  it('reads a page that rewrote itself with document.open() and document.write() (hostile/rewrite.html)', async () => {
    const page = await suite().open('/hostile/rewrite.html');
    await page.evaluate(() => (window as unknown as { rewrite: () => void }).rewrite());
    await waitFor(
      page,
      () =>
        [...(CSS.highlights.get('steppe-lens') ?? [])].some(
          (r) => (r as AbstractRange).startContainer.parentElement?.id === 'after',
        ),
      'the rewritten text highlighted',
    );
    const box = await page.evaluate(termBox, { name: H, text: 'Astana', nth: 0 });
    expect(box).not.toBeNull();
    await page.mouseMove(box!.x, box!.y);
    await waitFor(
      page,
      () =>
        !![...document.documentElement.children]
          .find((el) => el.shadowRoot?.querySelector('.card'))
          ?.shadowRoot?.querySelector('.summary'),
      'the card after the rewrite',
    );
  });

  it('follows a dynamic page: added, changed and removed text, and SPA navigation', async () => {
    const page = await suite().open('/pages/structure.html');
    const texts = () => page.evaluate(highlightedTexts, H);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Later, Tokayev spoke in Almaty.';
      document.body.append(p);
    });
    await termsWith(page, 'Tokayev spoke', true);
    expect(await texts()).toEqual(expect.arrayContaining(['Tokayev', 'Almaty']));

    await page.evaluate(() => {
      document.getElementById('added')!.firstChild!.textContent = 'Later, somebody spoke in Paris.';
    });
    await termsWith(page, 'spoke', false);
    expect(await texts()).not.toContain('Tokayev');

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'gone';
      p.textContent = 'Khujand and Osh.';
      document.body.append(p);
    });
    await termsWith(page, 'Khujand and Osh.', true);
    await page.evaluate(() => document.getElementById('gone')!.remove());
    await termsWith(page, 'Khujand and Osh.', false);

    await page.evaluate(() => {
      history.pushState({}, '', '/pages/structure.html?view=2');
      document.body.replaceChildren(
        Object.assign(document.createElement('main'), { textContent: 'A new view about Turkmenistan.' }),
      );
    });
    await termsWith(page, 'Turkmenistan', true);
    const after = await texts();
    expect(after).toEqual(['Turkmenistan']);
  });

  it('keeps highlights right on a page that rewrites its text 50 times a second', async () => {
    const page = await suite().open('/pages/structure.html');
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const p = document.createElement('p');
          p.id = 'ticker';
          document.body.append(p);
          const names = ['Astana', 'Bishkek', 'Dushanbe', 'Tashkent', 'Ashgabat'];
          let n = 0;
          const timer = setInterval(() => {
            p.textContent = `Now: ${names[n % names.length]} (${n})`;
            if (++n === 100) {
              clearInterval(timer);
              done();
            }
          }, 20);
        }),
    );
    await waitFor(
      page,
      () => {
        const ticker = document.getElementById('ticker')!;
        const inTicker = [...(CSS.highlights.get('steppe-lens') ?? [])].filter((r) =>
          ticker.contains((r as AbstractRange).startContainer),
        );
        return inTicker.length === 1;
      },
      'the ticker to settle',
      5000,
    );
    const tickerTexts = await page.evaluate(() => {
      const ticker = document.getElementById('ticker')!;
      return [...(CSS.highlights.get('steppe-lens') ?? [])]
        .filter((r) => ticker.contains((r as AbstractRange).startContainer))
        .map((r) => {
          const range = document.createRange();
          range.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
          range.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
          return range.toString();
        });
    });
    // The 100th rewrite (n = 99) shows names[99 % 5] = Ashgabat.
    expect(tickerTexts).toEqual(['Ashgabat']);
  });
});
