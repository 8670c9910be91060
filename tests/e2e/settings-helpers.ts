/** Helpers shared by the settings e2e suites: the extension's storage, clicks, axe, the popup. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { termBox } from '../../scripts/browser/in-page.ts';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { sleep, waitFor } from './harness.ts';

export const H = 'steppe-lens';
const AXE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

export const highlightCount = () =>
  (CSS.highlights.get('steppe-lens')?.size ?? 0) + (CSS.highlights.get('steppe-lens-underline')?.size ?? 0);

/** The extension API in an extension page (Chrome's `chrome`, Firefox's `browser`). */
type Api = {
  storage: Record<
    'sync' | 'local',
    { set(i: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> }
  >;
};

export function setStored(page: TestPage, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ({ area, items }) =>
      ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage[
        area
      ].set(items),
    { area, items },
  );
}

export function getStored(page: TestPage, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return page.evaluate(
    (area) =>
      ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage[
        area
      ].get(null),
    area,
  );
}

export const click = (page: TestPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);

export async function axeViolations(page: TestPage, include?: string): Promise<string[]> {
  await page.evaluate(AXE as never);
  return page.evaluate(async (selector) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    // 'card': the card's host, a plain div with no selector of its own (a page must not be able to style or find it).
    const card = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
    const context = selector === 'card' ? card : selector ? { include: [[selector]] } : document;
    const result = await axe.run(context);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

export async function hoverCard(page: TestPage, text: string) {
  await page.mouseMove(5, 5);
  await sleep(300);
  const box = await page.evaluate(termBox, { name: H, text, nth: 0 });
  expect(box, `a highlighted "${text}"`).not.toBeNull();
  await page.mouseMove(box!.x, box!.y);
  await waitFor(
    page,
    () =>
      !![...document.documentElement.children]
        .find((el) => el.shadowRoot?.querySelector('.card'))
        ?.shadowRoot?.querySelector('.summary'),
    `card for ${text}`,
  );
}

export async function openPopup(suite: { openExtensionPage(p: string): Promise<TestPage> }): Promise<TestPage> {
  const popup = await suite.openExtensionPage('/popup.html?previousTab');
  await waitFor(popup, () => !!document.querySelector('#site-switch:not([disabled])'), 'the popup and its page');
  return popup;
}
