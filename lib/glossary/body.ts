/** An entry as a card shows it: everything but the aliases, with related entries' titles resolved. */
import type { Entry, ReaderLang } from './schema.ts';

export interface EntryBody {
  readonly id: string;
  readonly type: Entry['type'];
  readonly title: Entry['title'];
  readonly native?: Entry['native'];
  readonly summary: Entry['summary'];
  readonly dates: Entry['dates'];
  readonly related: readonly { id: string; title: Entry['title'] }[];
  readonly sources: Entry['sources'];
}

/** The reader's language for a page: fr, de or en by the page's lang, else en. */
export function readerLang(pageLang: string | null | undefined): ReaderLang {
  const primary = (pageLang ?? '').toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'de' ? primary : 'en';
}
