/**
 * Own entries live in `storage.local` and survive a browser restart: an entry added through the panel's form is
 * there again after the browser is closed and relaunched on the same profile (Chromium and Firefox).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  E2E_EXTENSION_DIRS,
  launch,
  type TestPage,
  unavailable,
} from '../../scripts/browser/launch.ts';
import { startServer } from '../../scripts/browser/static-server.ts';
import { waitFor } from './harness.ts';
import { click } from './panel-support.ts';

const FORM: Record<string, string> = {
  id: 'baikonur-town',
  'title-en': 'Baikonur Town',
  'title-fr': 'Ville de Baïkonour',
  'title-de': 'Stadt Baikonur',
  'summary-en': 'The town that serves the cosmodrome.',
  'summary-fr': 'La ville qui sert le cosmodrome.',
  'summary-de': 'Die Stadt des Kosmodroms.',
  aliases: 'Baikonur Town\nVille de Baïkonour',
  dates: '1955-06-02 | Founded | Fondée | Gegründet',
  related: 'kazakhstan',
  sources: 'Example | https://example.org/baikonur',
};

async function fillForm(panel: TestPage, fields: Record<string, string>): Promise<void> {
  await panel.evaluate((f: Record<string, string>) => {
    for (const [name, value] of Object.entries(f)) {
      const el = document.querySelector(`.entry-form [name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, fields);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const reason = unavailable(name, E2E_EXTENSION_DIRS);
  describe.skipIf(reason !== undefined && !process.env.CI)(`own entries across a restart (${name})`, () => {
    const profileDir = mkdtempSync(join(tmpdir(), `steppe-restart-${name}-`));
    const closers: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const close of closers) await close().catch(() => undefined);
    });

    async function openPanel(): Promise<TestPage> {
      if (reason) throw new Error(`CI needs ${name}: ${reason}`);
      const [browser, server] = await Promise.all([
        launch(name, { extensionDir: E2E_EXTENSION_DIRS[name], profileDir }),
        startServer(),
      ]);
      closers.push(
        () => browser.close(),
        () => server.close(),
      );
      const panel = await browser.openExtensionPage('/sidepanel.html?view=own&lang=en', server.origin);
      await waitFor(panel, () => document.querySelector('.own-view') !== null, 'the own entries view', 15_000);
      return panel;
    }

    it('refuses an invalid form with the schema’s message, then keeps a valid entry after a restart', async () => {
      const panel = await openPanel();
      await click(panel, '.own-view .row button');
      await waitFor(panel, () => document.querySelector('.entry-form') !== null, 'the form');
      await fillForm(panel, { ...FORM, sources: 'Example | http://example.org/baikonur' });
      await click(panel, '.entry-form button[type="submit"]');
      await waitFor(
        panel,
        () => (document.querySelector('[role="alert"]')?.textContent ?? '').includes('https'),
        'the error',
      );
      expect(await panel.evaluate(() => document.querySelector('[role="alert"]')!.textContent)).toContain(
        'sources[0].url: must be a well-formed https:// URL',
      );
      await fillForm(panel, FORM);
      // Every entry names its countries (the bundled schema requires it).
      await click(panel, '.entry-form [name="country-kz"]');
      await click(panel, '.entry-form button[type="submit"]');
      await waitFor(
        panel,
        () => document.querySelector('.own-list li[data-entry="baikonur-town"]') !== null,
        'the saved entry',
      );
      // Closing the first browser is the restart.
      for (const close of closers.splice(0)) await close();

      const again = await openPanel();
      await waitFor(
        again,
        () => document.querySelector('.own-list li[data-entry="baikonur-town"]') !== null,
        'the entry after a restart',
        15_000,
      );
      await click(again, '.own-list li[data-entry="baikonur-town"] button.link');
      await waitFor(
        again,
        () => document.querySelector('article.entry[data-entry="baikonur-town"]') !== null,
        'its entry view',
      );
      expect(await again.evaluate(() => document.querySelector('#entry-title')!.textContent)).toBe('Baikonur Town');
    });
  });
}
