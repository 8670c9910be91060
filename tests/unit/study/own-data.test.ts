/** Own entries and notes: validated storage (corrupt values set aside, never dropped), import all or nothing, export, backup. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { exportEntries, makeBackup, parseBackup, parseImport } from '@/lib/study/own-entries.ts';
import { KEYS, type KeyValueStore, readNotes, readOwnEntries, readQuarantine, saveNote } from '@/lib/study/stored.ts';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (k) => structuredClone(data[k]),
    set: async (k, v) => {
      data[k] = structuredClone(v);
    },
  };
}

const bundledIds = new Set(Object.keys(JSON.parse(readFileSync('public/glossary/entries.json', 'utf8'))));
const own = (id: string, extra: Partial<Entry> = {}) => ({
  id,
  type: 'place',
  countries: ['kz'],
  title: { en: 'Baikonur Town', fr: 'Ville de Baïkonour', de: 'Stadt Baikonur' },
  aliases: ['Baikonur Town'],
  summary: { en: 'A town.', fr: 'Une ville.', de: 'Eine Stadt.' },
  dates: [{ date: '1955', label: { en: 'Founded', fr: 'Fondée', de: 'Gegründet' } }],
  related: ['astana'],
  sources: [{ title: 'Source', url: 'https://example.org/' }],
  reviewed: '2026-12-03',
  ...extra,
});

describe('stored notes and own entries', () => {
  it('keeps valid notes, sets corrupt ones aside with the reason, and loses nothing', async () => {
    const store = memoryStore({
      [KEYS.notes]: { astana: { text: 'ok', updated: 'x' }, almaty: { text: 42 }, abai: 'broken' },
    });
    const r = await readNotes(store, () => 'T');
    expect(r.values).toEqual({ astana: { text: 'ok', updated: 'x' } });
    expect(r.corrupt.map((c) => c.id)).toEqual(['almaty', 'abai']);
    const q = await readQuarantine(store);
    expect(q.map((c) => [c.key, c.id, c.value])).toEqual([
      ['notes', 'almaty', { text: 42 }],
      ['notes', 'abai', 'broken'],
    ]);
    expect(store.data[KEYS.notes]).toEqual({ astana: { text: 'ok', updated: 'x' } });
  });

  it('saves and removes a note', async () => {
    const store = memoryStore();
    await saveNote(store, 'astana', 'capital since 1997', 'T');
    expect((await readNotes(store)).values).toEqual({ astana: { text: 'capital since 1997', updated: 'T' } });
    await saveNote(store, 'astana', '  ');
    expect((await readNotes(store)).values).toEqual({});
  });

  it('validates own entries with the glossary schema when read', async () => {
    const store = memoryStore({
      [KEYS.ownEntries]: { 'baikonur-town': own('baikonur-town'), bad: own('bad', { type: 'planet' as never }) },
    });
    const r = await readOwnEntries(store, () => 'T');
    expect(Object.keys(r.values)).toEqual(['baikonur-town']);
    expect(r.corrupt[0]!.reason).toMatch(/^type: /);
  });
});

describe('import', () => {
  it('imports valid YAML (several documents) and JSON, and reports ids already present as conflicts', () => {
    const yaml = exportEntries([own('baikonur-town') as Entry, own('aral-town') as Entry], 'yaml');
    const r = parseImport(yaml, bundledIds, new Set(['aral-town']));
    expect(r.ok && r.entries.map((e) => e.id)).toEqual(['baikonur-town', 'aral-town']);
    expect(r.ok && r.conflicts).toEqual(['aral-town']);
    const j = parseImport(JSON.stringify({ entries: [own('baikonur-town')] }), bundledIds, new Set());
    expect(j.ok).toBe(true);
  });

  it('is all or nothing: one invalid entry fails the file, naming the entry and field, with the schema message', () => {
    const bad = own('aral-town', { sources: [{ title: 'x', url: 'http://example.org' }] });
    const r = parseImport(JSON.stringify([own('baikonur-town'), bad]), bundledIds, new Set());
    expect(r).toEqual({
      ok: false,
      errors: [{ entry: 'aral-town', field: 'sources[0].url', message: 'must be a well-formed https:// URL' }],
    });
  });

  it('refuses a bundled id, a duplicate id, an unknown related id and a missing field', () => {
    const { summary: _, ...noSummary } = own('x-town');
    const r = parseImport(
      JSON.stringify([own('astana'), own('y-town'), own('y-town'), own('z-town', { related: ['nowhere'] }), noSummary]),
      bundledIds,
      new Set(),
    );
    expect(r.ok ? [] : r.errors).toEqual([
      { entry: 'astana', field: 'id', message: 'an entry of the bundled glossary has this id' },
      { entry: 'y-town', field: 'id', message: 'the file has two entries with this id' },
      { entry: 'z-town', field: 'related[0]', message: 'no entry "nowhere"' },
      { entry: 'x-town', field: 'summary', message: 'required field is missing' },
    ]);
  });

  it('says why a file that is not YAML or JSON fails', () => {
    const r = parseImport('{ nope', bundledIds, new Set());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^JSON: /);
  });
});

describe('export and backup', () => {
  it('exports in the bundled format: each YAML document is an entry file as it would be committed', () => {
    const yaml = exportEntries([own('baikonur-town') as Entry], 'yaml');
    expect(yaml.startsWith('# yaml-language-server: $schema=../schema.json\n')).toBe(true);
    expect(parseYaml(yaml)).toEqual(own('baikonur-town'));
  });

  it('restores a backup of own entries and notes, and refuses a damaged one whole', () => {
    const text = makeBackup([own('baikonur-town') as Entry], { astana: { text: 'n', updated: 'T' } }, 'T');
    const r = parseBackup(text, bundledIds);
    expect(r.ok && [r.ownEntries.map((e) => e.id), r.notes]).toEqual([
      ['baikonur-town'],
      { astana: { text: 'n', updated: 'T' } },
    ]);
    const damaged = JSON.parse(text);
    damaged.notes.almaty = { text: 1 };
    expect(parseBackup(JSON.stringify(damaged), bundledIds).ok).toBe(false);
    expect(parseBackup('{}', bundledIds).ok).toBe(false);
  });
});

describe('ownMatcher', () => {
  it('compiles own entries to matcher data at run time, and answers null when there are none', async () => {
    const { ownMatcherJson } = await import('@/lib/study/own-matcher.ts');
    expect(await ownMatcherJson(memoryStore())).toBeNull();
    const json = await ownMatcherJson(memoryStore({ [KEYS.ownEntries]: { 'baikonur-town': own('baikonur-town') } }));
    const data = JSON.parse(json!);
    expect(data.ids).toEqual(['baikonur-town']);
    expect(data.patterns.length).toBeGreaterThan(0);
    expect(data.trie).toBeDefined();
  });
});
