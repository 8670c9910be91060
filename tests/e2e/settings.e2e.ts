/**
 * The reader's controls in real browsers: the popup's per-site and pause switches applied to an open tab within a
 * second, the badge, the entry types and styles live, the card language changed under an open card, corrupt stored
 * values read field by field, axe on the popup, the options page and the card. Restarts, dark mode, touch and the
 * store lint: settings-browser.e2e.ts.
 */
import { expect, it } from 'vitest';
import { cardInfo, highlightedTexts } from '../../scripts/browser/in-page.ts';
import { describeInBrowsers, sleep, waitFor } from './harness.ts';
import {
  axeViolations,
  click,
  getStored,
  H,
  highlightCount,
  hoverCard,
  openPopup,
  setStored,
} from './settings-helpers.ts';

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

  it('the popup works from the keyboard: Tab reaches every control, Space toggles a switch', async () => {
    const page = await suite().open('/demo/en.html');
    const popup = await openPopup(suite());
    await waitFor(popup, () => document.querySelectorAll('button.term').length > 0, 'terms in the popup');
    // Up to the last control only: past it, Firefox takes focus out of the page (the address bar).
    const reached: string[] = [];
    while (reached.length < 20 && !reached.includes('open-options')) {
      await popup.press('Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['site-switch', 'pause-switch', 'term', 'open-options']));
    await popup.evaluate(() => (document.querySelector('#pause-switch') as HTMLElement).focus());
    await popup.press(' ');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) === 0, 'paused from the keyboard', 1000);
    await popup.press(' ');
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'resumed from the keyboard', 5000);
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
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
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
    // Turned on with the page already open: the page sends its count then.
    await click(options, '#badge');
    await sleep(800);
    expect(await badge()).toBe(String(count));
    await click(options, '#badge');
  });

  it('highlights only the chosen entry types, live', async () => {
    const page = await suite().open('/demo/fr.html');
    const options = await suite().openExtensionPage('/options.html');
    await waitFor(options, () => !!document.querySelector('input[name="entryTypes"][value="place"]'), 'the options');
    const texts = () => page.evaluate(highlightedTexts, H);
    expect(await texts()).toContain('Kazakhstan');
    await click(options, 'input[name="entryTypes"][value="place"]');
    // The page is read again; its terms are painted as it is seen (a background tab renders nothing).
    await sleep(300);
    await page.bringToFront();
    await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights again', 5000);
    await sleep(300);
    const without = await texts();
    expect(without).not.toContain('Kazakhstan');
    expect(without).toContain('Abai Qunanbaiuly');
    await click(options, 'input[name="entryTypes"][value="place"]');
    await sleep(300);
    await page.bringToFront();
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
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the card in German',
      3000,
    );
    await click(options, 'input[name="cardLanguage"][value="page"]');
    await waitFor(
      page,
      () =>
        /^Asie centrale/.test(
          [...document.documentElement.children]
            .find((el) => el.shadowRoot?.querySelector('.card'))
            ?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      'the card in French again',
      3000,
    );
    expect(await axeViolations(page, 'card')).toEqual([]);
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
