/**
 * Every message between the extension's parts, in one place: each request type maps to its payload and to the
 * value it answers with. Adding a message is one entry in `MessageMap` and its validator in `PAYLOAD_CHECKS`; the
 * sender (`messenger.ts`) and the receiver (`router.ts`) take their types from here.
 * A message is untrusted input until checked: every payload is validated where it arrives.
 */
import type { EntryBody } from '../glossary/entry-body.ts';
import type { Settings } from '../settings/settings.ts';

interface MessageMap {
  /** Content script → background: the body of one entry, for its card. */
  entry: { payload: { readonly id: string }; response: EntryBody };
  /**
   * Content script → background: inject one of the scripts that only some pages need into the sender's frame (the
   * engine on a page that may name a term, the card on its first card). Resolves once it has run.
   */
  injectScript: { payload: { readonly script: InjectedScript }; response: true };
  /** Extension page (popup, side panel) → a tab's content script: the terms the page names, with their contexts. */
  pageTerms: { payload: Record<string, never>; response: PageTerms };
  /**
   * Side panel → a tab's content script: the page's text as blocks, for the names not in the glossary (discovery
   * runs in the panel's worker, never in the page). Read once per question, bounded (lib/page/page-text.ts).
   */
  pageText: { payload: Record<string, never>; response: PageText };
  /** Extension page → a tab's content script: scroll to one occurrence of a term, flash it and open its card. */
  revealTerm: { payload: { readonly id: string; readonly occurrence: number }; response: boolean };
  /** Side panel → background: every entry body of the bundled glossary (`entries.json`), as JSON text. */
  glossaryEntries: { payload: Record<string, never>; response: string };
  /** Side panel → background: the glossary's search index (`search-index.json`: folded names per entry), as JSON text. */
  searchIndex: { payload: Record<string, never>; response: string };
  /**
   * Content script → background: the reader's own entries compiled to matcher data (`MatcherData` as JSON text),
   * compiled in the background at run time; `null` when there are none. They change when `storage.local`'s
   * `ownEntries` key does (`storage.onChanged`): that is the signal to ask again.
   */
  ownMatcher: { payload: Record<string, never>; response: string | null };
  /**
   * Content script (the card's "Open in panel") → background: show this entry in the side panel. The background
   * leaves the request in `storage.local` (`panelRequest`), where an open panel sees it change and a panel opening
   * reads it, and opens the panel where the browser allows it from a click.
   */
  openInPanel: { payload: { readonly id: string }; response: boolean };
  /**
   * Content script → background: the reader's settings, validated (lib/settings/schema.ts). The background parses
   * them so that zod stays out of the every-page script.
   */
  settings: { payload: Record<string, never>; response: Settings };
  /** Content script → background: the number of distinct terms on its page, for the toolbar badge. */
  termCount: { payload: { readonly count: number }; response: null };
  /** Background → a tab's content script: a keyboard command (next or previous term). */
  navigate: { payload: { readonly direction: 1 | -1 }; response: boolean };
}

/** What a page names, for the popup and the side panel. */
export interface PageTerms {
  readonly url: string;
  readonly title: string;
  /** The page's language (`<html lang>`), '' when it says none. */
  readonly lang: string;
  /** One per entry named on the page, in the order of first occurrence. */
  readonly terms: readonly PageTerm[];
}

/** A page's text, for discovery in the side panel. */
export interface PageText {
  readonly url: string;
  readonly title: string;
  readonly lang: string;
  /** The page's blocks of text in document order (text nodes joined within a block, never across blocks). */
  readonly blocks: readonly string[];
  /** The page had more text than the bound: `blocks` are its beginning. */
  readonly truncated: boolean;
}

interface PageTerm {
  readonly id: string;
  /** Every occurrence in document order: the text as written, and a window of its block's text around it. */
  readonly occurrences: readonly {
    readonly text: string;
    /** Up to ~300 characters of the block on each side of the term (the sentence is cut from it by the reader). */
    readonly context: string;
    /** The term's offsets in `context`. */
    readonly start: number;
    readonly end: number;
  }[];
}

export type MessageType = keyof MessageMap;

/** The scripts injected on demand (entrypoints/engine, entrypoints/card): never listed in the manifest. */
const INJECTED_SCRIPTS = ['engine', 'card'] as const;
export type InjectedScript = (typeof INJECTED_SCRIPTS)[number];
export type Payload<T extends MessageType> = MessageMap[T]['payload'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

/** On the wire: a request names our channel, so foreign messages are told apart at once. */
export interface Envelope<T extends MessageType = MessageType> {
  readonly channel: typeof CHANNEL;
  readonly type: T;
  readonly payload: Payload<T>;
}

/** On the wire: every answer says whether it succeeded (a rejected promise does not cross every browser's bridge). */
export type Reply<T extends MessageType = MessageType> =
  | { readonly ok: true; readonly value: Response<T> }
  | { readonly ok: false; readonly error: string };

export const CHANNEL = 'steppe-lens';

const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown): boolean => isRecord(v) && Object.keys(v).length === 0;
const isEntryId = (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && ENTRY_ID.test(v);

/** One validator per message type: a payload of another shape is refused, never passed on. */
const PAYLOAD_CHECKS: { [T in MessageType]: (payload: unknown) => payload is Payload<T> } = {
  entry: (p): p is Payload<'entry'> => isRecord(p) && Object.keys(p).length === 1 && isEntryId(p.id),
  injectScript: (p): p is Payload<'injectScript'> =>
    isRecord(p) && Object.keys(p).length === 1 && INJECTED_SCRIPTS.includes(p.script as InjectedScript),
  pageTerms: (p): p is Payload<'pageTerms'> => isEmpty(p),
  pageText: (p): p is Payload<'pageText'> => isEmpty(p),
  revealTerm: (p): p is Payload<'revealTerm'> =>
    isRecord(p) &&
    Object.keys(p).length === 2 &&
    isEntryId(p.id) &&
    Number.isSafeInteger(p.occurrence) &&
    (p.occurrence as number) >= 0,
  glossaryEntries: (p): p is Payload<'glossaryEntries'> => isEmpty(p),
  searchIndex: (p): p is Payload<'searchIndex'> => isEmpty(p),
  ownMatcher: (p): p is Payload<'ownMatcher'> => isEmpty(p),
  openInPanel: (p): p is Payload<'openInPanel'> => isRecord(p) && Object.keys(p).length === 1 && isEntryId(p.id),
  settings: (p): p is Payload<'settings'> => isEmpty(p),
  termCount: (p): p is Payload<'termCount'> =>
    isRecord(p) && Object.keys(p).length === 1 && Number.isSafeInteger(p.count) && (p.count as number) >= 0,
  navigate: (p): p is Payload<'navigate'> =>
    isRecord(p) && Object.keys(p).length === 1 && (p.direction === 1 || p.direction === -1),
};

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(PAYLOAD_CHECKS, type);
}

/** Is this message on our channel at all? Others are not ours to answer (another listener may be theirs). */
export function isOnChannel(message: unknown): boolean {
  return isRecord(message) && message.channel === CHANNEL;
}

/** The envelope, if `message` is one of ours with a valid payload; else why not. */
export function parseEnvelope(message: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (!isRecord(message) || message.channel !== CHANNEL) return { ok: false, error: 'not a Steppe Lens message' };
  const { type, payload } = message;
  if (!isMessageType(type)) return { ok: false, error: `unknown message type ${JSON.stringify(String(type))}` };
  if (!PAYLOAD_CHECKS[type](payload)) return { ok: false, error: `invalid payload for "${type}"` };
  return { ok: true, envelope: { channel: CHANNEL, type, payload } as Envelope };
}
