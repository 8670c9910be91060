/**
 * The reader's own entries as matcher data, compiled at run time by the glossary's own compiler (in the background,
 * never in the every-page script): `MatcherData` as JSON text, or null when there are none.
 */
import type { EntryBody } from '../glossary/entry-body.ts';
import { compileBodies, compileMatcherData } from '../glossary-build/compile.ts';
import { type KeyValueStore, readOwnEntries } from './stored.ts';

export async function ownMatcherJson(store: KeyValueStore): Promise<string | null> {
  const entries = Object.values((await readOwnEntries(store)).values);
  return entries.length === 0 ? null : JSON.stringify(compileMatcherData(entries));
}

/** One own entry as a card shows it (the background's answer to `entry` when the bundled glossary has no such id). */
export async function ownEntryBody(store: KeyValueStore, id: string): Promise<EntryBody | undefined> {
  const entries = Object.values((await readOwnEntries(store)).values);
  return compileBodies(entries)[id];
}
