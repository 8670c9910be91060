/**
 * Messages between the content script and the background, typed here and validated where they arrive
 * (a message is untrusted input until checked).
 */
import type { EntryBody } from '../glossary/body.ts';

export interface EntryRequest {
  readonly type: 'steppe-lens:entry';
  readonly id: string;
}

export type EntryResponse = { ok: true; body: EntryBody } | { ok: false; error: string };

export function isEntryRequest(message: unknown): message is EntryRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'steppe-lens:entry' && typeof m.id === 'string' && /^[a-z0-9-]{1,100}$/.test(m.id);
}

/** The content script asks for the matcher's patterns and automaton when a page may name a term. */
export interface MatcherRequest {
  readonly type: 'steppe-lens:matcher';
}

/** The body as JSON text: the content script parses it (a structured clone of the parsed data would cost more). */
export type MatcherResponse = { ok: true; json: string } | { ok: false; error: string };

export function isMatcherRequest(message: unknown): message is MatcherRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Record<string, unknown>).type === 'steppe-lens:matcher'
  );
}
