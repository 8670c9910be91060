/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core, Firefox ESR through
 * puppeteer-core (WebDriver BiDi). Both are driven through the small `TestPage` interface, so one suite runs in both.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** The viewport in CSS px; `deviceScaleFactor` 2 is what a browser zoomed to 200 % gives a page. */
  setViewport(width: number, height: number, deviceScaleFactor?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** A touch tap at a viewport point (Chromium launched with `hasTouch` only). */
  tap?(x: number, y: number): Promise<void>;
  /** Makes the page the visible tab (a background tab has no rendering, so no IntersectionObserver reports). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The driver's own page, for what only one browser can do (DevTools protocol, media emulation, frames). */
  readonly native: NativePage;
}

type NativePage =
  | {
      readonly browser: 'chromium';
      readonly page: import('playwright-core').Page;
      readonly context: import('playwright-core').BrowserContext;
    }
  | { readonly browser: 'firefox'; readonly page: import('puppeteer-core').Page };

export interface BrowserSession {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  /**
   * Opens one of the extension's own pages (`/popup.html`, `/options.html`, …). Firefox refuses WebDriver
   * navigation to `moz-extension://`, so there it goes through the e2e build's test route (`testServer` is the
   * origin of the test server that serves `/__steppe-lens/open`).
   */
  openExtensionPage(path: string, testServer: string): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  /** The built extension to load (default: the shipped build). */
  readonly extensionDir?: string;
  /** A profile kept across launches (a browser restart), instead of a fresh one. */
  readonly profileDir?: string;
  /** Chromium only: a touch screen (pages get touch events; `TestPage.tap`). */
  readonly hasTouch?: boolean;
  /** The system's dark mode (`prefers-color-scheme: dark`). */
  readonly dark?: boolean;
}

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};

/** The e2e builds (`wxt build --mode e2e`): the shipped code plus the test route for extension pages. */
export const E2E_EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3-e2e'),
  firefox: join(ROOT, '.output/firefox-mv2-e2e'),
};

/** Firefox's id for the extension (wxt.config.ts) and the internal UUID pinned for it, so its pages' URLs are known. */
const FIREFOX_ADDON_ID = 'steppe-lens@example.org';
const FIREFOX_UUID = '6f1d1c1e-5e1a-4c1b-9a57-5be7e1e75a11';

/** Why a browser cannot run here, or undefined when it can. */
export function unavailable(name: BrowserName, dirs = EXTENSION_DIRS): string | undefined {
  if (!existsSync(EXECUTABLES[name])) return `${EXECUTABLES[name]} is not installed`;
  if (!existsSync(join(dirs[name], 'manifest.json'))) return `${dirs[name]} is not built`;
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

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const dir = options.extensionDir ?? EXTENSION_DIRS.chromium;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'steppe-chromium-'));
  allowUnpackedReload(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLES.chromium,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    hasTouch: options.hasTouch ?? false,
    colorScheme: options.dark ? 'dark' : 'light',
    args: [...CHROMIUM_QUIET_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const wrap = (page: import('playwright-core').Page): TestPage => ({
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    async setViewport(width, height, deviceScaleFactor) {
      if (deviceScaleFactor === undefined) return page.setViewportSize({ width, height });
      // Playwright sets the scale only for a whole new context; the DevTools protocol sets it for this page.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor, mobile: false });
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    ...(options.hasTouch ? { tap: (x: number, y: number) => page.touchscreen.tap(x, y) } : {}),
    close: () => page.close(),
    native: { browser: 'chromium', page, context },
  });
  // The extension's id is the host of its service worker's URL.
  const extensionId = async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return new URL(worker.url()).host;
  };
  return {
    name: 'chromium',
    newPage: async () => wrap(await context.newPage()),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${await extensionId()}${path}`);
      return wrap(page);
    },
    close: () => context.close(),
  };
}

/**
 * Developer mode on in a new Chromium profile: an unpacked extension that reloads itself (`runtime.reload()`, as the
 * lifecycle tests do) is otherwise disabled as an "unsupported developer extension". A profile already in use keeps
 * its preferences.
 */
function allowUnpackedReload(profile: string): void {
  const preferences = join(profile, 'Default', 'Preferences');
  if (existsSync(preferences)) return;
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
}

async function launchFirefox(options: LaunchOptions): Promise<BrowserSession> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: options.headless ?? true,
    userDataDir: options.profileDir ?? mkdtempSync(join(tmpdir(), 'steppe-firefox-')),
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // The add-on is installed as a temporary one, removed when the browser closes: its stored data must outlive
      // that for a restart with the same profile (`profileDir`) to find the reader's settings.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...(options.dark ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
  await browser.installExtension(options.extensionDir ?? EXTENSION_DIRS.firefox);
  const wrap = async (page: import('puppeteer-core').Page): Promise<TestPage> => {
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
      setViewport: (width, height, deviceScaleFactor) =>
        page.setViewport({ width, height, ...(deviceScaleFactor && { deviceScaleFactor }) }),
      screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
      bringToFront: () => page.bringToFront(),
      close: () => page.close(),
      native: { browser: 'firefox', page },
    };
  };
  return {
    name: 'firefox',
    newPage: async () => wrap(await browser.newPage()),
    async openExtensionPage(path, testServer) {
      const url = `moz-extension://${FIREFOX_UUID}${path}`;
      const page = await browser.newPage();
      await page.goto(`${testServer}/__steppe-lens/open?path=${encodeURIComponent(path)}`);
      await page.waitForFunction((u: string) => location.href.startsWith(u), { timeout: 15_000 }, url);
      return wrap(page);
    },
    close: () => browser.close(),
  };
}
