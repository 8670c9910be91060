/**
 * What the background serves from the extension's own glossary files, each read once, on first use:
 *  - entry bodies (summaries, dates, sources: most of the glossary's weight), when a card opens;
 *  - every entry and the search index, for the side panel.
 * None is injected into pages (the matcher's body comes inside the engine's script: entrypoints/engine).
 * `readText` reads one of the extension's files (the entrypoint passes a fetch of `runtime.getURL`).
 */
import type { EntryBody } from '../glossary/entry-body.ts';

const ENTRIES_PATH = '/glossary/entries.json';
const SEARCH_INDEX_PATH = '/glossary/search-index.json';

export interface GlossaryStore {
  entry(id: string): Promise<EntryBody>;
  /** Every entry body, as the file's JSON text (the side panel parses it: cheaper than a structured clone). */
  entriesJson(): Promise<string>;
  searchIndexJson(): Promise<string>;
}

export function createGlossaryStore(readText: (path: string) => Promise<string>): GlossaryStore {
  let bodies: Promise<Record<string, EntryBody>> | undefined;
  let bodiesJson: Promise<string> | undefined;
  let searchJson: Promise<string> | undefined;
  const entriesJson = () => {
    bodiesJson ??= readText(ENTRIES_PATH);
    return bodiesJson;
  };
  return {
    entriesJson,
    searchIndexJson() {
      searchJson ??= readText(SEARCH_INDEX_PATH);
      return searchJson;
    },
    async entry(id) {
      bodies ??= entriesJson().then((text) => JSON.parse(text) as Record<string, EntryBody>);
      const all = await bodies;
      const body = Object.hasOwn(all, id) ? all[id] : undefined;
      if (!body) throw new Error(`no entry "${id}"`);
      return body;
    },
  };
}
