/**
 * The own-entry form's fields as text, to and from the glossary's entry shape. The form stays simple text (one
 * line per alias, date or source); the glossary schema (`checkEntry`) judges the result, with its own messages.
 * The note is not part of the entry: it is the reader's note on it, stored with the other notes.
 */
import type { Country, EntryType } from '@/lib/glossary/vocabulary.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { transliterate } from '@/lib/glossary-build/transliteration/engine.ts';
import { ENGLISH_BGN } from '@/lib/glossary-build/transliteration/english.ts';

export interface FormFields {
  id: string;
  type: EntryType;
  countries: Country[];
  title: { en: string; fr: string; de: string };
  summary: { en: string; fr: string; de: string };
  aliases: string;
  dates: string;
  related: string;
  sources: string;
  note: string;
}

export const emptyForm = (): FormFields => ({
  id: '',
  type: 'place',
  countries: [],
  title: { en: '', fr: '', de: '' },
  summary: { en: '', fr: '', de: '' },
  aliases: '',
  dates: '',
  related: '',
  sources: '',
  note: '',
});

/**
 * A new entry from a name found on a page ("Not in the glossary"): the name as its title in every language and as
 * the name to match, an id made from it, and the sentence it was seen in as the reader's note.
 */
export function formFromName(name: string, sentence = ''): FormFields {
  const title = name.trim();
  return {
    ...emptyForm(),
    id: idFromName(title),
    title: { en: title, fr: title, de: title },
    aliases: title,
    note: sentence,
  };
}

/** Letters NFKD does not take apart, as an id writes them. */
const ID_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'a',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
};

/** An entry id (lowercase words joined by dashes) from a name: Cyrillic romanised, accents and apostrophes dropped. */
export function idFromName(name: string): string {
  const latin = /[\u0400-\u04FF]/.test(name) ? transliterate(name, ENGLISH_BGN) : name;
  return latin
    .toLowerCase()
    .replace(/[ıəßøæœđł]/g, (c) => ID_LETTERS[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’ʻʼ‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const cells = (line: string) => line.split('|').map((c) => c.trim());

/** The raw entry the form describes (not yet validated). `reviewed` is today: the reader vouches for it now. */
export function formToRaw(f: FormFields, today: string): Record<string, unknown> {
  return {
    id: f.id.trim(),
    type: f.type,
    ...(f.countries.length ? { countries: f.countries } : {}),
    title: f.title,
    aliases: lines(f.aliases),
    summary: f.summary,
    dates: lines(f.dates).map((l) => {
      const [date = '', en = '', fr = '', de = ''] = cells(l);
      return { date, label: { en, fr, de } };
    }),
    related: f.related
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sources: lines(f.sources).map((l) => {
      const [title = '', url = ''] = cells(l);
      return { title, url };
    }),
    reviewed: today,
  };
}

export function entryToForm(e: Entry, note = ''): FormFields {
  return {
    id: e.id,
    type: e.type,
    countries: [...(e.countries ?? [])],
    title: { ...e.title },
    summary: { ...e.summary },
    aliases: e.aliases.map((a) => (typeof a === 'string' ? a : a.text)).join('\n'),
    dates: e.dates.map((d) => [d.date, d.label.en, d.label.fr, d.label.de].join(' | ')).join('\n'),
    related: e.related.join(', '),
    sources: e.sources.map((s) => `${s.title} | ${s.url}`).join('\n'),
    note,
  };
}
