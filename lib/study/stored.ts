/**
 * The reader's data in `storage.local`: notes per entry and own entries, validated with zod whenever read. A value
 * that fails is reported and moved aside under `quarantine` (never dropped: a later version, or the reader through
 * a backup, can still recover it); the rest is used. `store` is passed in (the panel gives `browser.storage.local`).
 */
import { z } from 'zod';
import { checkEntry } from '../glossary-build/load.ts';
import type { Entry } from '../glossary-build/schema.ts';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const KEYS = {
  notes: 'notes',
  ownEntries: 'ownEntries',
  quarantine: 'quarantine',
  panelRequest: 'panelRequest',
} as const;

/** "Open in panel": the entry asked for, and when (a panel that opens later honours only a fresh request). */
export interface PanelRequest {
  readonly id: string;
  readonly at: number;
}

const panelRequestSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), at: z.number() });

/** The pending "Open in panel" request, if any and no older than `maxAgeMs`. */
export async function readPanelRequest(
  store: KeyValueStore,
  now: number,
  maxAgeMs = 30_000,
): Promise<PanelRequest | undefined> {
  const r = panelRequestSchema.safeParse(await store.get(KEYS.panelRequest));
  return r.success && now - r.data.at <= maxAgeMs ? r.data : undefined;
}

const noteSchema = z.strictObject({ text: z.string().max(50_000), updated: z.string() });
export type Note = z.infer<typeof noteSchema>;

/** A value that failed validation, kept aside with where it came from and why. */
export interface Quarantined {
  readonly key: string;
  readonly id: string;
  readonly value: unknown;
  readonly reason: string;
  readonly at: string;
}

export interface ReadResult<T> {
  readonly values: Record<string, T>;
  /** What was set aside on this read (empty when all was well). */
  readonly corrupt: readonly Quarantined[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readValidated<T>(
  store: KeyValueStore,
  key: string,
  check: (id: string, value: unknown) => { ok: true; value: T } | { ok: false; reason: string },
  now: () => string,
): Promise<ReadResult<T>> {
  const raw = await store.get(key);
  if (raw === undefined) return { values: {}, corrupt: [] };
  const values: Record<string, T> = {};
  const corrupt: Quarantined[] = [];
  if (!isRecord(raw)) {
    corrupt.push({ key, id: '', value: raw, reason: 'not an object of entries', at: now() });
  } else {
    for (const [id, value] of Object.entries(raw)) {
      const r = check(id, value);
      if (r.ok) values[id] = r.value;
      else corrupt.push({ key, id, value, reason: r.reason, at: now() });
    }
  }
  if (corrupt.length > 0) {
    // Aside first, then the cleaned value: a failure between the two writes loses nothing.
    const previous = await store.get(KEYS.quarantine);
    await store.set(KEYS.quarantine, [...(Array.isArray(previous) ? previous : []), ...corrupt]);
    await store.set(key, values);
  }
  return { values, corrupt };
}

export function readNotes(store: KeyValueStore, now = () => new Date().toISOString()): Promise<ReadResult<Note>> {
  return readValidated(
    store,
    KEYS.notes,
    (_id, value) => {
      const r = noteSchema.safeParse(value);
      return r.success ? { ok: true, value: r.data } : { ok: false, reason: r.error.issues[0]!.message };
    },
    now,
  );
}

export function readOwnEntries(store: KeyValueStore, now = () => new Date().toISOString()): Promise<ReadResult<Entry>> {
  return readValidated(
    store,
    KEYS.ownEntries,
    (id, value) => {
      const r = checkEntry(value);
      if (!r.ok) return { ok: false, reason: r.errors.map((e) => `${e.field}: ${e.message}`).join('; ') };
      return r.entry.id === id ? { ok: true, value: r.entry } : { ok: false, reason: `stored under "${id}"` };
    },
    now,
  );
}

/** Writes one note (an empty text removes it). */
export async function saveNote(store: KeyValueStore, id: string, text: string, now = new Date().toISOString()) {
  const { values } = await readNotes(store);
  if (text.trim()) values[id] = { text, updated: now };
  else delete values[id];
  await store.set(KEYS.notes, values);
}

export async function readQuarantine(store: KeyValueStore): Promise<Quarantined[]> {
  const q = await store.get(KEYS.quarantine);
  return Array.isArray(q) ? (q as Quarantined[]) : [];
}
