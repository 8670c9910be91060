/** The side panel's messages are validated where they arrive, and the "Open in panel" request expires. */
import { describe, expect, it } from 'vitest';
import { CHANNEL, parseEnvelope } from '@/lib/messages/protocol.ts';
import { back, canBack, canForward, current, EMPTY_HISTORY, forward, open } from '@/lib/study/history.ts';
import { KEYS, readPanelRequest } from '@/lib/study/stored.ts';

const ok = (type: string, payload: unknown) => parseEnvelope({ channel: CHANNEL, type, payload }).ok;

describe('panel messages', () => {
  it('accepts the empty payloads of glossaryEntries, searchIndex and ownMatcher, and nothing else', () => {
    for (const type of ['glossaryEntries', 'searchIndex', 'ownMatcher', 'pageTerms']) {
      expect(ok(type, {})).toBe(true);
      expect(ok(type, { x: 1 })).toBe(false);
      expect(ok(type, undefined)).toBe(false);
    }
  });

  it('accepts openInPanel with an entry id only', () => {
    expect(ok('openInPanel', { id: 'astana' })).toBe(true);
    expect(ok('openInPanel', { id: 'Astana!' })).toBe(false);
    expect(ok('openInPanel', { id: 'astana', tab: 1 })).toBe(false);
    expect(ok('revealTerm', { id: 'astana', occurrence: -1 })).toBe(false);
    expect(ok('revealTerm', { id: 'astana', occurrence: 2 })).toBe(true);
  });

  it('honours a fresh, well-formed panel request only', async () => {
    const store = (v: unknown) => ({
      get: async (k: string) => (k === KEYS.panelRequest ? v : undefined),
      set: async () => {},
    });
    expect(await readPanelRequest(store({ id: 'astana', at: 1000 }), 2000)).toEqual({ id: 'astana', at: 1000 });
    expect(await readPanelRequest(store({ id: 'astana', at: 1000 }), 60_000)).toBeUndefined();
    expect(await readPanelRequest(store({ id: '<b>', at: 1000 }), 2000)).toBeUndefined();
    expect(await readPanelRequest(store(undefined), 2000)).toBeUndefined();
  });
});

describe('entry history', () => {
  it('goes back and forward, and opening an entry drops what was ahead', () => {
    let h = open(open(open(EMPTY_HISTORY, 'a'), 'b'), 'c');
    expect(current(h)).toBe('c');
    h = back(back(h));
    expect([current(h), canBack(h), canForward(h)]).toEqual(['a', true, true]);
    expect(current(back(h))).toBeUndefined();
    expect(canBack(back(h))).toBe(false);
    h = forward(h);
    expect(current(h)).toBe('b');
    h = open(h, 'd');
    expect(h.stack).toEqual(['a', 'b', 'd']);
    expect(canForward(h)).toBe(false);
    expect(open(h, 'd')).toBe(h);
  });
});
