// @vitest-environment happy-dom
/**
 * Surnames alone on a page: the highlighter makes one a term only after its person's first full name in document
 * order, though blocks are matched in any order (viewport first), and takes it back when that full name leaves.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { HIGHLIGHT_NAME, Highlighter, type VisibilityWatcher } from '@/lib/page/highlighter.ts';
import { collectBlocks } from '@/lib/page/text-blocks.ts';
import { entry } from '../support/entries.ts';
import { highlighted, type RecordingHighlight, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();

const matcher = createMatcher(
  compileMatcherData(
    [
      entry('yerzhanov', ['Adilkhan Yerzhanov'], {
        type: 'person',
        title: { en: 'Adilkhan Yerzhanov', fr: 'Adilkhan Yerzhanov', de: 'Adilkhan Yerzhanov' },
      }),
      entry('almaty', ['Almaty']),
    ],
    { discourse: true },
  ),
);

const PAGE = `<p>Yerzhanov, before.</p><p>Adilkhan Yerzhanov in Almaty.</p><p>Yerzhanov, after.</p>
  <p>And Yerzhanov again.</p>`;

function setUp(withWatcher = false) {
  document.body.innerHTML = PAGE;
  let report: (near: Element[], far: Element[]) => void = () => {};
  const watch = (onChange: (near: Element[], far: Element[]) => void): VisibilityWatcher => {
    report = onChange;
    return { observe: () => {}, unobserve: () => {}, disconnect: () => {} };
  };
  const highlighter = new Highlighter(matcher, withWatcher ? watch : undefined);
  const blocks = collectBlocks(document.body);
  const terms = () =>
    highlighter.index.terms.map((t) => `${t.block.text.slice(t.start, t.end)}@${blocks.indexOf(t.block)}`).sort();
  return {
    highlighter,
    blocks,
    terms,
    painted: () => highlighted(registry.get(HIGHLIGHT_NAME) as RecordingHighlight),
    near: (i: number) => report([document.querySelectorAll('p')[i]!], []),
  };
}

describe('Highlighter and surnames alone', () => {
  it('makes a surname a term only after the full name, in document order', () => {
    const { highlighter, blocks, terms, painted } = setUp();
    for (const b of blocks) highlighter.matchBlock(b);
    highlighter.commit();
    expect(terms()).toEqual(['Adilkhan Yerzhanov@1', 'Almaty@1', 'Yerzhanov@2', 'Yerzhanov@3']);
    expect(painted()).toEqual(['Adilkhan Yerzhanov', 'Almaty', 'Yerzhanov', 'Yerzhanov']);
    const surname = highlighter.index.terms.find((t) => t.block === blocks[2]);
    expect(matcher.ids[surname!.entryIndex]).toBe('yerzhanov');
  });

  it('shows surnames matched before the full name that precedes them, when it is matched (viewport first)', () => {
    const { highlighter, blocks, terms, painted } = setUp();
    for (const i of [3, 0, 2]) highlighter.matchBlock(blocks[i]!);
    highlighter.commit();
    expect(terms()).toEqual([]);
    highlighter.matchBlock(blocks[1]!);
    highlighter.commit();
    expect(terms()).toEqual(['Adilkhan Yerzhanov@1', 'Almaty@1', 'Yerzhanov@2', 'Yerzhanov@3']);
    expect(painted().filter((t) => t === 'Yerzhanov')).toHaveLength(2);
  });

  it('takes the surnames back when the full name leaves the page, and the active mark with them', () => {
    const { highlighter, blocks, terms, painted } = setUp();
    for (const b of blocks) highlighter.matchBlock(b);
    highlighter.commit();
    highlighter.setActive(highlighter.index.terms.find((t) => t.block === blocks[3]));
    highlighter.forget(blocks[1]!.nodes[0]!);
    highlighter.commit();
    expect(terms()).toEqual([]);
    expect(painted()).toEqual([]);
    expect((registry.get('steppe-lens-active') as RecordingHighlight).size).toBe(0);
  });

  it('paints a surname shown late only when its block is near the viewport', () => {
    const { highlighter, blocks, terms, painted, near } = setUp(true);
    highlighter.matchBlock(blocks[3]!);
    highlighter.matchBlock(blocks[2]!);
    near(2);
    highlighter.matchBlock(blocks[1]!);
    highlighter.commit();
    expect(terms()).toEqual(['Adilkhan Yerzhanov@1', 'Almaty@1', 'Yerzhanov@2', 'Yerzhanov@3']);
    expect(painted()).toEqual(['Yerzhanov']);
    near(3);
    expect(painted()).toEqual(['Yerzhanov', 'Yerzhanov']);
  });
});
