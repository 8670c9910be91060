/**
 * Where the card goes on awkward and hostile pages (issue 15, defect 6), in Chromium and Firefox: a long card fits
 * and stays reachable in a small window and at 200 % zoom; CSS `zoom` and `transform` on <html> or <body>, and
 * vertical writing, neither scale the card nor move it from its term; a page that re-renders the term's text neither
 * throws the card to the corner nor strands it. Pages: tests/e2e/hostile/pages/placement-*.html, each saying what it
 * must show. Facts are geometric: the card's box inside the viewport, beside the term's, its text at its own size.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../../../scripts/browser/launch.ts';
import { describeInBrowsers, sleep, waitFor } from '../harness.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Geometry {
  /** The open card's term (the active highlight). */
  term: Box;
  card: Box;
  /** The visual viewport: what the reader sees, without scrollbars. */
  viewport: { width: number; height: number };
  /** The height of the first line of the card's summary, as drawn. */
  line: number;
  /** Does the card's content scroll inside it? */
  scrolls: boolean;
  devicePixelRatio: number;
}

/** In the page: the open card's geometry and its term's (null when no card with a summary is open). */
function cardGeometry(): Geometry | null {
  const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
  const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
  const summary = card?.querySelector('.summary')?.firstChild;
  const active = [...(CSS.highlights.get('steppe-lens-active') ?? [])][0] as AbstractRange | undefined;
  if (!card || !summary || !active) return null;
  const term = document.createRange();
  term.setStart(active.startContainer, active.startOffset);
  term.setEnd(active.endContainer, active.endOffset);
  const line = document.createRange();
  line.selectNodeContents(summary);
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return {
    term: box(term.getBoundingClientRect()),
    card: box(card.getBoundingClientRect()),
    viewport: { width: visualViewport!.width, height: visualViewport!.height },
    line: line.getClientRects()[0]!.height,
    scrolls: card.scrollHeight > card.clientHeight + 1,
    devicePixelRatio,
  };
}

/** In the page: scrolls the card to its end and tells whether its last line is then inside card and viewport. */
function lastLineReachable(): boolean {
  const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
  const card = host!.shadowRoot!.querySelector<HTMLElement>('.card')!;
  card.scrollTop = card.scrollHeight;
  const last = [...card.querySelectorAll('li, p, button')].at(-1)!.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  const seen = last.bottom <= box.bottom + 1 && last.bottom <= visualViewport!.height + 1 && last.top >= box.top - 1;
  card.scrollTop = 0;
  return seen;
}

/** In the page: scrolls the nth highlighted occurrence of `text` to `at` (a fraction of the viewport's height). */
function bringTerm(arg: { text: string; nth: number; at: number | null }): { x: number; y: number } | null {
  const ranges = [...(CSS.highlights.get('steppe-lens') ?? [])]
    .map((r) => {
      const range = document.createRange();
      range.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
      range.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
      return range;
    })
    .filter((r) => r.toString() === arg.text)
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[arg.nth];
  if (!range) return null;
  if (arg.at !== null) {
    const top = range.getBoundingClientRect().top;
    window.scrollBy({ top: top - arg.at * visualViewport!.height, behavior: 'instant' });
  }
  const r = range.getClientRects()[0]!;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Points at a term (moved to `at` of the viewport's height first) and waits for its card, placed. */
async function openCard(page: TestPage, text: string, options: { nth?: number; at?: number } = {}) {
  await page.mouseMove(1, 1);
  await sleep(400);
  const point = await page.evaluate(bringTerm, { text, nth: options.nth ?? 0, at: options.at ?? null });
  expect(point, `a highlighted "${text}"`).not.toBeNull();
  await page.mouseMove(point!.x, point!.y);
  return settled(page);
}

/** The card's geometry once it has stopped moving (two reads alike). */
async function settled(page: TestPage): Promise<Geometry> {
  let last = '';
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const g = await page.evaluate(cardGeometry);
    const now = JSON.stringify(g);
    if (g && now === last) return g;
    last = now;
    await sleep(150);
  }
  throw new Error(`the card never settled: ${last}`);
}

/** The distance between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** The card lies wholly in the viewport, beside its term (the 6 px gap), never over it. */
function expectBesideTerm(g: Geometry): void {
  const where = JSON.stringify(g);
  expect(g.card.left, where).toBeGreaterThanOrEqual(-0.5);
  expect(g.card.top, where).toBeGreaterThanOrEqual(-0.5);
  expect(g.card.right, where).toBeLessThanOrEqual(g.viewport.width + 0.5);
  expect(g.card.bottom, where).toBeLessThanOrEqual(g.viewport.height + 0.5);
  expect(overlap(g.card, g.term), where).toBe(false);
  expect(gap(g.card, g.term), where).toBeGreaterThanOrEqual(4);
  expect(gap(g.card, g.term), where).toBeLessThanOrEqual(9);
}

/** Below or above the term, on the side with more room. */
function expectRoomierSide(g: Geometry): 'below' | 'above' {
  const below = g.card.top >= g.term.bottom;
  const room = { below: g.viewport.height - g.term.bottom, above: g.term.top };
  const side = below ? 'below' : 'above';
  expect(room[side], JSON.stringify(g)).toBeGreaterThanOrEqual(room[below ? 'above' : 'below'] - 1);
  return side;
}

describeInBrowsers('card placement', (suite) => {
  /** The card's summary line as drawn on a page that scales nothing: the size every card must keep. */
  let plainLine: Promise<number> | undefined;
  const normalLine = () => {
    plainLine ??= suite()
      .open('/hostile/placement-mid.html')
      .then((page) => openCard(page, 'Air Astana', { at: 0.5 }))
      .then((g) => g.line);
    return plainLine;
  };

  it('fits a long card beside a term mid-viewport in a 320×480 window, its content scrolling inside', async () => {
    const page = await suite().open('/hostile/placement-mid.html');
    await page.setViewport(320, 480);
    const g = await openCard(page, 'Air Astana', { at: 0.5 });
    expectBesideTerm(g);
    expectRoomierSide(g);
    expect(g.scrolls).toBe(true);
    expect(await page.evaluate(lastLineReachable)).toBe(true);
  });

  it('puts the card above a term low in a small window, where there is more room', async () => {
    const page = await suite().open('/hostile/placement-mid.html');
    await page.setViewport(320, 480);
    const g = await openCard(page, 'Air Astana', { at: 0.7 });
    expectBesideTerm(g);
    expect(expectRoomierSide(g)).toBe('above');
    expect(await page.evaluate(lastLineReachable)).toBe(true);
  });

  it('fits the card at 200 % zoom (a 1100×800 window: 550×400 CSS px at device scale 2)', async () => {
    const page = await suite().open('/hostile/placement-mid.html');
    await page.setViewport(550, 400, 2);
    const g = await openCard(page, 'Air Astana', { at: 0.5 });
    expect(g.devicePixelRatio).toBe(2);
    expectBesideTerm(g);
    // Browser zoom is the reader's own: the card grows with the page (its CSS px are the page's), never shrinks.
    expect(g.line).toBeCloseTo(await normalLine(), 0);
    expectRoomierSide(g);
    expect(await page.evaluate(lastLineReachable)).toBe(true);
  });

  for (const scaled of ['html-zoom', 'body-zoom', 'html-transform', 'body-transform']) {
    it(`shows the card at its own size beside its term under ${scaled.replace('-', ' ')} (placement-${scaled}.html)`, async () => {
      const line = await normalLine();
      const page = await suite().open(`/hostile/placement-${scaled}.html`);
      const g = await openCard(page, 'Air Astana', { at: 0.5 });
      expectBesideTerm(g);
      expect(g.line).toBeCloseTo(line, 0);
      expect(g.card.right - g.card.left).toBeCloseTo(380, 0);
    });
  }

  it('puts the card beside the column in vertical writing, on the side with room (placement-vertical.html)', async () => {
    const page = await suite().open('/hostile/placement-vertical.html');
    const line = await normalLine();
    const first = await openCard(page, 'Air Astana');
    expectBesideTerm(first);
    expect(first.card.right, 'left of the column, where the next lines are').toBeLessThanOrEqual(first.term.left);
    expect(first.line).toBeCloseTo(line, 0);
    const last = await openCard(page, 'Almaty');
    expectBesideTerm(last);
    expect(last.card.left, 'right of a column near the left edge').toBeGreaterThanOrEqual(last.term.right);
  });

  it('keeps the card by its term when the page re-renders the text, and closes it when the term is gone', async () => {
    const page = await suite().open('/hostile/placement-rerender.html');
    const before = await openCard(page, 'Air Astana');
    expectBesideTerm(before);
    const followed = () =>
      ([...(CSS.highlights.get('steppe-lens-active') ?? [])][0] as AbstractRange | undefined)?.startContainer
        .isConnected === true;
    for (const rerender of ['replaceText', 'replaceElement'] as const) {
      await page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), rerender);
      await waitFor(page, followed, `the card to follow the term after ${rerender}`);
      const after = await settled(page);
      expectBesideTerm(after);
      expect(after.card.left).toBeCloseTo(before.card.left, 0);
      expect(after.card.top).toBeCloseTo(before.card.top, 0);
    }
    // It follows the new text, not a frozen place: the page scrolls, the card goes with the term. (Pinned, so the
    // pointer, left still while the page moves under it, cannot close the card.)
    await page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
      host!.shadowRoot!.querySelector<HTMLButtonElement>('.pin')!.click();
    });
    await page.evaluate(() => window.scrollBy({ top: 60, behavior: 'instant' }));
    await waitFor(page, () => window.scrollY > 0, 'the page to scroll');
    const scrolled = await settled(page);
    expectBesideTerm(scrolled);
    expect(scrolled.card.top).toBeCloseTo(before.card.top - 60, 0);
    // The text changes and no longer names the term: the card closes.
    await page.evaluate(() => (window as unknown as { replaceText(t: string): void }).replaceText('A train to Paris.'));
    await waitFor(
      page,
      () => ![...document.documentElement.children].some((el) => el.shadowRoot?.querySelector('.card')),
      'the card to close',
    );
  });
});
