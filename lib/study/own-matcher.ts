/**
 * The reader's own entries as matcher data, compiled at run time by the glossary's own compiler (in the background,
 * never in the every-page script): `MatcherData` as JSON text, or null when there are none.
 */
import { compileMatcherData } from '../glossary-build/compile.ts';
import { type KeyValueStore, readOwnEntries } from './stored.ts';

export async function ownMatcherJson(store: KeyValueStore): Promise<string | null> {
  const entries = Object.values((await readOwnEntries(store)).values);
  return entries.length === 0 ? null : JSON.stringify(compileMatcherData(entries));
}
