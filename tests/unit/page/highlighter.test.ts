// @vitest-environment happy-dom
/**
 * The highlighter makes ranges only for what is near the viewport (or asked for), and hands them to the browser in
 * batches: every change to a registered Highlight makes the browser re-validate and repaint all of its ranges.
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME, Highlighter, type VisibilityWatcher } from '@/lib/page/highlighter.ts';
import { collectBlocks } from '@/lib/page/text-blocks.ts';
import { entry, matcherFor } from '../support/entries.ts';
import { highlighted, type RecordingHighlight, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();

const matcher = matcherFor([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);

function setUp(html: string, withWatcher = false) {
  document.body.innerHTML = html;
  const observed = new Set<Element>();
  let report: (near: Element[], far: Element[]) => void = () => {};
  const watch = (onChange: (near: Element[], far: Element[]) => void): VisibilityWatcher => {
    report = onChange;
    return {
      observe: (el) => void observed.add(el),
      unobserve: (el) => void observed.delete(el),
      disconnect: () => observed.clear(),
    };
  };
  const highlighter = new Highlighter(matcher, withWatcher ? watch : undefined);
  const registered = registry.get(HIGHLIGHT_NAME) as RecordingHighlight;
  return {
    highlighter,
    registered,
    blocks: collectBlocks(document.body),
    observed,
    near: (els: Element[]) => report(els, []),
    far: (els: Element[]) => report([], els),
  };
}

describe('Highlighter on a long block', () => {
  it('matches the first piece at once and the rest in later slices, finding what matching it whole finds', async () => {
    // 200,000 characters: 13 pieces, with a term on each side of every likely cut.
    const filler = 'the steppe wind ';
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 200_000; i++) parts.push(i % 97 === 0 ? 'Astana ' : filler);
    document.body.innerHTML = `<p>${parts.join('')}</p>`;
    let release: () => void = () => {};
    const slices: Promise<void>[] = [];
    const later = () => {
      const slice = new Promise<void>((resolve) => {
        release = resolve;
      });
      slices.push(slice);
      return slice;
    };
    const highlighter = new Highlighter(matcher, undefined, later);
    const [block] = collectBlocks(document.body);
    const first = highlighter.matchBlock(block!).length;
    const whole = matcher.findMatches(block!.text).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(whole);
    await new Promise((r) => setTimeout(r, 0));
    // Nothing more until the page has had its turn.
    expect(highlighter.index.terms).toHaveLength(first);
    for (let i = 0; i < 100 && highlighter.index.terms.length < whole; i++) {
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(highlighter.index.terms.map((t) => [t.start, t.end])).toEqual(
      matcher.findMatches(block!.text).map((m) => [m.start, m.end]),
    );
    expect(slices.length).toBeGreaterThanOrEqual(1);
  });

  it('stops matching a long block whose text changed', async () => {
    document.body.innerHTML = `<p>${'Astana and the steppe '.repeat(10_000)}</p>`;
    let release: () => void = () => {};
    const highlighter = new Highlighter(matcher, undefined, () => new Promise<void>((r) => (release = r)));
    const [block] = collectBlocks(document.body);
    highlighter.matchBlock(block!);
    highlighter.forget(block!.nodes[0]!);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(highlighter.index.terms).toEqual([]);
  });
});

describe('Highlighter', () => {
  it('gives the browser nothing until commit, then every range found since', () => {
    const { highlighter, registered, blocks } = setUp('<p>Astana</p><p>Almaty and Astana</p>');
    for (const b of blocks) highlighter.matchBlock(b);
    expect(registered.size).toBe(0);
    expect(highlighter.index.terms).toHaveLength(3);
    highlighter.commit();
    expect(highlighted(registered)).toEqual(['Astana', 'Almaty', 'Astana']);
    highlighter.commit();
    expect(registered.changes).toBe(3);
  });

  it('drops a pending range whose text changed before it was committed', () => {
    const { highlighter, registered, blocks } = setUp('<p>Astana</p><p>Almaty</p>');
    for (const b of blocks) highlighter.matchBlock(b);
    highlighter.forget(blocks[0]!.nodes[0]!);
    highlighter.commit();
    expect(registered.size).toBe(1);
    expect(highlighter.index.terms.map((t) => t.block.text)).toEqual(['Almaty']);
  });

  it('makes ranges only for blocks that come near the viewport, in one change per report', () => {
    const { highlighter, registered, blocks, observed, near } = setUp(
      '<p id="a">Astana</p><p id="b">Paris</p><p id="c">Almaty and Astana</p>',
      true,
    );
    for (const b of blocks) highlighter.matchBlock(b);
    highlighter.commit();
    // Watched: the two blocks with terms, and no range made yet.
    expect([...observed].map((e) => e.id)).toEqual(['a', 'c']);
    expect(registered.size).toBe(0);
    expect(highlighter.index.terms.map((t) => highlighter.index.existingRange(t))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    near([document.getElementById('c')!]);
    expect(highlighted(registered)).toEqual(['Almaty', 'Astana']);
    expect(registered.changes).toBe(2); // one commit: two ranges added together
    near([document.getElementById('a')!]);
    expect(highlighted(registered)).toEqual(['Almaty', 'Astana', 'Astana']);
  });

  it('takes the ranges of blocks gone far from the viewport out of the Highlight, and puts them back', () => {
    const { highlighter, registered, blocks, near, far } = setUp('<p id="a">Astana</p><p id="c">Almaty</p>', true);
    for (const b of blocks) highlighter.matchBlock(b);
    near([document.getElementById('a')!, document.getElementById('c')!]);
    expect(highlighted(registered)).toEqual(['Astana', 'Almaty']);
    far([document.getElementById('a')!]);
    expect(highlighted(registered)).toEqual(['Almaty']);
    near([document.getElementById('a')!]);
    expect(highlighted(registered).sort()).toEqual(['Almaty', 'Astana']);
  });

  it('puts its highlights back when the page clears the registry or empties the Highlight', () => {
    const { highlighter, registered, blocks, near } = setUp('<p id="a">Astana and Almaty</p>', true);
    highlighter.matchBlock(blocks[0]!);
    near([document.getElementById('a')!]);
    CSS.highlights.clear();
    highlighter.repair();
    expect(CSS.highlights.get(HIGHLIGHT_NAME)).toBe(registered);
    registered.clear();
    highlighter.repair();
    expect(highlighted(registered)).toEqual(['Astana', 'Almaty']);
  });

  it('paints a far term on demand (keyboard, card), and marks it active', () => {
    const { highlighter, registered, blocks } = setUp('<p id="a">Astana</p><p id="b">Almaty</p>', true);
    for (const b of blocks) highlighter.matchBlock(b);
    const far = highlighter.index.terms[1]!;
    highlighter.setActive(far);
    expect(highlighted(registered)).toEqual(['Almaty']);
    expect(highlighted(registry.get('steppe-lens-active'))).toEqual(['Almaty']);
    highlighter.setActive(undefined);
    expect(highlighted(registry.get('steppe-lens-active'))).toEqual([]);
  });

  it('forgets a block whose text changed: its painted terms lose their highlights', () => {
    const { highlighter, registered, blocks, near } = setUp('<p id="a">Astana and Almaty</p>', true);
    highlighter.matchBlock(blocks[0]!);
    near([document.getElementById('a')!]);
    expect(registered.size).toBe(2);
    highlighter.forget(blocks[0]!.nodes[0]!);
    expect(registered.size).toBe(0);
    expect(highlighter.index.terms).toEqual([]);
  });

  it('knows a term as the page’s until its text is read again: then the new term is, the old one no longer', () => {
    const { highlighter, blocks } = setUp('<p id="a">Astana</p><p id="b">Almaty</p>');
    for (const b of blocks) highlighter.matchBlock(b);
    const [astana, almaty] = highlighter.index.terms;
    expect(highlighter.index.has(astana!)).toBe(true);
    // The page re-renders the first line with an equal text node; the scanner forgets the old one, reads the new.
    const p = document.getElementById('a')!;
    p.replaceChild(document.createTextNode('Astana'), p.firstChild!);
    highlighter.forget(blocks[0]!.nodes[0]!);
    const [renewed] = collectBlocks(p);
    highlighter.matchBlock(renewed!);
    const again = highlighter.index.terms.find((t) => t.block === renewed)!;
    expect(highlighter.index.has(astana!)).toBe(false);
    expect(highlighter.index.has(again)).toBe(true);
    expect(highlighter.index.has(almaty!)).toBe(true);
  });
});
