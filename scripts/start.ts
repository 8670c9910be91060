/**
 * `npm start`: the built extension in Chromium on the bundled demo page.
 * With a display, a real window (close it or press Ctrl+C to stop). Without one (DISPLAY unset), the same page
 * headless: it prints the highlighted terms, hovers one and writes a screenshot of the open card to demo.png.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cardInfo, highlightedTexts, termBox } from './browser/in-page.ts';
import { CHROMIUM_QUIET_FLAGS, EXECUTABLES, EXTENSION_DIRS, launch } from './browser/launch.ts';
import { startServer } from './browser/static-server.ts';

const PAGE = process.env.DEMO_PAGE ?? '/demo/fr.html';
const HOVER = process.env.DEMO_HOVER ?? 'Nur-Sultan';

if (!existsSync(EXECUTABLES.chromium)) {
  console.error(
    `Chromium not found at ${EXECUTABLES.chromium}: install it (apt-get install chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}
const server = await startServer(Number(process.env.PORT ?? 0));
const url = server.origin + PAGE;
if (process.env.DISPLAY) await openWindow(url);
else await headlessTour(url);

async function openWindow(url: string): Promise<void> {
  const dir = EXTENSION_DIRS.chromium;
  console.log(`Opening ${url} in Chromium with Steppe Lens loaded. Hover a highlighted term. Ctrl+C to stop.`);
  const child = spawn(
    EXECUTABLES.chromium,
    [
      ...CHROMIUM_QUIET_FLAGS.filter((f) => f !== '--disable-gpu'),
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'steppe-start-'))}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      url,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', () => void server.close());
}

async function headlessTour(url: string): Promise<void> {
  console.log(`No display: opening ${url} headless.`);
  const browser = await launch('chromium');
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await waitUntil(async () => (await page.evaluate(highlightedTexts, 'steppe-lens')).length > 0);
    const terms = await page.evaluate(highlightedTexts, 'steppe-lens');
    console.log(`\nHighlighted ${terms.length} terms:`);
    for (const [term, n] of countBy(terms)) console.log(`  ${term}${n > 1 ? ` (×${n})` : ''}`);
    const box = await page.evaluate(termBox, { name: 'steppe-lens', text: HOVER, nth: 0 });
    if (!box) throw new Error(`"${HOVER}" is not highlighted on ${PAGE}`);
    await page.mouseMove(box.x, box.y);
    await waitUntil(async () => ((await page.evaluate(cardInfo))?.text.length ?? 0) > 60);
    const card = await page.evaluate(cardInfo);
    console.log(`\nHovered "${HOVER}": the card reads "${card?.labelText}".`);
    const shot = resolve(process.env.DEMO_SCREENSHOT ?? 'demo.png');
    await page.screenshot(shot);
    console.log(`Screenshot of the open card: ${shot}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function countBy(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
