/**
 * The maintainers' tool: `npm run glossary -- <command>`.
 *   check                         validate every entry (file, line and field for each error)
 *   build                         check, then write the matcher data, the entry bodies and the JSON Schema
 *   schema                        write only the JSON Schema (for editors; run by npm install)
 *   new <id> --type <type>        scaffold an entry with every field
 *   scan [--json] <file>          what the extension would highlight in a .txt or .html file
 *   stats                         entries by type and by country, language coverage
 *   stale [--months N]            entries whose changing facts (asOf) are older than N months (default 12)
 *   figures                       entries whose en/fr/de summaries give different dates or numbers
 *   suggest [--json] <file|folder>…  names the texts mention that the glossary lacks and that look Central Asian
 *   new <id> --from "<name>" [--in <file|folder>…]  scaffold an entry from a suggested name
 *   aliases <id>                  an entry's hand-written and generated forms, with the system of each, and a
 *                                 person's discourse forms (the surname alone, after the full name on a page)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { COUNTRIES, type Country, ENTRY_TYPES, type EntryType } from '../lib/glossary/vocabulary.ts';
import { compileBodies, compileMatcherData, compileSearchIndex } from '../lib/glossary-build/compile.ts';
import { discourseForms } from '../lib/glossary-build/discourse-forms.ts';
import { figureMismatches } from '../lib/glossary-build/figures.ts';
import { formatAliases } from '../lib/glossary-build/format-aliases.ts';
import { staleEntries } from '../lib/glossary-build/freshness.ts';
import { generateAliases } from '../lib/glossary-build/generated-aliases.ts';
import { formatError } from '../lib/glossary-build/load.ts';
import { scaffoldEntry, scaffoldFromName } from '../lib/glossary-build/scaffold.ts';
import { entrySchema } from '../lib/glossary-build/schema.ts';
import { formatStats, glossaryStats } from '../lib/glossary-build/stats.ts';
import { isOrdinaryWord } from './glossary/lexicon.ts';
import { readGlossary } from './glossary/read-glossary.ts';
import { scanFile } from './glossary/scan-file.ts';

const ENTRIES_DIR = process.env.GLOSSARY_DIR ?? 'glossary/entries';
const OUT = {
  matcherHead: 'lib/generated/matcher-head.json',
  // Each entry's type, by the matcher's entry index: the page filters terms by the reader's chosen types.
  entryTypes: 'lib/generated/entry-types.json',
  // The matcher's body: in the engine's own script (injected with it, no message), and for the side panel's worker.
  matcherBody: 'lib/generated/matcher-body.json',
  panelMatcherBody: 'public/glossary/matcher-body.json',
  bodies: 'public/glossary/entries.json',
  searchIndex: 'public/glossary/search-index.json',
  // Discovery in the side panel's worker: the trained name model and the ordinary words' filter.
  nameModel: 'public/glossary/name-model.json',
  ordinaryWords: 'public/glossary/ordinary-words.bin',
  schema: 'glossary/schema.json',
};

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function checked() {
  const { loaded, errors } = readGlossary(ENTRIES_DIR);
  if (errors.length > 0) {
    for (const e of errors) console.error(formatError(e));
    console.error(`\n${errors.length} error(s) in ${ENTRIES_DIR}`);
    process.exit(1);
  }
  return loaded.map((l) => l.entry);
}

function jsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(entrySchema, { io: 'input' }), null, 2)}\n`;
}

const commands: Record<string, (args: string[]) => void | Promise<void>> = {
  check() {
    const entries = checked();
    console.log(`glossary ok: ${entries.length} entries`);
  },
  async build() {
    const entries = checked();
    write(OUT.schema, jsonSchema());
    const { ids, anchors, patterns, trie, discourseAnchors } = compileMatcherData(entries, {
      isOrdinaryWord,
      discourse: true,
    });
    write(OUT.matcherHead, JSON.stringify({ anchors }));
    const body = JSON.stringify({ ids, patterns, trie, discourseAnchors });
    write(OUT.matcherBody, body);
    write(OUT.panelMatcherBody, body);
    const typeOf = new Map(entries.map((e) => [e.id, e.type]));
    write(OUT.entryTypes, JSON.stringify(ids.map((id) => ENTRY_TYPES.indexOf(typeOf.get(id)!))));
    write(OUT.bodies, JSON.stringify(compileBodies(entries)));
    write(OUT.searchIndex, JSON.stringify(compileSearchIndex(entries)));
    // The discovery data loads the word lists only for the build (the other commands never need them).
    const { glossaryNameModel, ordinaryWordFilter } = await import('./glossary/discovery-data.ts');
    const { encodeWordFilter } = await import('../lib/discovery/word-filter.ts');
    write(OUT.nameModel, JSON.stringify(glossaryNameModel(entries)));
    write(OUT.ordinaryWords, encodeWordFilter(ordinaryWordFilter()));
    console.log(
      `glossary built: ${entries.length} entries → ${OUT.matcherHead}, ${OUT.matcherBody}, ${OUT.bodies}, ${OUT.searchIndex}, ${OUT.nameModel}, ${OUT.ordinaryWords}, ${OUT.schema}`,
    );
  },
  schema() {
    write(OUT.schema, jsonSchema());
    console.log(`wrote ${OUT.schema}`);
  },
  new(args) {
    const id = args.find((a) => !a.startsWith('--'));
    if (args.includes('--from')) return newFrom(id, args);
    const type = args[args.indexOf('--type') + 1] as EntryType | undefined;
    const countries = (args.includes('--country') ? (args[args.indexOf('--country') + 1] ?? '') : 'kz').split(',');
    if (!id || !type || !ENTRY_TYPES.includes(type) || !countries.every((c) => COUNTRIES.includes(c as Country))) {
      throw new Error(`usage: glossary new <id> --type <${ENTRY_TYPES.join('|')}> [--country kz,uz,…]`);
    }
    const path = `${ENTRIES_DIR}/${id}.yaml`;
    if (existsSync(path)) throw new Error(`${path} exists already`);
    write(path, scaffoldEntry(id, type, countries as Country[]));
    console.log(`wrote ${path}: fill in every field, then run \`npm run glossary -- check\``);
  },
  scan(args) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) throw new Error('usage: glossary scan [--json] <file.txt|file.html>');
    const loaded = readGlossary(ENTRIES_DIR).loaded.map((l) => l.entry);
    const found = scanFile(file, loaded);
    if (args.includes('--json')) console.log(JSON.stringify(found, null, 2));
    else {
      for (const f of found) {
        const alone = f.discourse ? '\t(surname alone, after the full name)' : '';
        console.log(`${f.start}-${f.end}\t${f.text}\t→ ${f.id} (${f.title})${alone}`);
      }
    }
  },
  async suggest(args) {
    const paths = args.filter((a) => !a.startsWith('--'));
    if (paths.length === 0) throw new Error('usage: glossary suggest [--json] <file.txt|file.html|folder>…');
    // wink-nlp and its model load only for the commands that use them.
    const { formatSuggestions, suggestFromFiles } = await import('./glossary/suggest.ts');
    const suggestions = suggestFromFiles(paths, checked());
    if (args.includes('--json')) console.log(JSON.stringify(suggestions, null, 2));
    else console.log(formatSuggestions(suggestions));
  },
  aliases(args) {
    const id = args.find((a) => !a.startsWith('--'));
    if (!id) throw new Error('usage: glossary aliases <id>');
    const entries = readGlossary(ENTRIES_DIR).loaded.map((l) => l.entry);
    const generated = generateAliases(entries, { isOrdinaryWord });
    console.log(formatAliases(id, entries, generated, discourseForms(entries, generated, { isOrdinaryWord })));
  },
  stats() {
    console.log(formatStats(glossaryStats(readGlossary(ENTRIES_DIR).loaded.map((l) => l.entry))));
  },
  stale(args) {
    const months = args.includes('--months') ? Number(args[args.indexOf('--months') + 1]) : 12;
    if (!Number.isInteger(months) || months < 0) throw new Error('usage: glossary stale [--months N]');
    const stale = staleEntries(checked(), months, new Date());
    for (const s of stale) console.log(`${s.id}\tas of ${s.asOf}\t${s.months} months ago\t${ENTRIES_DIR}/${s.id}.yaml`);
    console.log(
      `${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} with facts last true as of more than ${months} months ago`,
    );
  },
  figures() {
    const mismatches = figureMismatches(checked());
    for (const m of mismatches) {
      console.log(`${ENTRIES_DIR}/${m.id}.yaml: summary figures differ`);
      for (const [lang, figures] of Object.entries(m.figures))
        console.log(`  ${lang}: ${figures.join(' ') || '(none)'}`);
    }
    console.log(
      `${mismatches.length} entr${mismatches.length === 1 ? 'y' : 'ies'} whose en/fr/de summaries give different figures`,
    );
  },
};

/** `new <id> --from "<name>" [--type t] [--in paths…]`: an entry prefilled from a discovered name. */
async function newFrom(id: string | undefined, args: string[]): Promise<void> {
  const name = args[args.indexOf('--from') + 1];
  const type = (args.includes('--type') ? args[args.indexOf('--type') + 1] : 'place') as EntryType;
  if (!id || !name || name.startsWith('--') || !ENTRY_TYPES.includes(type)) {
    throw new Error('usage: glossary new <id> --from "<name>" [--type <type>] [--in <file|folder>…]');
  }
  const path = `${ENTRIES_DIR}/${id}.yaml`;
  if (existsSync(path)) throw new Error(`${path} exists already`);
  const inAt = args.indexOf('--in');
  const paths = inAt >= 0 ? args.slice(inAt + 1).filter((a) => !a.startsWith('--')) : [];
  const { sentencesWith } = await import('./glossary/suggest.ts');
  write(path, scaffoldFromName(id, type, name, paths.length > 0 ? sentencesWith(name, paths) : []));
  console.log(`wrote ${path}: fill in every field, then run \`npm run glossary -- check\``);
}

const [command = 'check', ...args] = process.argv.slice(2);
const run = commands[command];
if (!run) {
  console.error(`unknown command "${command}"; commands: ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
try {
  await run(args);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
