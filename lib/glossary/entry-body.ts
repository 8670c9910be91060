/**
 * An entry as the extension shows it: everything but the aliases, with related entries' titles resolved. Written
 * out here (not inferred from the zod schema) so run-time code needs nothing from the build.
 */
import type { Country, EntryType, ReaderLang } from './vocabulary.ts';

type PerReaderLang = Readonly<Record<ReaderLang, string>>;

export interface EntryBody {
  readonly id: string;
  readonly type: EntryType;
  readonly countries: readonly Country[];
  readonly title: PerReaderLang;
  readonly native?: Readonly<Partial<Record<string, string>>>;
  readonly summary: PerReaderLang;
  readonly dates: readonly { readonly date: string; readonly label: PerReaderLang }[];
  readonly related: readonly { readonly id: string; readonly title: PerReaderLang }[];
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  /** When the entry's changing facts (officeholders, ownership, figures) were true. */
  readonly asOf?: string;
}

/** The reader's language for a page: fr, de or en by the page's lang, else en. */
export function readerLang(pageLang: string | null | undefined): ReaderLang {
  const primary = (pageLang ?? '').toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'de' ? primary : 'en';
}
