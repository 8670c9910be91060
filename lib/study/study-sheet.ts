/**
 * A page's study sheet: what the panel shows for a page and what the exports write. Built from the page's terms
 * (the `pageTerms` message), the entries' bodies and the reader's notes.
 */
import type { EntryBody } from '../glossary/entry-body.ts';
import type { ReaderLang } from '../glossary/vocabulary.ts';
import type { PageTerms } from '../messages/protocol.ts';
import { sentenceAround } from './sentences.ts';

export interface SheetSentence {
  /** The sentence as the page wrote it, and the term's offsets in it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Which occurrence of the term on the page (for `revealTerm`). */
  readonly occurrence: number;
}

export interface SheetTerm {
  readonly id: string;
  /** The term as the page first wrote it. */
  readonly written: string;
  readonly count: number;
  readonly body: EntryBody;
  readonly sentences: readonly SheetSentence[];
  readonly note?: string;
}

export interface StudySheet {
  readonly title: string;
  readonly url: string;
  /** The page's language ('' if it says none). */
  readonly lang: string;
  /** When the reader read it: an ISO date-time. */
  readonly readAt: string;
  readonly readerLang: ReaderLang;
  readonly terms: readonly SheetTerm[];
}

/**
 * The sheet for a page: terms in order of first occurrence, each with its distinct sentences (the same sentence
 * naming a term twice is listed once, at its first occurrence). Entries without a body (unknown ids) are left out.
 */
export function buildStudySheet(
  page: PageTerms,
  bodies: (id: string) => EntryBody | undefined,
  notes: (id: string) => string | undefined,
  readerLang: ReaderLang,
  readAt: string,
): StudySheet {
  const terms: SheetTerm[] = [];
  for (const term of page.terms) {
    const body = bodies(term.id);
    if (!body || term.occurrences.length === 0) continue;
    const seen = new Set<string>();
    const sentences: SheetSentence[] = [];
    term.occurrences.forEach((o, occurrence) => {
      // A page's source line breaks are spaces once rendered; ICU would read them as paragraph ends.
      const context = o.context.replace(/[\t\n\r\f\v]/g, ' ');
      const s = collapseSpaces(sentenceAround(context, page.lang || readerLang, o.start, o.end));
      if (seen.has(s.text)) return;
      seen.add(s.text);
      sentences.push({ ...s, occurrence });
    });
    const note = notes(term.id);
    terms.push({
      id: term.id,
      written: term.occurrences[0]!.text,
      count: term.occurrences.length,
      body,
      sentences,
      ...(note ? { note } : {}),
    });
  }
  return { title: page.title, url: page.url, lang: page.lang, readAt, readerLang, terms };
}

/** Runs of spaces as one (as the page shows them), the term's offsets moved with the text. */
export function collapseSpaces(s: { text: string; start: number; end: number }): {
  text: string;
  start: number;
  end: number;
} {
  let text = '';
  let start = s.start;
  let end = s.end;
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i]!;
    if (c === ' ' && text.endsWith(' ')) {
      if (i < s.start) start--;
      if (i < s.end) end--;
      continue;
    }
    text += c;
  }
  return { text, start, end };
}
