/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core, Firefox ESR through
 * puppeteer-core (WebDriver BiDi). Both are driven through the small `TestPage` interface, so one suite runs in both.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};

/** Why a browser cannot run here, or undefined when it can. */
export function unavailable(name: BrowserName): string | undefined {
  if (!existsSync(EXECUTABLES[name])) return `${EXECUTABLES[name]} is not installed`;
  if (!existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) return `${EXTENSION_DIRS[name]} is not built`;
  return undefined;
}

/** Flags that keep Chromium off the network (refused connections pile up on a closed network). */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--font-render-hinting=none',
];

export async function launch(name: BrowserName, options: { headless?: boolean } = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(options.headless ?? true) : launchFirefox();
}

async function launchChromium(headless: boolean): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const dir = EXTENSION_DIRS.chromium;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'steppe-chromium-')), {
    executablePath: EXECUTABLES.chromium,
    headless,
    viewport: { width: 1100, height: 800 },
    args: [...CHROMIUM_QUIET_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  return {
    name: 'chromium',
    async newPage() {
      const page = await context.newPage();
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        press: (key) => page.keyboard.press(key),
        setViewport: (width, height) => page.setViewportSize({ width, height }),
        screenshot: async (path) => void (await page.screenshot({ path })),
        close: () => page.close(),
      };
    },
    close: () => context.close(),
  };
}

async function launchFirefox(): Promise<BrowserSession> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'steppe-firefox-')),
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        async press(combo) {
          // Puppeteer presses one key at a time: hold the modifiers of "Alt+Shift+ArrowRight" around the last key.
          const keys = combo.split('+') as never[];
          const key = keys.pop()!;
          for (const k of keys) await page.keyboard.down(k);
          await page.keyboard.press(key);
          for (const k of keys.reverse()) await page.keyboard.up(k);
        },
        setViewport: (width, height) => page.setViewport({ width, height }),
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
