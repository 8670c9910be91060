/**
 * Screenshots of the side panel's three views for the README: `npm run screenshots:panel` (it builds
 * `wxt build --mode e2e` first). The panel is opened beside the French demo page (our own text: the seed article is
 * third-party and stays out of the repository, images included), at a side panel's width, light and dark; then
 * beside the e2e page with unlisted names, for "Not in the glossary".
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { tabIdOf } from '../tests/e2e/panel-support.ts';
import { E2E_EXTENSION_DIRS, launch, type TestPage } from './browser/launch.ts';
import { startServer } from './browser/static-server.ts';

const OUT = resolve(import.meta.dirname, '../docs/images');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(page: TestPage, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !(await page.evaluate(condition).catch(() => false)); i++) await sleep(100);
}

mkdirSync(OUT, { recursive: true });
const browser = await launch('chromium', { extensionDir: E2E_EXTENSION_DIRS.chromium });
const server = await startServer();
try {
  const article = await browser.newPage();
  await article.goto(`${server.origin}/demo/fr.html`);
  await until(article, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0);
  const panel = await browser.openExtensionPage('/sidepanel.html', server.origin);
  await until(panel, () => document.querySelector('[role="tab"]') !== null);
  const tab = await tabIdOf(panel, '/demo/fr.html');
  await panel.setViewport(420, 760);
  for (const view of ['page', 'glossary', 'timeline'] as const) {
    await panel
      .evaluate((q: string) => {
        location.search = q;
      }, `?tab=${tab}&lang=en&view=${view}`)
      .catch(() => undefined);
    await sleep(300);
    await until(panel, () => document.querySelector('.term, .result, .event') !== null);
    if (view === 'glossary') {
      await panel.evaluate(() => {
        const input = document.querySelector('#glossary-search') as HTMLInputElement;
        input.value = 'nour soultan';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await sleep(100);
      await panel.evaluate(() => (document.querySelector('.result') as HTMLElement).click());
    }
    if (view === 'timeline') await panel.evaluate(() => (document.querySelector('.lens') as HTMLElement).click());
    await sleep(300);
    await panel.screenshot(`${OUT}/panel-${view}.png`);
    console.log(`wrote docs/images/panel-${view}.png`);
  }
  const unlisted = await browser.newPage();
  await unlisted.goto(`${server.origin}/pages/unlisted.html`);
  await until(unlisted, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0);
  const other = await tabIdOf(panel, '/pages/unlisted.html');
  await panel
    .evaluate((q: string) => {
      location.search = q;
    }, `?tab=${other}&lang=en`)
    .catch(() => undefined);
  await sleep(300);
  await until(panel, () => document.querySelector('.find-candidates') !== null);
  await panel.evaluate(() => (document.querySelector('.find-candidates') as HTMLElement).click());
  await until(panel, () => document.querySelector('.candidate') !== null);
  await panel.evaluate(() => {
    (document.querySelector('.candidate[data-candidate="Saryagash"] summary') as HTMLElement).click();
    document.querySelector('.candidates')!.scrollIntoView();
  });
  await sleep(300);
  await panel.screenshot(`${OUT}/panel-candidates.png`);
  console.log('wrote docs/images/panel-candidates.png');
} finally {
  await browser.close();
  await server.close();
}
