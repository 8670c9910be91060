// @vitest-environment happy-dom
/**
 * The highlighter hands ranges to the browser in batches: every change to a registered Highlight makes the browser
 * re-validate and repaint all of its ranges. happy-dom has no Highlight API, so a recording stand-in takes its place;
 * the painting itself is tested in real browsers (tests/e2e).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks } from '@/lib/dom/blocks.ts';
import { HIGHLIGHT_NAME, Highlighter } from '@/lib/dom/highlighter.ts';
import { entry, matcherFor } from '../support/entries.ts';

/** A Highlight that counts its changes. */
class RecordingHighlight extends Set<AbstractRange> {
  priority = 0;
  changes = 0;
  override add(range: AbstractRange): this {
    this.changes++;
    return super.add(range);
  }
}

/** happy-dom has no StaticRange either: a plain record of the four boundary fields is all the highlighter uses. */
class PlainStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset } = init);
    ({ endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
}

let registry: Map<string, unknown>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', RecordingHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('StaticRange', PlainStaticRange);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const matcher = matcherFor([entry('astana', ['Astana']), entry('almaty', ['Almaty'])]);

function setUp(html: string) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter(matcher);
  const registered = registry.get(HIGHLIGHT_NAME) as RecordingHighlight;
  return { highlighter, registered, blocks: collectBlocks(document.body) };
}

describe('Highlighter', () => {
  it('gives the browser nothing until commit, then every range found since', () => {
    const { highlighter, registered, blocks } = setUp('<p>Astana</p><p>Almaty and Astana</p>');
    for (const b of blocks) highlighter.highlightBlock(b);
    expect(registered.size).toBe(0);
    expect(highlighter.index.terms).toHaveLength(3); // hover works on them already
    highlighter.commit();
    expect([...registered].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))).toEqual([
      'Astana',
      'Almaty',
      'Astana',
    ]);
    highlighter.commit();
    expect(registered.changes).toBe(3);
  });

  it('drops a pending range whose text changed before it was committed', () => {
    const { highlighter, registered, blocks } = setUp('<p>Astana</p><p>Almaty</p>');
    for (const b of blocks) highlighter.highlightBlock(b);
    highlighter.forget(blocks[0]!.nodes[0]!);
    highlighter.commit();
    expect(registered.size).toBe(1);
    expect(highlighter.index.terms.map((t) => t.text)).toEqual(['Almaty']);
  });
});
