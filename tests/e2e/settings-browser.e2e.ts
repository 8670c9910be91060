/**
 * Settings beyond one browser session: a site turned off stays off across a restart (a persistent profile), the
 * popup and options in the system's dark mode (axe), touch taps in Chromium, and web-ext lint on the Firefox build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termBox } from '../../scripts/browser/in-page.ts';
import { E2E_EXTENSION_DIRS, launch, unavailable } from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { sleep, waitFor } from './harness.ts';
import { axeViolations, click, H, highlightCount } from './settings-helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

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

for (const name of ['chromium', 'firefox'] as const) {
  const reason = unavailable(name, E2E_EXTENSION_DIRS);
  describe.skipIf(reason && !process.env.CI)(`dark mode (${name})`, () => {
    it('the popup and the options page follow the system’s dark mode, axe-clean', async () => {
      if (reason) throw new Error(`CI needs ${name}: ${reason}`);
      const server = await startServer();
      const browser = await launch(name, { extensionDir: E2E_EXTENSION_DIRS[name], dark: true });
      try {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/demo/fr.html`);
        await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights');
        for (const path of ['/popup.html?previousTab', '/options.html']) {
          const ext = await browser.openExtensionPage(path, server.origin);
          await waitFor(ext, () => !!document.querySelector('#open-options, #reset'), path);
          expect(await ext.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          expect(await ext.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 26, 23)');
          expect(await axeViolations(ext)).toEqual([]);
        }
      } finally {
        await browser.close();
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
        () =>
          (
            [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot
              ?.textContent ?? ''
          ).includes('Kazakhstan'),
        'the card on tap',
      );
      const blank = await page.evaluate(
        () => document.querySelector('#blank')!.getBoundingClientRect().toJSON() as DOMRect,
      );
      // Far from the card, which opens below the term.
      await page.tap!(blank.right - 20, blank.bottom - 10);
      await waitFor(
        page,
        () => ![...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card')),
        'the card to close',
      );
      const link = await box('Bichkek');
      await page.tap!(link.x, link.y);
      await waitFor(
        page,
        () => !![...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card')),
        'the card for the linked term',
      );
      expect(await page.evaluate(() => location.hash)).toBe('');
      await page.tap!(link.x, link.y);
      await waitFor(page, () => location.hash === '#followed', 'the link followed');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

it('keeps the popup’s test-only tab choice out of the shipped builds', () => {
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    expect(files.filter((f) => readFileSync(join(ROOT, dir, f), 'utf8').includes('previousTab'))).toEqual([]);
  }
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
