/**
 * The own-entry form's fields as text, to and from the glossary's entry shape. The form stays simple text (one
 * line per alias, date or source); the glossary schema (`checkEntry`) judges the result, with its own messages.
 */
import type { Country, EntryType } from '@/lib/glossary/vocabulary.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';

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
});

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

export function entryToForm(e: Entry): FormFields {
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
  };
}
