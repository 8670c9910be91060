/**
 * The reader's controls in real browsers: the popup's per-site and pause switches applied to an open tab within a
 * second, a site turned off that stays off across a browser restart, the card language changed under an open card,
 * corrupt stored values read field by field, axe on the popup, the options page and the card, touch taps
 * (Chromium), and web-ext lint on the Firefox build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardInfo, highlightedTexts, termBox } from '../../scripts/browser/in-page.ts';
import { E2E_EXTENSION_DIRS, launch, type TestPage, unavailable } from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { describeInBrowsers, sleep, waitFor } from './harness.ts';

const H = 'steppe-lens';
const AXE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
const ROOT = resolve(import.meta.dirname, '../..');

const highlightCount = () =>
  (CSS.highlights.get('steppe-lens')?.size ?? 0) + (CSS.highlights.get('steppe-lens-underline')?.size ?? 0);

/** The extension API in an extension page (Chrome's `chrome`, Firefox's `browser`). */
type Api = {
  storage: Record<
    'sync' | 'local',
    { set(i: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> }
  >;
};

function setStored(page: TestPage, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ({ area, items }) =>
      ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage[
        area
      ].set(items),
    { area, items },
  );
}

function getStored(page: TestPage, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return page.evaluate(
    (area) =>
      ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage[
        area
      ].get(null),
    area,
  );
}

const click = (page: TestPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);

async function axeViolations(page: TestPage, include?: string): Promise<string[]> {
  await page.evaluate(AXE as never);
  return page.evaluate(async (selector) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

async function hoverCard(page: TestPage, text: string) {
  await page.mouseMove(5, 5);
  await sleep(300);
  const box = await page.evaluate(termBox, { name: H, text, nth: 0 });
  expect(box, `a highlighted "${text}"`).not.toBeNull();
  await page.mouseMove(box!.x, box!.y);
  await waitFor(
    page,
    () => !!document.querySelector('steppe-lens-card')?.shadowRoot?.querySelector('.summary'),
    `card for ${text}`,
  );
}

async function openPopup(suite: { openExtensionPage(p: string): Promise<TestPage> }): Promise<TestPage> {
  const popup = await suite.openExtensionPage('/popup.html?previousTab');
  await waitFor(popup, () => !!document.querySelector('#site-switch:not([disabled])'), 'the popup and its page');
  return popup;
}

describeInBrowsers('settings', (suite) => {
  it('the popup lists the page’s terms; turning the site off removes its highlights within a second, and on again brings them back', async () => {
    const page = await suite().open('/demo/fr.html');
    const popup = await openPopup(suite());
    await waitFor(popup, () => document.querySelectorAll('button.term').length > 3, 'terms in the popup');
    expect(await popup.evaluate(() => document.querySelector('.status')?.textContent)).toMatch(
      /\d+ termes? sur cette page|\d+ terms? on this page|\d+ Begriff/,
    );
    expect(await axeViolations(popup)).toEqual([]);

    const t = Date.now();
    await click(popup, '#site-switch');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 0, 'highlights removed', 1000);
    expect(Date.now() - t).toBeLessThan(1500);
    // Stopped, not hidden: new text on the page is not read (the observer is disconnected).
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Astana et Almaty.' })),
    );
    await sleep(600);
    expect(await page.evaluate(highlightCount)).toBe(0);

    await click(popup, '#site-switch');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights back', 5000);
    await setStored(popup, 'local', { disabledSites: [] });
  });

  it('pauses everywhere and resumes', async () => {
    const page = await suite().open('/demo/en.html');
    const popup = await openPopup(suite());
    await click(popup, '#pause-switch');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 0, 'paused', 1000);
    const other = await suite().open('/pages/structure.html', false);
    await sleep(800);
    expect(await other.evaluate(highlightCount)).toBe(0);
    await click(popup, '#pause-switch');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'resumed', 5000);
  });

  it('a click on a term in the popup scrolls the page to it and opens its card', async () => {
    const page = await suite().open('/demo/fr.html');
    const popup = await openPopup(suite());
    await waitFor(
      popup,
      () => !!document.querySelector('button.term[data-id="kazakhstan"]'),
      'Kazakhstan in the popup',
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await click(popup, 'button.term[data-id="kazakhstan"]');
    await waitFor(
      page,
      () =>
        /^Kazakhstan/.test(
          document.querySelector('steppe-lens-card')?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the Kazakhstan card',
    );
  });

  it('shows the number of distinct terms on the badge once turned on (off by default)', async () => {
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(
      options,
      () => (document.querySelector('#badge') as HTMLInputElement | null)?.checked === false,
      'the badge off',
    );
    await click(options, '#badge');
    await waitFor(options, () => (document.querySelector('#badge') as HTMLInputElement).checked, 'the badge on');
    await suite().open('/demo/fr.html');
    await sleep(800);
    const popup = await openPopup(suite());
    await waitFor(popup, () => /\d/.test(document.querySelector('.status')?.textContent ?? ''), 'the count');
    const count = Number(
      (await popup.evaluate(() => document.querySelector('.status')!.textContent))!.match(/\d+/)![0],
    );
    const badge = () =>
      popup.evaluate(async () => {
        type Tab = { id: number; lastAccessed?: number };
        const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
        const { tabs, action, browserAction } = api as {
          tabs: { getCurrent(): Promise<Tab>; query(q: object): Promise<Tab[]> };
          action?: { getBadgeText(d: object): Promise<string> };
          browserAction?: { getBadgeText(d: object): Promise<string> };
        };
        const self = await tabs.getCurrent();
        const [previous] = (await tabs.query({}))
          .filter((t) => t.id !== self.id)
          .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
        return (action ?? browserAction)!.getBadgeText({ tabId: previous!.id });
      });
    expect(count).toBeGreaterThan(5);
    expect(await badge()).toBe(String(count));
    await click(options, '#badge');
    await sleep(500);
    expect(await badge()).toBe('');
  });

  it('highlights only the chosen entry types, live', async () => {
    const page = await suite().open('/demo/fr.html');
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(options, () => !!document.querySelector('input[name="entryTypes"][value="place"]'), 'the options');
    const texts = () => page.evaluate(highlightedTexts, H);
    expect(await texts()).toContain('Kazakhstan');
    await click(options, 'input[name="entryTypes"][value="place"]');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights again', 5000);
    await sleep(300);
    const without = await texts();
    expect(without).not.toContain('Kazakhstan');
    expect(without).toContain('Abai Qunanbaiuly');
    await click(options, 'input[name="entryTypes"][value="place"]');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights', 5000);
    await sleep(300);
    expect(await texts()).toContain('Kazakhstan');
  });

  it('in the "only while Alt is held" style, shows the highlights only while Alt is down', async () => {
    const page = await suite().open('/demo/fr.html');
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(
      options,
      () => !!document.querySelector('input[name="highlightStyle"][value="modifier"]'),
      'the options',
    );
    await click(options, 'input[name="highlightStyle"][value="modifier"]');
    await waitFor(page, () => !CSS.highlights.has('steppe-lens'), 'highlights hidden', 1000);
    const key = (type: string) =>
      page.evaluate(
        (t) => void window.dispatchEvent(new KeyboardEvent(t, { key: 'Alt', altKey: t === 'keydown' })),
        type,
      );
    await key('keydown');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights while Alt is down', 1000);
    await key('keyup');
    await waitFor(page, () => !CSS.highlights.has('steppe-lens'), 'highlights hidden again', 1000);
    await click(options, 'input[name="highlightStyle"][value="tint"]');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'tint again', 1000);
  });

  it('a new card language changes the open card', async () => {
    const page = await suite().open('/demo/fr.html');
    await hoverCard(page, 'Asie centrale');
    expect((await page.evaluate(cardInfo))?.labelText).toMatch(/^Asie centrale/);
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(options, () => !!document.querySelector('input[name="cardLanguage"][value="de"]'), 'the options');
    await click(options, 'input[name="cardLanguage"][value="de"]');
    await waitFor(
      page,
      () =>
        /^Zentralasien/.test(
          document.querySelector('steppe-lens-card')?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the card in German',
      3000,
    );
    await click(options, 'input[name="cardLanguage"][value="page"]');
    await waitFor(
      page,
      () =>
        /^Asie centrale/.test(
          document.querySelector('steppe-lens-card')?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the card in French again',
      3000,
    );
    expect(await axeViolations(page, 'steppe-lens-card')).toEqual([]);
  });

  it('reads corrupt stored values field by field, and the extension keeps working', async () => {
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(options, () => !!document.querySelector('#reset'), 'the options');
    await setStored(options, 'sync', {
      settings: { version: 1, cardLanguage: 42, highlightStyle: 'underline', surprise: true },
    });
    await setStored(options, 'local', { disabledSites: '["http://127.0.0.1:' });
    await options.evaluate(() => setTimeout(() => location.reload(), 50));
    await sleep(1000);
    await waitFor(options, () => !!document.querySelector('input[name="cardLanguage"]:checked'), 'the options again');
    const shown = await options.evaluate(() => ({
      language: (document.querySelector('input[name="cardLanguage"]:checked') as HTMLInputElement).value,
      style: (document.querySelector('input[name="highlightStyle"]:checked') as HTMLInputElement).value,
      sites: document.querySelectorAll('.sites li').length,
    }));
    expect(shown).toEqual({ language: 'page', style: 'underline', sites: 0 });
    expect(await axeViolations(options)).toEqual([]);

    // The page works, in the style that survived.
    const page = await suite().open('/demo/fr.html', false);
    await waitFor(page, () => (CSS.highlights.get('steppe-lens-underline')?.size ?? 0) > 0, 'underlined terms');
    expect(await page.evaluate(() => CSS.highlights.has('steppe-lens'))).toBe(false);

    await click(options, '#reset');
    await waitFor(
      options,
      () => (document.querySelector('input[name="highlightStyle"]:checked') as HTMLInputElement)?.value === 'tint',
      'reset',
    );
    expect((await getStored(options, 'sync')).settings).toMatchObject({
      cardLanguage: 'page',
      highlightStyle: 'tint',
      version: 1,
    });
    expect((await getStored(options, 'local')).disabledSites).toEqual([]);
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'tinted terms again');
  });
});

for (const name of ['chromium', 'firefox'] as const) {
  const reason = unavailable(name, E2E_EXTENSION_DIRS);
  describe.skipIf(reason && !process.env.CI)(`settings across a restart (${name})`, () => {
    it('keeps a site turned off after the browser restarts', async () => {
      if (reason) throw new Error(`CI needs ${name}: ${reason}`);
      const profileDir = mkdtempSync(join(tmpdir(), `steppe-restart-${name}-`));
      const server = await startServer();
      try {
        let browser = await launch(name, { extensionDir: E2E_EXTENSION_DIRS[name], profileDir });
        let page = await browser.newPage();
        await page.goto(`${server.origin}/demo/fr.html`);
        await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights');
        const popup = await browser.openExtensionPage('/popup.html?previousTab', server.origin);
        await waitFor(popup, () => !!document.querySelector('#site-switch:not([disabled])'), 'the popup');
        await click(popup, '#site-switch');
        await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 0, 'highlights removed', 1000);
        await sleep(500);
        await browser.close();

        browser = await launch(name, { extensionDir: E2E_EXTENSION_DIRS[name], profileDir });
        page = await browser.newPage();
        await page.goto(`${server.origin}/demo/fr.html`);
        await sleep(2000);
        expect(await page.evaluate(highlightCount)).toBe(0);
        const options = await browser.openExtensionPage('/options.html', server.origin);
        await waitFor(options, () => document.querySelectorAll('.sites li').length === 1, 'the site in the options');
        expect(await options.evaluate(() => document.querySelector('.sites .origin')?.textContent)).toBe(server.origin);
        await browser.close();
      } finally {
        await server.close();
      }
    });
  });
}

describe.skipIf(unavailable('chromium', E2E_EXTENSION_DIRS) && !process.env.CI)('touch (chromium)', () => {
  it('a tap opens a term’s card, a tap elsewhere closes it; in a link, the second tap follows it', async () => {
    const server = await startServer();
    const browser = await launch('chromium', { extensionDir: E2E_EXTENSION_DIRS.chromium, hasTouch: true });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/pages/touch.html`);
      await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) >= 3, 'highlights');
      const box = (text: string) => page.evaluate(termBox, { name: H, text, nth: 0 }).then((b) => b!);
      const kz = await box('Kazakhstan');
      await page.tap!(kz.x, kz.y);
      await waitFor(
        page,
        () => (document.querySelector('steppe-lens-card')?.shadowRoot?.textContent ?? '').includes('Kazakhstan'),
        'the card on tap',
      );
      const blank = await page.evaluate(
        () => document.querySelector('#blank')!.getBoundingClientRect().toJSON() as DOMRect,
      );
      // Far from the card, which opens below the term.
      await page.tap!(blank.right - 20, blank.bottom - 10);
      await waitFor(page, () => !document.querySelector('steppe-lens-card'), 'the card to close');
      const link = await box('Bichkek');
      await page.tap!(link.x, link.y);
      await waitFor(page, () => !!document.querySelector('steppe-lens-card'), 'the card for the linked term');
      expect(await page.evaluate(() => location.hash)).toBe('');
      await page.tap!(link.x, link.y);
      await waitFor(page, () => location.hash === '#followed', 'the link followed');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

it('web-ext lint finds nothing not accepted in ARCHITECTURE.md', () => {
  const out = execFileSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', join(ROOT, 'scripts/lint-firefox.ts')],
    {
      encoding: 'utf8',
    },
  );
  expect(out).toMatch(/web-ext lint: 0 problem/);
});
