/** The maintainers' tools: scaffold, scan (text and HTML, with the JSON the CLI prints), stats, compile. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileBodies, compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { loadEntry } from '@/lib/glossary-build/load.ts';
import { scaffoldEntry } from '@/lib/glossary-build/scaffold.ts';
import { scanBlocks } from '@/lib/glossary-build/scan-text.ts';
import { formatStats, glossaryStats } from '@/lib/glossary-build/stats.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { CASE_SENSITIVE, COMMON_WORD } from '@/lib/match/types.ts';
import { fileBlocks } from '../../../scripts/glossary/scan-file.ts';
import { entry } from '../support/entries.ts';

const entries = [
  entry('astana', ['Astana', 'Nur-Sultan'], { related: ['kazakhstan'] }),
  entry('kazakhstan', ['Kazakhstan', { text: 'Kasachstan', lang: 'de', endings: ['', 's'] }]),
  entry('almaty', ['Almaty', { text: 'Alma', caseSensitive: true }]),
  entry('death-penalty', [{ text: 'peine de mort', context: ['kazakhstan'] }]),
];

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'steppe-')), name);
  writeFileSync(path, text);
  return path;
}

const node = process.execPath;
const cli = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(node, ['--experimental-strip-types', '--no-warnings', 'scripts/glossary.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('glossary new', () => {
  it('scaffolds an entry with every field, which check rejects until the TODOs are filled in', () => {
    const text = scaffoldEntry('aral-sea', 'place');
    const data = parse(text);
    expect(Object.keys(data)).toEqual([
      'id',
      'type',
      'countries',
      'title',
      'native',
      'aliases',
      'summary',
      'dates',
      'related',
      'sources',
      'reviewed',
    ]);
    const result = loadEntry('aral-sea.yaml', text);
    expect(result.ok).toBe(true);
  });

  // It spawns the command-line tool three times: seconds on a loaded machine.
  it('writes the file from the command line and refuses to overwrite it', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'steppe-new-'));
    cli(['new', 'aral-sea', '--type', 'place'], { GLOSSARY_DIR: dir });
    expect(readFileSync(join(dir, 'aral-sea.yaml'), 'utf8')).toContain('id: aral-sea');
    expect(() => cli(['new', 'aral-sea', '--type', 'place'], { GLOSSARY_DIR: dir })).toThrow();
    expect(() => cli(['check'], { GLOSSARY_DIR: dir })).toThrow(/placeholder "TODO"/);
  });
});

describe('glossary scan', () => {
  it('gives UTF-16 offsets into the whole text of a .txt file, a block per line', () => {
    const text = 'Le Kazakhstan 🇰🇿 a aboli la peine de mort.\nAstana, ex-Nur-Sultan.';
    const hits = scanBlocks(fileBlocks(tempFile('a.txt', text)), entries);
    expect(hits.map((h) => [h.text, h.id])).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['peine de mort', 'death-penalty'],
      ['Astana', 'astana'],
      ['Nur-Sultan', 'astana'],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(hits[2]).toMatchObject({ title: 'astana', aliases: ['Astana', 'Nur-Sultan'] });
  });

  it('reads an .html file as its text content with blocks separated by a newline', () => {
    const html = '<h1>Astana</h1><p>Die Hauptstadt <em>Kasach</em>stans.</p><script>Almaty</script><p>Alma</p>';
    expect(fileBlocks(tempFile('a.html', html))).toEqual(['Astana', 'Die Hauptstadt Kasachstans.', 'Alma']);
    const hits = scanBlocks(fileBlocks(tempFile('a.html', html)), entries);
    expect(hits.map((h) => [h.start, h.end, h.text])).toEqual([
      [0, 6, 'Astana'],
      [22, 33, 'Kasachstans'],
    ]);
  });

  it('prints one JSON array of {start, end, text, id, title, aliases} from the command line', {
    timeout: 30_000,
  }, () => {
    const file = tempFile('seed.txt', "L'ambassade d'Astana et Kasachstans Presse.");
    const out = JSON.parse(cli(['scan', '--json', file]));
    expect(out).toEqual([
      expect.objectContaining({ start: 14, end: 20, text: 'Astana', id: 'astana', title: 'Astana' }),
      expect.objectContaining({ start: 24, end: 35, text: 'Kasachstans', id: 'kazakhstan', title: 'Kazakhstan' }),
    ]);
    expect(out[0].aliases).toContain('Nur-Sultan');
  });

  it('marks a surname alone after its person’s full name, in the text and the JSON output', { timeout: 30_000 }, () => {
    const file = tempFile('people.txt', 'Yerzhanov first.\nAdilkhan Yerzhanov made films.\nThen Yerzhanov left.');
    const lines = cli(['scan', file]).trim().split('\n');
    expect(lines).toEqual([
      '17-35\tAdilkhan Yerzhanov\t→ adilkhan-yerzhanov (Adilkhan Yerzhanov)',
      '53-62\tYerzhanov\t→ adilkhan-yerzhanov (Adilkhan Yerzhanov)\t(surname alone, after the full name)',
    ]);
    const out = JSON.parse(cli(['scan', '--json', file]));
    expect(out.map((h: { discourse?: boolean }) => h.discourse ?? false)).toEqual([false, true]);
  });
});

describe('glossary stats', () => {
  it('counts entries by type and the coverage of each language', () => {
    const stats = glossaryStats(entries);
    expect(stats.entries).toBe(4);
    expect(stats.byType.place).toBe(4);
    expect(stats.coverage.de).toEqual({ titles: 4, summaries: 4 });
    expect(stats.aliasesByLang).toMatchObject({ any: 6, de: 2 });
    expect(formatStats(stats)).toContain('de  titles 4/4  summaries 4/4');
  });
});

describe('glossary compile', () => {
  it('compiles folded patterns with their rules, entry indices sorted by id', () => {
    const data = compileMatcherData(entries);
    expect(data.ids).toEqual(['almaty', 'astana', 'death-penalty', 'kazakhstan']);
    expect(data.patterns).toContainEqual([11, 3, 0]); // kasachstans
    expect(data.patterns).toContainEqual([4, 0, CASE_SENSITIVE | COMMON_WORD, 'Alma']);
    expect(data.patterns).toContainEqual([13, 2, 0, '', [3]]); // peine de mort
    const matcher = createMatcher(data);
    expect(matcher.findMatches('Die Hauptstadt Kasachstans').map((m) => matcher.ids[m.entryIndex])).toEqual([
      'kazakhstan',
    ]);
  });

  it('compiles bodies without aliases, with related titles resolved', () => {
    const bodies = compileBodies(entries);
    expect(bodies.astana).not.toHaveProperty('aliases');
    expect(bodies.astana!.related).toEqual([
      { id: 'kazakhstan', title: { en: 'kazakhstan', fr: 'kazakhstan', de: 'kazakhstan' } },
    ]);
  });
});
