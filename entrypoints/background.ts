/**
 * The background answers card requests with entry bodies. The bodies (summaries, dates, sources: most of the
 * glossary's weight) are read from the extension's own files the first time a card opens, never injected into pages.
 */
import type { EntryBody } from '@/lib/glossary/body.ts';
import { type EntryResponse, isEntryRequest } from '@/lib/messages/protocol.ts';

let bodies: Promise<Record<string, EntryBody>> | undefined;

function loadBodies(): Promise<Record<string, EntryBody>> {
  bodies ??= fetch(browser.runtime.getURL('/glossary/entries.json')).then((r) => r.json());
  return bodies;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEntryRequest(message) || sender.id !== browser.runtime.id) return undefined;
    return loadBodies().then((all): EntryResponse => {
      const body = Object.hasOwn(all, message.id) ? all[message.id] : undefined;
      return body ? { ok: true, body } : { ok: false, error: `no entry "${message.id}"` };
    });
  });
});
