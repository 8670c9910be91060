// @vitest-environment happy-dom
/**
 * What one copy of the every-page script leaves to the next: the handoff in the isolated world (a newer copy ends
 * the one before it, once), and the leftovers a discarded copy could not remove (its highlights, its card) — and
 * only those: a page's own highlights and elements stay.
 */
import { describe, expect, it, vi } from 'vitest';
import { isCardHost, isMarkedCardHost, markCardHost, succeed } from '@/lib/page/handoff.ts';
import { removeLeftovers } from '@/lib/page/leftovers.ts';
import { RecordingHighlight, useHighlightApi } from '../support/highlight-api.ts';

const registry = useHighlightApi();

describe('succeed', () => {
  it('ends the copy before, once, and leaves its own end to the next copy', () => {
    const first = vi.fn();
    const second = vi.fn();
    succeed(first);
    expect(first).not.toHaveBeenCalled();
    succeed(second);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    succeed(() => {});
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('removeLeftovers', () => {
  /** A card host as the card script makes it (components/Card/card-host.tsx): a div, its root marked. */
  const cardHost = (mine: boolean) => {
    const host = document.createElement('div');
    const root = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(root);
    if (mine) markCardHost(host, root);
    else root.setAttribute('data-steppe-lens-card', '');
    document.documentElement.append(host);
    return host;
  };

  it('removes our highlight names and a discarded copy’s card, and nothing of the page’s', () => {
    for (const name of ['steppe-lens', 'steppe-lens-active', 'steppe-lens-underline', 'the-pages-own']) {
      registry.set(name, new RecordingHighlight());
    }
    const discarded = cardHost(false);
    const current = cardHost(true);
    const pages = document.createElement('div');
    pages.attachShadow({ mode: 'open' }).append(document.createElement('p'));
    document.documentElement.append(pages);

    removeLeftovers(document, ['steppe-lens', 'steppe-lens-active', 'steppe-lens-underline']);
    expect([...registry.keys()]).toEqual(['the-pages-own']);
    expect(discarded.isConnected).toBe(false);
    expect(current.isConnected).toBe(true);
    expect(pages.isConnected).toBe(true);
    expect([isMarkedCardHost(current), isCardHost(current), isMarkedCardHost(pages)]).toEqual([true, true, false]);
  });
});
