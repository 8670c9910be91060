/**
 * The extension's own pages open in both browsers: in Chromium by URL, in Firefox (which refuses WebDriver
 * navigation to moz-extension://) through the e2e build's test route. The route must never ship.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EXTENSION_DIRS } from '../../scripts/browser/launch.ts';
import { describeInBrowsers, waitFor } from './harness.ts';

describeInBrowsers('extension pages', (suite) => {
  it('opens an extension page and runs in the extension origin', async () => {
    const page = await suite().openExtensionPage('/demo/fr.html');
    await waitFor(page, () => document.readyState === 'complete', 'the page');
    const origin = await page.evaluate(() => location.protocol);
    expect(origin).toMatch(/^(chrome|moz)-extension:$/);
  });
});

it('keeps the test route out of the shipped builds', () => {
  for (const dir of Object.values(EXTENSION_DIRS)) {
    const manifest = readFileSync(`${dir}/manifest.json`, 'utf8');
    expect(manifest).not.toContain('test-route');
    expect(readFileSync(`${dir}/background.js`, 'utf8')).not.toContain('steppe-lens-test-route');
  }
});
