/**
 * happy-dom has neither the CSS Custom Highlight API nor StaticRange: recording stand-ins for the DOM unit tests.
 * Painting itself is tested in real browsers (tests/e2e).
 */
import { afterEach, beforeEach, vi } from 'vitest';

/** A Highlight that counts its changes. */
export class RecordingHighlight extends Set<AbstractRange> {
  priority = 0;
  changes = 0;
  override add(range: AbstractRange): this {
    this.changes++;
    return super.add(range);
  }
}

/** A plain record of the four boundary fields: all the extension reads of a StaticRange. */
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

/** Installs the stand-ins around each test; returns the highlight registry (`CSS.highlights`). */
export function useHighlightApi(): Map<string, RecordingHighlight> {
  const registry = new Map<string, RecordingHighlight>();
  beforeEach(() => {
    registry.clear();
    vi.stubGlobal('Highlight', RecordingHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('StaticRange', PlainStaticRange);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return registry;
}

/** The texts a highlight covers. */
export function highlighted(highlight: RecordingHighlight | undefined): string[] {
  return [...(highlight ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
}
