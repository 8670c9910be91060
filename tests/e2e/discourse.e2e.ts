/**
 * Discourse aliases in real browsers: a person's surname alone is highlighted after their full name on the page,
 * never before it, never when two people share it; with the person's card; whatever order the page is read in.
 */
import { expect, it } from 'vitest';
import { cardInfo, type Expectation, pageExpectations, termBox } from '../../scripts/browser/in-page.ts';
import type { TestPage } from '../../scripts/browser/launch.ts';
import { describeInBrowsers, sleep } from './harness.ts';

const H = 'steppe-lens';

/** The expectations of the elements with these ids, once they all hold (or the last seen, after 10 s). */
async function settled(page: TestPage, ids: string[]): Promise<Expectation[]> {
  const mine = (all: Expectation[]) => all.filter((r) => ids.some((id) => r.where.includes(`#${id}>`)));
  const deadline = Date.now() + 10_000;
  let results = mine(await page.evaluate(pageExpectations, H));
  while (Date.now() < deadline && results.some((r) => r.actual.join('|') !== r.expected.join('|'))) {
    await sleep(100);
    results = mine(await page.evaluate(pageExpectations, H));
  }
  return results;
}

/** The title of the card opened by hovering the nth highlighted `text`. */
async function cardTitleOver(page: TestPage, text: string): Promise<string> {
  const box = await page.evaluate(termBox, { name: H, text, nth: 0 });
  expect(box, `a highlighted "${text}"`).not.toBeNull();
  await page.mouseMove(box!.x, box!.y);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const card = await page.evaluate(cardInfo);
    if (card?.labelText && !card.text.includes('…')) return card.labelText;
    if (Date.now() > deadline) throw new Error(`no card over "${text}"`);
    await sleep(100);
  }
}

describeInBrowsers('surnames alone (discourse aliases)', (suite) => {
  it('highlights a surname after its full name only, and not one two people share (discourse.html)', async () => {
    const page = await suite().open('/pages/discourse.html');
    const top = await settled(page, ['before', 'full', 'after', 'shared', 'shared-after']);
    expect(top).toHaveLength(5);
    for (const r of top) expect(r.actual, r.where).toEqual(r.expected);
    expect(await cardTitleOver(page, 'Yerzhanov')).toMatch(/^Adilkhan Yerzhanov/);
  });

  it('lets a full name below the fold, read late, bring the surnames after it, not before (discourse.html)', async () => {
    const page = await suite().open('/pages/discourse.html');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const late = await settled(page, ['late-full', 'late-after']);
    expect(late).toHaveLength(2);
    for (const r of late) expect(r.actual, r.where).toEqual(r.expected);
    expect(await cardTitleOver(page, 'Saidov')).toMatch(/^Bakhtiyor Saidov/);
    // Back at the top, with the whole page read: "Saidov" before the full name is still no term.
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await settled(page, ['before', 'after']);
    for (const r of before) expect(r.actual, r.where).toEqual(r.expected);
  });

  it('highlights surnames read on screen before the full names above them in the document (discourse-viewport.html)', async () => {
    const page = await suite().open('/pages/discourse-viewport.html');
    const onScreen = await settled(page, ['yerzhanov', 'shokay']);
    expect(onScreen).toHaveLength(2);
    for (const r of onScreen) expect(r.actual, r.where).toEqual(r.expected);
    expect(await cardTitleOver(page, 'Shokay')).toMatch(/^Mustafa Shokay/);
  });
});
