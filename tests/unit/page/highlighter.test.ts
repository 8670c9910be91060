// @vitest-environment happy-dom
/**
 * The highlighter hands ranges to the browser in batches: every change to a registered Highlight makes the browser
 * re-validate and repaint all of its ranges.
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME, Highlighter } from '@/lib/page/highlighter.ts';
import { collectBlocks } from '@/lib/page/text-blocks.ts';
import { entry, matcherFor } from '../support/entries.ts';
import { highlighted, type RecordingHighlight, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();

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
    expect(highlighted(registered)).toEqual(['Astana', 'Almaty', 'Astana']);
    highlighter.commit();
    expect(registered.changes).toBe(3);
  });

  it('drops a pending range whose text changed before it was committed', () => {
    const { highlighter, registered, blocks } = setUp('<p>Astana</p><p>Almaty</p>');
    for (const b of blocks) highlighter.highlightBlock(b);
    highlighter.forget(blocks[0]!.nodes[0]!);
    highlighter.commit();
    expect(registered.size).toBe(1);
    expect(highlighter.index.terms.map((t) => t.range.startContainer.textContent)).toEqual(['Almaty']);
  });
});
