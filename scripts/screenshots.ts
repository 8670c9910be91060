/**
 * `npm run screenshots`: the README's pictures, made from the e2e build (`wxt build --mode e2e`, whose popup can
 * speak for the tab before it): the card open on the French demo page, the popup beside it, the options page.
 * Written to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { termBox } from './browser/in-page.ts';
import { E2E_EXTENSION_DIRS, launch, type TestPage } from './browser/launch.ts';
import { startServer } from './browser/static-server.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

async function until(page: TestPage, condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(condition)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await launch('chromium', { extensionDir: E2E_EXTENSION_DIRS.chromium });
try {
  const page = await browser.newPage();
  await page.setViewport(900, 560);
  await page.goto(`${server.origin}/demo/fr.html`);
  await until(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights');
  const box = await page.evaluate(termBox, { name: 'steppe-lens', text: 'Nur-Sultan', nth: 0 });
  if (!box) throw new Error('"Nur-Sultan" is not highlighted');
  await page.mouseMove(box.x, box.y);
  await until(page, () => !!document.querySelector('steppe-lens-card')?.shadowRoot?.querySelector('.summary'), 'card');
  await page.screenshot(`${OUT}/card.png`);

  const popup = await browser.openExtensionPage('/popup.html?previousTab', server.origin);
  await popup.setViewport(336, 470);
  await until(popup, () => document.querySelectorAll('button.term').length > 3, 'the popup');
  await popup.screenshot(`${OUT}/popup.png`);

  const options = await browser.openExtensionPage('/options.html', server.origin);
  await options.setViewport(760, 1000);
  await until(options, () => !!document.querySelector('#reset'), 'the options');
  await options.screenshot(`${OUT}/options.png`);
  console.log(`screenshots: ${OUT}/card.png, popup.png, options.png`);
} finally {
  await browser.close();
  await server.close();
}
