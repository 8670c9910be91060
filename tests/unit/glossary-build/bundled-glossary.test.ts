/** The glossary that ships: valid, complete in three languages, and large enough for readers and students. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READER_LANGS } from '@/lib/glossary/vocabulary.ts';
import { formatError } from '@/lib/glossary-build/load.ts';
import { glossaryStats } from '@/lib/glossary-build/stats.ts';
import { readGlossary } from '../../../scripts/glossary/read-glossary.ts';

const { loaded, errors } = readGlossary('glossary/entries');
const entries = loaded.map((l) => l.entry);

describe('bundled glossary', () => {
  it('passes every check', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('has at least 200 entries, each titled and summarised in en, fr and de', () => {
    const stats = glossaryStats(entries);
    expect(stats.entries).toBeGreaterThanOrEqual(200);
    for (const lang of READER_LANGS) {
      expect(stats.coverage[lang]).toEqual({ titles: stats.entries, summaries: stats.entries });
    }
  });

  it('references its JSON Schema from every entry file', () => {
    for (const l of loaded) {
      expect(readFileSync(l.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema.json');
    }
  });

  it('covers every Central Asia term of the seed article with an entry', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of [
      'astana',
      'kazakhstan',
      'central-asia',
      'abai-qunanbaiuly',
      'death-penalty-abolition-kazakhstan',
      'kyzylorda',
      'tashkent',
      'bishkek',
      'khabar24',
      'astana-times',
      'novastan',
      'abai-verne-scholarship',
      'paris-nur-sultan-pact',
      'kazakhs',
      'jean-galiev',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
