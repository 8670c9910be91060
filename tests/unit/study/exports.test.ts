/** Each export parses back (csv-parse, marked, Anki's header format) to exactly what the panel showed. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { formatIsoDate } from '@/lib/i18n/ui-strings.ts';
import { CSV_COLUMNS, csvField, type ExportWords, toAnki, toCsv, toMarkdown } from '@/lib/study/exports.ts';
import { buildStudySheet, collapseSpaces, type StudySheet } from '@/lib/study/study-sheet.ts';

const per = (s: string) => ({ en: `${s} (en)`, fr: `${s} (fr)`, de: `${s} (de)` });
const pact: EntryBody = {
  id: 'paris-nur-sultan-pact',
  type: 'event',
  countries: ['fr', 'kz'],
  title: { en: 'Paris–Nur-Sultan pact', fr: 'Pacte Paris–Nur-Sultan', de: 'Pakt Paris–Nur-Sultan' },
  summary: per('A pact, "signed", with *stars*, <b>tags</b>, [brackets] & a\ttab'),
  dates: [
    { date: '2021-12-06', label: per('Signed') },
    { date: '2021-01', label: per('Talks') },
  ],
  related: [],
  sources: [{ title: 'Novastan: "pact"', url: 'https://novastan.org/fr/a_b(c)' }],
};
const astana: EntryBody = {
  ...pact,
  id: 'astana',
  type: 'place',
  title: per('Astana'),
  summary: per('Capital'),
  dates: [],
};
const bodies = new Map([pact, astana].map((b) => [b.id, b]));

const context = 'Premier point. Le 6 décembre, Paris et Nur-Sultan ont signé un « pacte », dit-il. Fin, "vraiment".';
const at = (t: string) => ({ text: t, context, start: context.indexOf(t), end: context.indexOf(t) + t.length });
const sheet: StudySheet = buildStudySheet(
  {
    url: 'https://example.org/a?b=1&c=<2>',
    title: 'Paris & Nur-Sultan: # a "pact", [1]',
    lang: 'fr',
    terms: [
      { id: 'astana', occurrences: [at('Nur-Sultan'), at('Nur-Sultan')] },
      { id: 'paris-nur-sultan-pact', occurrences: [at('pacte')] },
      { id: 'unknown', occurrences: [at('Fin')] },
    ],
  },
  (id) => bodies.get(id),
  (id) => (id === 'astana' ? 'My note:\n- line two, "quoted"' : undefined),
  'en',
  '2026-12-03T12:00:00.000Z',
);
const words: ExportWords = {
  url: 'URL',
  readOn: 'Read on',
  pageLang: 'Page language',
  onThePage: 'On the page',
  notes: 'Notes',
};
const sentence = 'Le 6 décembre, Paris et Nur-Sultan ont signé un « pacte », dit-il.';

describe('buildStudySheet', () => {
  it('reads source line breaks as spaces and collapses runs of spaces, keeping the term in place', () => {
    const ctx = 'Un pacte avec Nur-Sultan, la capitale du\nKazakhstan.   Puis  la suite.';
    const start = ctx.indexOf('Kazakhstan');
    const s = buildStudySheet(
      {
        url: 'u',
        title: 't',
        lang: 'fr',
        terms: [{ id: 'astana', occurrences: [{ text: 'Kazakhstan', context: ctx, start, end: start + 10 }] }],
      },
      (id) => bodies.get(id),
      () => undefined,
      'en',
      'T',
    ).terms[0]!.sentences[0]!;
    expect(s.text).toBe('Un pacte avec Nur-Sultan, la capitale du Kazakhstan.');
    expect(s.text.slice(s.start, s.end)).toBe('Kazakhstan');
    const c = collapseSpaces({ text: 'a  b   Astana  c', start: 7, end: 13 });
    expect(c).toEqual({ text: 'a b Astana c', start: 4, end: 10 });
  });

  it('keeps known terms in page order, with counts and each distinct sentence once', () => {
    expect(sheet.terms.map((t) => [t.id, t.count, t.written])).toEqual([
      ['astana', 2, 'Nur-Sultan'],
      ['paris-nur-sultan-pact', 1, 'pacte'],
    ]);
    expect(sheet.terms[0]!.sentences.map((s) => s.text)).toEqual([sentence]);
  });
});

describe('CSV', () => {
  it('parses back (csv-parse, RFC 4180) to one row per term and sentence with every field intact', () => {
    const records = parse(toCsv(sheet), { bom: true, columns: true, relax_column_count: false }) as Record<
      string,
      string
    >[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records.map((r) => [r.entry_id, r.written, r.sentence])).toEqual([
      ['astana', 'Nur-Sultan', sentence],
      ['paris-nur-sultan-pact', 'pacte', sentence],
    ]);
    expect(records[0]!.note).toBe('My note:\n- line two, "quoted"');
    expect(records[1]!.summary).toBe(pact.summary.en);
    expect(records[1]!.dates).toBe('2021-01: Talks (en); 2021-12-06: Signed (en)');
    expect(records[0]!.page_title).toBe(sheet.title);
  });

  it('quotes exactly what RFC 4180 requires (property: any field parses back)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        const line = `${fields.map(csvField).join(',')}\r\n`;
        expect(parse(line, { relax_quotes: false })).toEqual([fields]);
      }),
    );
  });
});

/** The plain text of Markdown tokens, escapes resolved. */
function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => ('tokens' in t && t.tokens ? plain(t.tokens) : 'text' in t ? (t as Tokens.Text).text : ''))
    .join('');
}

describe('Markdown', () => {
  it('parses back (marked) to the title, page facts, each term, its sentences, dates, sources and note', () => {
    const tokens = lexer(toMarkdown(sheet, words));
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => [h.depth, plain(h.tokens)])).toEqual([
      [1, sheet.title],
      [2, 'Astana (en)'],
      [3, 'On the page (fr)'],
      [3, 'Sources'],
      [3, 'Notes'],
      [2, pact.title.en],
      [3, 'On the page (fr)'],
      [3, 'Key dates'],
      [3, 'Sources'],
    ]);
    const quotes = tokens.filter((t): t is Tokens.Blockquote => t.type === 'blockquote');
    expect(quotes.map((q) => plain(q.tokens))).toEqual([sentence, sentence]);
    const paragraphs = tokens.filter((t): t is Tokens.Paragraph => t.type === 'paragraph').map((p) => plain(p.tokens));
    expect(paragraphs).toContain(pact.summary.en.replace('\t', '\t'));
    expect(paragraphs).toContain('My note: - line two, "quoted"');
    const lists = tokens.filter((t): t is Tokens.List => t.type === 'list');
    expect(plain(lists[0]!.items[0]!.tokens)).toBe(`URL: ${sheet.url.replace(/[<>]/g, encodeURIComponent)}`);
    const dates = lists.find((l) => plain(l.items[0]!.tokens).includes('Talks'))!;
    expect(dates.items.map((i) => plain(i.tokens))).toEqual([
      `${formatIsoDate('2021-01', 'en')}: Talks (en)`,
      `${formatIsoDate('2021-12-06', 'en')}: Signed (en)`,
    ]);
    const links: Tokens.Link[] = [];
    const walk = (ts: readonly Token[]) => {
      for (const t of ts) {
        if (t.type === 'link') links.push(t as Tokens.Link);
        if ('tokens' in t && t.tokens) walk(t.tokens);
        if (t.type === 'list') for (const i of (t as Tokens.List).items) walk(i.tokens);
      }
    };
    walk(tokens);
    expect(links.map((k) => [k.href, plain(k.tokens)])).toContainEqual([pact.sources[0]!.url, pact.sources[0]!.title]);
  });
});

describe('Anki', () => {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const text = toAnki(sheet);
  const lines = text.trimEnd().split('\n');
  const headers = Object.fromEntries(
    lines.filter((l) => l.startsWith('#')).map((l) => l.slice(1).split(':') as [string, string]),
  );
  const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));

  it("carries Anki's headers, so the import needs no manual mapping", () => {
    expect(headers).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      columns: 'Front\tBack\tDeck\tTags',
      'deck column': '3',
      'tags column': '4',
    });
  });

  it('has one note per term: front = the term as written and its sentence, back = title, summary, dates, source', () => {
    expect(notes.map((n) => n.length)).toEqual([4, 4]);
    const [front, back, deck] = notes[1]!;
    expect(front).toBe(
      `<b>pacte</b><br>${'Le 6 décembre, Paris et Nur-Sultan ont signé un « <u>pacte</u> », dit-il.'.replace(/"/g, '&quot;')}`,
    );
    const parts = back!.split('<br><br>');
    expect(decode(parts[0]!.replace(/<\/?b>/g, ''))).toBe(pact.title.en);
    expect(decode(parts[1]!)).toBe(pact.summary.en.replace('\t', ' '));
    expect(parts[2]!.split('<br>').map(decode)).toEqual([
      `${formatIsoDate('2021-01', 'en')}: Talks (en)`,
      `${formatIsoDate('2021-12-06', 'en')}: Signed (en)`,
    ]);
    expect(parts[3]).toContain(`href="${pact.sources[0]!.url}"`);
    expect(decode(deck!)).toBe(`Steppe Lens::${sheet.title}`);
    expect(back).not.toMatch(/<(?!\/?(b|br|a)\b)/);
  });
});
