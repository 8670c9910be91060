/**
 * Fuzzing, bounded so the suite stays fast (10,000 cases each): the folding and the matcher with random Unicode,
 * and the glossary loader with random YAML. Nothing may throw; offsets always map back inside the text; a bad entry
 * always gets a clear error naming its file, a line and (where one applies) a field. (The message handlers' fuzzer is
 * in tests/unit/messages/messages.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadEntry } from '@/lib/glossary-build/load.ts';
import { fold, sourceEnd } from '@/lib/match/fold.ts';
import { entry, matcherFor } from '../support/entries.ts';

const RUNS = 10_000;

/** Any Unicode, weighted towards what pages are made of: letters with marks, Cyrillic, spaces, names. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        'Astana',
        'Нур-Султан',
        'd’Abaï',
        'Kasachstans',
        ' ',
        '\u0301',
        '\u00ad',
        'ß',
        'İ',
        '𝚺',
        '\ud800',
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
);

describe('fuzzing', { timeout: 60_000 }, () => {
  it('folds any text without throwing, every folded unit mapping back inside the source', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = fold(s);
        expect(f.starts.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.starts[i]).toBeGreaterThanOrEqual(0);
          expect(f.starts[i]).toBeLessThan(s.length);
          if (i > 0) expect(f.starts[i]).toBeGreaterThanOrEqual(f.starts[i - 1]!);
          expect(sourceEnd(f, i)).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  const matcher = matcherFor([
    entry('astana', ['Astana', 'Nur-Sultan', { text: 'Нур-Султан', lang: 'ru', endings: ['', 'а'] }]),
    entry('abai', ['Abai', { text: 'Abaï', lang: 'fr' }]),
    entry('kazakhstan', ['Kazakhstan', { text: 'Kasachstan', lang: 'de', endings: ['', 's'] }]),
    entry('death-penalty', [{ text: 'death penalty', context: ['kazakhstan'] }]),
  ]);

  it('matches any text without throwing, every match a non-empty span inside the text, in order', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = `${a} Astana ${b} d’Abaï`;
        const matches = matcher.findMatches(s);
        let reach = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(reach);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(matcher.ids[m.entryIndex]).toBeDefined();
          reach = m.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  /** Random YAML documents: random values, and a valid entry with one field broken at random. */
  const valid = {
    id: 'astana',
    type: 'place',
    countries: ['kz'],
    title: { en: 'Astana', fr: 'Astana', de: 'Astana' },
    aliases: ['Astana'],
    summary: { en: 'A city.', fr: 'Une ville.', de: 'Eine Stadt.' },
    sources: [{ title: 'Source', url: 'https://example.org/' }],
    reviewed: '2026-12-03',
  };
  const broken = fc
    .tuple(fc.constantFrom(...Object.keys(valid)), fc.anything())
    .map(([key, value]) => stringify({ ...valid, [key]: value }));
  const yamlText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.anything().map((v) => stringify(v) ?? ''),
    broken,
    fc.tuple(broken, fc.nat(400)).map(([s, cut]) => s.slice(0, cut)),
  );

  it('loads any YAML without throwing: either an entry, or errors that name the file, a line and a message', () => {
    fc.assert(
      fc.property(yamlText, (source) => {
        const result = loadEntry('glossary/entries/astana.yaml', source);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.file).toBe('glossary/entries/astana.yaml');
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.message).toMatch(/\S/);
          expect(typeof e.field).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing: pinned counterexamples', () => {
  it('refuses YAML whose alias has no anchor with an error, not an exception (fast-check seed 634846121)', () => {
    const result = loadEntry('glossary/entries/astana.yaml', '*!');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^YAML: /) });
  });
});
