/** The typed messages: validation where they arrive, the router's refusals, the messenger's errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessenger, MessageError } from '@/lib/messages/messenger.ts';
import { CHANNEL, isOnChannel, parseEnvelope } from '@/lib/messages/protocol.ts';
import { createRouter } from '@/lib/messages/router.ts';

const body = { id: 'astana', type: 'place', title: { en: 'A', fr: 'A', de: 'A' } } as never;
const route = createRouter({
  entry: ({ id }) => {
    if (id !== 'astana') throw new Error(`no entry "${id}"`);
    return body;
  },
  searchIndex: () => '{"terms":[]}',
});

describe('parseEnvelope', () => {
  it('accepts only well-formed messages of our channel', () => {
    expect(parseEnvelope({ channel: CHANNEL, type: 'entry', payload: { id: 'astana' } }).ok).toBe(true);
    expect(parseEnvelope({ channel: CHANNEL, type: 'searchIndex', payload: {} }).ok).toBe(true);
    expect(parseEnvelope({ channel: CHANNEL, type: 'pageText', payload: {} }).ok).toBe(true);
    for (const bad of [
      null,
      'entry',
      { channel: 'other', type: 'entry', payload: { id: 'astana' } },
      { channel: CHANNEL, type: 'entry', payload: { id: '__proto__' } },
      { channel: CHANNEL, type: 'entry', payload: { id: 3 } },
      { channel: CHANNEL, type: 'entry', payload: { id: 'astana', extra: 1 } },
      { channel: CHANNEL, type: 'entry', payload: { id: 'a'.repeat(101) } },
      { channel: CHANNEL, type: 'toString', payload: {} },
      { channel: CHANNEL, type: 'searchIndex', payload: { x: 1 } },
      { channel: CHANNEL, type: 'searchIndex' },
      { channel: CHANNEL, type: 'pageText', payload: { limit: 1e9 } },
    ]) {
      expect(parseEnvelope(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('router', () => {
  it('answers each type from its handler', async () => {
    expect(await route({ channel: CHANNEL, type: 'entry', payload: { id: 'astana' } })).toEqual({
      ok: true,
      value: body,
    });
    expect(await route({ channel: CHANNEL, type: 'searchIndex', payload: {} })).toEqual({
      ok: true,
      value: '{"terms":[]}',
    });
  });

  it("turns a handler's error into a refusal with its message", async () => {
    expect(await route({ channel: CHANNEL, type: 'entry', payload: { id: 'nowhere' } })).toEqual({
      ok: false,
      error: 'no entry "nowhere"',
    });
  });

  it('refuses a type this side does not handle', async () => {
    const partial = createRouter({ searchIndex: () => '' });
    expect(await partial({ channel: CHANNEL, type: 'entry', payload: { id: 'astana' } })).toEqual({
      ok: false,
      error: '"entry" is not handled here',
    });
  });

  it('leaves messages of other channels unanswered, for their own listeners', () => {
    expect(route({ channel: 'other', type: 'entry', payload: { id: 'astana' } })).toBeUndefined();
    expect(route('entry')).toBeUndefined();
    expect(route(null)).toBeUndefined();
  });

  it('answers any random or malformed message with a clear refusal, never an exception', async () => {
    const messages = fc.oneof(
      fc.anything(),
      fc.record({ channel: fc.constant(CHANNEL), type: fc.string(), payload: fc.anything() }),
      fc.record({
        channel: fc.constant(CHANNEL),
        type: fc.constantFrom('entry', 'searchIndex'),
        payload: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
      }),
    );
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        const reply = await route(message);
        if (reply === undefined) expect(isOnChannel(message)).toBe(false);
        else if (reply.ok) expect(parseEnvelope(message).ok).toBe(true);
        else expect(reply.error).toMatch(/\S/);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('messenger', () => {
  it('sends an envelope through the transport and resolves to the value', async () => {
    const sent: unknown[] = [];
    const messenger = createMessenger(async (message) => {
      sent.push(message);
      return route(message);
    });
    await expect(messenger.send('entry', { id: 'astana' })).resolves.toEqual(body);
    expect(sent).toEqual([{ channel: CHANNEL, type: 'entry', payload: { id: 'astana' } }]);
  });

  it('rejects with a MessageError on a refusal or no answer', async () => {
    const refusing = createMessenger(async (message) => route(message));
    await expect(refusing.send('entry', { id: 'nowhere' })).rejects.toThrow(MessageError);
    await expect(refusing.send('entry', { id: 'nowhere' })).rejects.toThrow(/no entry "nowhere"/);
    const silent = createMessenger(async () => undefined);
    await expect(silent.send('searchIndex', {})).rejects.toThrow(/no answer to "searchIndex"/);
  });
});
