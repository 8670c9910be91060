// @vitest-environment happy-dom
/**
 * The blocks on screen, found by their boxes: exactly the blocks whose boxes meet the viewport when boxes run down
 * the page (bisection among many rows, a scan among few), with a bounded number of boxes asked for, and a pause
 * (`null`) after each one.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOnScreen } from '@/lib/page/on-screen.ts';

const HEIGHT = window.innerHeight;

/** Gives an element a box from `top` to `bottom` (an empty one when they are equal and zero). */
function place(el: Element, top: number, bottom: number): void {
  const empty = top === 0 && bottom === 0;
  el.getBoundingClientRect = () =>
    ({ top, bottom, left: 0, right: empty ? 0 : 500, width: empty ? 0 : 500, height: bottom - top }) as DOMRect;
}

/** Rows of the given heights under <main>, the page scrolled by `scroll` pixels; a zero height is display: none. */
function rows(heights: number[], scroll: number): HTMLElement[] {
  document.body.innerHTML = '<main></main>';
  const main = document.querySelector('main')!;
  const list: HTMLElement[] = [];
  let y = -scroll;
  for (const h of heights) {
    const p = document.createElement('p');
    p.innerHTML = 'Row <i>of</i> data';
    main.append(p);
    if (h === 0) place(p, 0, 0);
    else place(p, y, y + h);
    place(p.querySelector('i')!, y, y + h);
    y += h;
    list.push(p);
  }
  place(main, -scroll, y);
  place(document.body, -scroll, y);
  return list;
}

function search(options?: Parameters<typeof blocksOnScreen>[1]) {
  const found: Element[] = [];
  let boxes = 0;
  for (const step of blocksOnScreen(document, options)) {
    if (step) found.push(step);
    else boxes++;
  }
  return { found, boxes };
}

const onScreen = (list: HTMLElement[]) =>
  list.filter((p) => {
    const r = p.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < HEIGHT;
  });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blocksOnScreen', () => {
  it('finds the rows on screen among 20,000 in a few dozen boxes', () => {
    const list = rows(Array(20_000).fill(20), 200_000);
    const { found, boxes } = search();
    expect(found).toEqual(onScreen(list));
    expect(found.length).toBeGreaterThan(10);
    expect(boxes).toBeLessThan(100);
  });

  it('reads blocks, not their inline elements, and not the containers of blocks', () => {
    document.body.innerHTML = '<article><h1>Title</h1><p>One <em>two</em></p></article><aside><p>Far</p></aside>';
    const [article, aside] = [document.querySelector('article')!, document.querySelector('aside')!];
    const [h1, p, far] = [...document.querySelectorAll('h1, p')];
    place(article, 0, 200);
    place(h1!, 0, 40);
    place(p!, 40, 80);
    place(document.querySelector('em')!, 40, 60);
    place(aside, HEIGHT + 10, HEIGHT + 50);
    place(far!, HEIGHT + 10, HEIGHT + 50);
    expect(search().found).toEqual([h1, p]);
  });

  it('stops at its budget of boxes', () => {
    rows(Array(5000).fill(1), 0);
    const { boxes } = search({ maxBoxes: 50 });
    expect(boxes).toBeLessThanOrEqual(58);
  });

  it('skips what it is told to (the extension’s own UI)', () => {
    const list = rows([100, 100, 100], 0);
    expect(search({ skip: (el) => el === list[1] }).found).toEqual([list[0], list[2]]);
  });

  it('finds exactly the rows on screen of any layout running down the page (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.nat(300) }), {
          minLength: 0,
          maxLength: 300,
        }),
        fc.nat(20_000),
        (heights, scroll) => {
          const list = rows(
            heights.map((h) => (h === 0 ? 0 : h)),
            scroll,
          );
          expect(search().found).toEqual(onScreen(list));
        },
      ),
      { numRuns: 300 },
    );
  });
});
