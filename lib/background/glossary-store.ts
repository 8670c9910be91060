/**
 * What the background serves from the extension's own glossary files, each read once, on first use:
 *  - entry bodies (summaries, dates, sources: most of the glossary's weight), when a card opens;
 *  - the matcher's patterns and automaton, for a page that may name a term (most pages never ask).
 * Neither is injected into every page. `readText` reads one of the extension's files (the entrypoint passes a
 * fetch of `runtime.getURL`).
 */
import type { EntryBody } from '../glossary/entry-body.ts';

const ENTRIES_PATH = '/glossary/entries.json';
const MATCHER_BODY_PATH = '/glossary/matcher-body.json';

export interface GlossaryStore {
  entry(id: string): Promise<EntryBody>;
  matcherBody(): Promise<string>;
}

export function createGlossaryStore(readText: (path: string) => Promise<string>): GlossaryStore {
  let bodies: Promise<Record<string, EntryBody>> | undefined;
  let matcherJson: Promise<string> | undefined;
  return {
    async entry(id) {
      bodies ??= readText(ENTRIES_PATH).then((text) => JSON.parse(text) as Record<string, EntryBody>);
      const all = await bodies;
      const body = Object.hasOwn(all, id) ? all[id] : undefined;
      if (!body) throw new Error(`no entry "${id}"`);
      return body;
    },
    matcherBody() {
      matcherJson ??= readText(MATCHER_BODY_PATH);
      return matcherJson;
    },
  };
}
