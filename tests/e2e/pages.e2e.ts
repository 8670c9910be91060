/**
 * Every form and every page structure, in real browsers. Fixture pages declare what they expect: each element with
 * `data-expect` lists the texts that must be highlighted inside it ("" = nothing).
 */
import { expect, it } from 'vitest';
import {
  highlightedTexts,
  pageExpectations,
  shadowRootsStyled,
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

  it('reads the blocks on screen before the rest of the page (viewport-first.html)', async () => {
    const page = await suite().open('/pages/viewport-first.html');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 300, 'all 300 terms');
    // A Highlight iterates in insertion order: the first terms registered are the first ones read.
    const firstRead = await page.evaluate(() =>
      [...CSS.highlights.get('steppe-lens')!]
        .slice(0, 5)
        .map((r) => Number((r as AbstractRange).startContainer.parentElement!.id.slice(1))),
    );
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('p')]
        .filter((p) => p.getBoundingClientRect().top < innerHeight && p.getBoundingClientRect().bottom > 0)
        .map((p) => Number(p.id.slice(1))),
    );
    expect(visible.length).toBeGreaterThan(5);
    for (const n of firstRead) expect(visible).toContain(n);
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
