/**
 * The reader's path in real browsers: the demo and seed pages highlighted exactly, cards on hover and keyboard,
 * a strict-CSP page still styled, and the page's DOM left as it was.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { type Box, cardInfo, foreignNodes, highlightedTexts, termBox } from '../../scripts/browser/in-page.ts';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { seedFiles } from '../../scripts/browser/static-server.ts';
import { describeInBrowsers, settled, sleep, waitFor } from './harness.ts';

const H = 'steppe-lens';

/**
 * Pixels inside a box that have the highlight's background: rgb(255 214 102 / 38%) over the white page is about
 * rgb(255, 239, 197).
 */
function highlightPixels(pngPath: string, box: Box): number {
  const png = PNG.sync.read(readFileSync(pngPath));
  let count = 0;
  for (let y = Math.ceil(box.top); y < Math.floor(box.bottom); y++) {
    for (let x = Math.ceil(box.left); x < Math.floor(box.right); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r > 245 && Math.abs(g - 239) < 10 && Math.abs(b - 197) < 14) count++;
    }
  }
  return count;
}

/** Every Central Asia term of the French demo page, as written there. */
const DEMO_FR_TERMS = [
  'Abai Qunanbaiuly',
  'Abaï',
  'Asie centrale',
  'Astana',
  'Bichkek',
  'Kazakhstan',
  'Khabar24',
  'Kyzylorda',
  'Novastan',
  'Nur-Sultan',
  'Tachkent',
  'The Astana Times',
  'accord d’amitié',
  'bourse Abaï-Verne',
  'franco-kazakhe',
  'kazakh',
  'kazakhe',
  'pacte de coopération',
  'peine de mort',
  'Астана',
];

/** Every Central Asia term of the seed article (a French news piece), as written there. */
const SEED_TERMS = [
  'Abaï',
  'Abaï-Verne',
  'Asie centrale',
  'Bichkek',
  'Jean Galiev',
  'Kazakhstan',
  'Khabar24',
  'Kyzylorda',
  'Novastan',
  'Nur-Sultan',
  'Tachkent',
  'The Astana Times',
  'abolition de la peine de mort',
  'accord d’amitié',
  'kazakh',
  'kazakhe',
  'pacte de coopération',
  'peine de mort',
  'relations franco-kazakhes',
];

const NEVER = ['Paris', 'Strasbourg', 'Nogent-sur-Marne', 'de Gaulle', 'deGaulle', 'Europe', 'France'];

function distinct(texts: string[]): string[] {
  return [...new Set(texts)].sort((a, b) => a.localeCompare(b));
}

async function hover(page: TestPage, text: string, nth = 0) {
  await page.mouseMove(5, 5);
  await sleep(400);
  const box = await page.evaluate(termBox, { name: H, text, nth });
  expect(box, `a highlighted "${text}"`).not.toBeNull();
  await page.mouseMove(box!.x, box!.y);
  await waitFor(
    page,
    () =>
      (
        [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot
          ?.textContent ?? ''
      ).length > 40 &&
      ![...document.documentElement.children]
        .find((el) => el.shadowRoot?.querySelector('.card'))!
        .shadowRoot!.textContent!.includes('…'),
    `card for ${text}`,
  );
  return { box: box!, card: (await page.evaluate(cardInfo))! };
}

describeInBrowsers('reader', (suite) => {
  it('highlights every Central Asia term of the French demo page, and nothing else', async () => {
    const page = await suite().open('/demo/fr.html');
    const texts = await settled(() => page.evaluate(highlightedTexts, H));
    expect(distinct(texts)).toEqual(distinct(DEMO_FR_TERMS));
    for (const word of NEVER) expect(texts).not.toContain(word);
  });

  it('leaves the page DOM untouched (no wrapper elements, no attributes)', async () => {
    const page = await suite().open('/demo/fr.html');
    expect(await page.evaluate(foreignNodes)).toEqual([]);
  });

  it('opens a card on hover that tells the renamings of Astana', async () => {
    const page = await suite().open('/demo/fr.html');
    const { box, card } = await hover(page, 'Nur-Sultan');
    expect(card.role).toBe('dialog');
    expect(card.labelText).toMatch(/Astana/);
    expect(card.text).toMatch(/2019/);
    expect(card.text).toMatch(/2022/);
    expect(card.text).toMatch(/rebaptisée Nur-Sultan|Nur-Sultan en/);
    // The card does not cover the term and stays in the viewport.
    const overlaps =
      card.box.left < box.right && card.box.right > box.left && card.box.top < box.bottom && card.box.bottom > box.top;
    expect(overlaps).toBe(false);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
  });

  it('opens a related entry in the card, goes back, and keeps a pinned card open', async () => {
    const page = await suite().open('/demo/fr.html');
    await hover(page, 'Nur-Sultan');
    const inCard = (selector: string) =>
      page.evaluate((s) => {
        const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
        const el = host?.shadowRoot?.querySelector(s) as HTMLElement | null | undefined;
        el?.click();
        return !!el;
      }, selector);
    const title = () =>
      page.evaluate(
        () =>
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
      );
    expect(await inCard('.related-link[data-related="kazakhstan"]')).toBe(true);
    await waitFor(
      page,
      () =>
        /^Kazakhstan/.test(
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the related entry in the card',
    );
    expect(await inCard('.back')).toBe(true);
    await waitFor(
      page,
      () =>
        /^Astana/.test(
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'back to Astana',
    );
    // Pinned, the card stays while the pointer goes elsewhere.
    expect(await inCard('.pin')).toBe(true);
    await page.mouseMove(5, 5);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    expect(await title()).toMatch(/^Astana/);
    expect(await inCard('.open-in-panel')).toBe(true);
  });

  it('closes the card on Escape', async () => {
    const page = await suite().open('/demo/fr.html');
    await hover(page, 'Kazakhstan');
    await page.press('Escape');
    await waitFor(
      page,
      () => ![...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card')),
      'the card to close',
    );
  });

  it('keeps the card open while the pointer moves into it, and closes it when the pointer leaves both', async () => {
    const page = await suite().open('/demo/fr.html');
    const { card } = await hover(page, 'Khabar24');
    await page.mouseMove(card.box.x, card.box.top + 10);
    await sleep(700);
    expect(await page.evaluate(cardInfo)).not.toBeNull();
    await page.mouseMove(2, 2);
    await waitFor(
      page,
      () => ![...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card')),
      'the card to close',
    );
  });

  it('reaches terms with the keyboard (Alt+Shift+→) and focuses the card', async () => {
    const page = await suite().open('/demo/fr.html');
    await page.press('Alt+Shift+ArrowRight');
    await waitFor(
      page,
      () => !![...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card')),
      'a card from the keyboard',
    );
    const card = await page.evaluate(cardInfo);
    expect(card?.focused).toBe(true);
  });

  it('opens cards for terms inside an open shadow root', async () => {
    const page = await suite().open('/pages/structure.html');
    const box = await page.evaluate(() => {
      const root = document.querySelector('x-card')!.shadowRoot!;
      const text = root.querySelector('p')!.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('Tashkent');
      range.setStart(text, at);
      range.setEnd(text, at + 'Tashkent'.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouseMove(box.x, box.y);
    await waitFor(
      page,
      () =>
        (
          [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot
            ?.textContent ?? ''
        ).includes('Uzbekistan'),
      'the Tashkent card',
    );
    expect((await page.evaluate(cardInfo))?.labelText).toMatch(/Tashkent/);
  });

  it('shows English cards on an English page', async () => {
    const page = await suite().open('/demo/en.html');
    const { card } = await hover(page, 'death penalty');
    expect(card.text).toMatch(/death penalty/i);
    expect(card.text).toMatch(/abolish/i);
  });

  it('highlights and styles terms on a page whose CSP forbids styles and scripts', async () => {
    const page = await suite().open('/hostile/strict-csp.html');
    const texts = await settled(() => page.evaluate(highlightedTexts, H));
    expect(texts).toContain('Kazakhstan');
    // The ::highlight() rules are painted: the term's box shows the highlight's background colour.
    const box = await page.evaluate(termBox, { name: H, text: 'Kazakhstan', nth: 0 });
    const shot = join(mkdtempSync(join(tmpdir(), 'steppe-csp-')), 'csp.png');
    await page.screenshot(shot);
    expect(highlightPixels(shot, box!)).toBeGreaterThan(50);
    const { card } = await hover(page, 'Kazakhstan');
    expect(card.background).toBe('rgb(255, 253, 248)');
  });

  const seeds = seedFiles();
  it.runIf(seeds.length > 0 || process.env.CI)(
    'highlights every Central Asia term of the seed article, and nothing else',
    async () => {
      expect(seeds.length, 'the seed folder ../shared/seed').toBeGreaterThan(0);
      const page = await suite().open(`/seed/${seeds[0]!.replace(/\.txt$/, '.html')}`);
      const texts = await settled(() => page.evaluate(highlightedTexts, H));
      expect(distinct(texts)).toEqual(distinct(SEED_TERMS));
      for (const word of NEVER) expect(texts).not.toContain(word);
    },
  );

  it.runIf(seeds.length > 0 || process.env.CI)(
    'explains Abaï, Nur-Sultan and the death penalty in the seed article',
    async () => {
      const page = await suite().open(`/seed/${seeds[0]!.replace(/\.txt$/, '.html')}`);
      const abai = await hover(page, 'Abaï');
      expect(abai.card.labelText).toMatch(/Aba/);
      expect(abai.card.text).toMatch(/poète|poète kazakh|poésie/);
      const nurSultan = await hover(page, 'Nur-Sultan');
      expect(nurSultan.card.text).toMatch(/2019/);
      expect(nurSultan.card.text).toMatch(/2022/);
      const death = await hover(page, 'peine de mort');
      expect(death.card.text).toMatch(/Kazakhstan/);
      expect(death.card.text).toMatch(/abol/i);
    },
  );
});
