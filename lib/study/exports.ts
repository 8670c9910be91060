/**
 * The study sheet, taken away: Markdown (to read and keep), CSV (one row per term and sentence, for a spreadsheet)
 * and an Anki text import file (a deck Anki imports with no manual mapping). Pure: the panel downloads the string.
 */
import { formatIsoDate, UI_STRINGS } from '../i18n/ui-strings.ts';
import type { SheetTerm, StudySheet } from './study-sheet.ts';

// ── Markdown ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Backslash-escapes what Markdown would read as markup, so page and entry text stays text. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

const sortedDates = (t: SheetTerm) => [...t.body.dates].sort((a, b) => a.date.localeCompare(b.date));

export function toMarkdown(sheet: StudySheet, words: ExportWords): string {
  const l = sheet.readerLang;
  const lines = [
    `# ${escapeMarkdown(sheet.title || sheet.url)}`,
    '',
    `- ${words.url}: <${sheet.url.replace(/[<>\s]/g, encodeURIComponent)}>`,
    `- ${words.readOn}: ${sheet.readAt.slice(0, 10)}`,
    `- ${words.pageLang}: ${sheet.lang || '—'}`,
  ];
  for (const t of sheet.terms) {
    lines.push(
      '',
      `## ${escapeMarkdown(t.body.title[l])}`,
      '',
      `*${escapeMarkdown(UI_STRINGS[l].types[t.body.type])}*`,
    );
    lines.push('', escapeMarkdown(t.body.summary[l]));
    if (t.sentences.length > 0) {
      lines.push('', `### ${words.onThePage} (${sheet.lang || '—'})`);
      for (const s of t.sentences) lines.push('', `> ${escapeMarkdown(s.text)}`);
    }
    if (t.body.dates.length > 0) {
      lines.push('', `### ${UI_STRINGS[l].dates}`, '');
      for (const d of sortedDates(t)) lines.push(`- ${formatIsoDate(d.date, l)}: ${escapeMarkdown(d.label[l])}`);
    }
    lines.push('', `### ${UI_STRINGS[l].sources}`, '');
    for (const s of t.body.sources)
      lines.push(`- [${escapeMarkdown(s.title)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)`);
    if (t.note) lines.push('', `### ${words.notes}`, '', escapeMarkdown(t.note));
  }
  return `${lines.join('\n')}\n`;
}

export interface ExportWords {
  readonly url: string;
  readonly readOn: string;
  readonly pageLang: string;
  readonly onThePage: string;
  readonly notes: string;
}

// ── CSV (RFC 4180) ──────────────────────────────────────────────────────────────────────────────────────────────

export const CSV_COLUMNS = [
  'entry_id',
  'title',
  'type',
  'written',
  'sentence',
  'page_lang',
  'summary',
  'dates',
  'sources',
  'note',
  'page_title',
  'page_url',
  'read_at',
] as const;

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled (RFC 4180, 2.6 and 2.7). */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per term and sentence (a term with no sentence gets one row); CRLF line ends; a BOM for spreadsheets. */
export function toCsv(sheet: StudySheet): string {
  const l = sheet.readerLang;
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const t of sheet.terms) {
    const dates = sortedDates(t)
      .map((d) => `${d.date}: ${d.label[l]}`)
      .join('; ');
    const sources = t.body.sources.map((s) => s.url).join(' ');
    const sentences = t.sentences.length > 0 ? t.sentences.map((s) => s.text) : [''];
    for (const sentence of sentences) {
      rows.push([
        t.id,
        t.body.title[l],
        t.body.type,
        t.written,
        sentence,
        sheet.lang,
        t.body.summary[l],
        dates,
        sources,
        t.note ?? '',
        sheet.title,
        sheet.url,
        sheet.readAt,
      ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// ── Anki text import ────────────────────────────────────────────────────────────────────────────────────────────

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A field may hold no tab or line break (they separate fields and notes): HTML line breaks instead. */
const ankiField = (html: string) => html.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');

/** The deck: "Steppe Lens::<page title>" (Anki reads "::" as a sub-deck). */
function ankiDeck(sheet: StudySheet): string {
  const title = (sheet.title || sheet.url)
    .replace(/::/g, ':')
    .replace(/[\t\r\n]/g, ' ')
    .trim();
  return `Steppe Lens::${title}`;
}

/**
 * Anki's documented file headers (https://docs.ankiweb.net/importing/text-files.html): tab-separated, HTML fields,
 * column names, the note type and which column holds the deck and the tags, so Anki maps nothing by hand.
 * Front: the term as the page wrote it, with its first sentence (the term underlined). Back: the entry's title,
 * summary, dates and first source.
 */
export function toAnki(sheet: StudySheet): string {
  const l = sheet.readerLang;
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#columns:Front\tBack\tDeck\tTags',
    '#deck column:3',
    '#tags column:4',
  ];
  for (const t of sheet.terms) {
    const s = t.sentences[0];
    const sentence = s
      ? `${escapeHtml(s.text.slice(0, s.start))}<u>${escapeHtml(s.text.slice(s.start, s.end))}</u>${escapeHtml(s.text.slice(s.end))}`
      : '';
    const front = `<b>${escapeHtml(t.written)}</b>${sentence ? `<br>${sentence}` : ''}`;
    const dates = sortedDates(t).map((d) => `${escapeHtml(formatIsoDate(d.date, l))}: ${escapeHtml(d.label[l])}`);
    const source = t.body.sources[0];
    const back = [
      `<b>${escapeHtml(t.body.title[l])}</b>`,
      escapeHtml(t.body.summary[l]),
      ...(dates.length > 0 ? [dates.join('<br>')] : []),
      ...(source ? [`<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>`] : []),
    ].join('<br><br>');
    const tags = `steppe-lens ${t.body.type}`;
    lines.push([front, back, ankiDeck(sheet), tags].map(ankiField).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
