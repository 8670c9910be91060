/** Shared e2e set-up: a browser per suite, the test server, polling, and the CI rule for missing browsers. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  type BrowserName,
  type BrowserSession,
  E2E_EXTENSION_DIRS,
  launch,
  type TestPage,
  unavailable,
} from '../../scripts/browser/launch.ts';
import { startServer, type TestServer } from '../../scripts/browser/static-server.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface Suite {
  readonly browser: BrowserSession;
  readonly server: TestServer;
  /** Opens a page and waits for the extension's first highlights (or its absence when `expectTerms` is false). */
  open(path: string, expectTerms?: boolean): Promise<TestPage>;
  /** Opens one of the extension's own pages (`/options.html`…), in Firefox through the e2e build's test route. */
  openExtensionPage(path: string): Promise<TestPage>;
}

/**
 * Runs `body` once per browser. A missing browser fails the run in CI and is skipped, with the reason printed,
 * elsewhere: an e2e suite must never pass by not running.
 */
export function describeInBrowsers(title: string, body: (suite: () => Suite) => void): void {
  for (const name of BROWSERS) {
    const reason = unavailable(name, E2E_EXTENSION_DIRS);
    if (reason && !process.env.CI) {
      console.warn(`[e2e] skipping "${title}" in ${name}: ${reason}`);
      describe.skip(`${title} (${name})`, () => body(() => undefined as never));
      continue;
    }
    describe(`${title} (${name})`, () => {
      if (reason) {
        it('has its browser', () => {
          throw new Error(`CI needs ${name}: ${reason}`);
        });
        return;
      }
      let suite: Suite | undefined;
      const pages: TestPage[] = [];
      beforeAll(async () => {
        const [browser, server] = await Promise.all([
          launch(name, { extensionDir: E2E_EXTENSION_DIRS[name] }),
          startServer(),
        ]);
        suite = {
          browser,
          server,
          async open(path, expectTerms = true) {
            const page = await browser.newPage();
            pages.push(page);
            await page.goto(server.origin + path);
            await page.bringToFront();
            if (expectTerms)
              await waitFor(page, () => (CSS.highlights.get('steppe-lens')?.size ?? 0) > 0, 'highlights');
            return page;
          },
          async openExtensionPage(path) {
            const page = await browser.openExtensionPage(path, server.origin);
            pages.push(page);
            return page;
          },
        };
      }, 60_000);
      afterAll(async () => {
        await Promise.allSettled(pages.map((p) => p.close()));
        await suite?.browser.close();
        await suite?.server.close();
      });
      body(() => suite!);
    });
  }
}

/** Polls a condition in the page until it holds (or fails with what was awaited). */
export async function waitFor(
  page: TestPage,
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(condition)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads a value from the page until it stops changing (the same for `quietMs`): highlights arrive in batches, and a
 * test that compares the first batch with the whole page's terms would fail by reading too early.
 */
export async function settled<T>(read: () => Promise<T>, quietMs = 600, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await read());
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(150);
    const value = await read();
    const now = JSON.stringify(value);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return value;
  }
  return read();
}
