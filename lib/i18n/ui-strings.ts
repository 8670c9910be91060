/** The card's own words, in the reader languages. */
import type { EntryType, ReaderLang } from '../glossary/vocabulary.ts';

type Strings = {
  readonly types: Record<EntryType, string>;
  readonly dates: string;
  readonly related: string;
  readonly sources: string;
  readonly close: string;
  readonly loading: string;
  readonly unavailable: string;
  /** "As of <date>": when the entry's changing facts (officeholders, figures) were true. */
  readonly asOf: (date: string) => string;
  readonly back: string;
  readonly pin: string;
  readonly openInPanel: string;
};

export const UI_STRINGS: Record<ReaderLang, Strings> = {
  en: {
    types: {
      place: 'Place',
      person: 'Person',
      organization: 'Organisation',
      event: 'Event',
      concept: 'Concept',
      people: 'People & language',
      deposit: 'Mine or field',
      work: 'Work',
      landmark: 'Landmark',
    },
    dates: 'Key dates',
    related: 'Related',
    sources: 'Sources',
    close: 'Close',
    loading: 'Loading…',
    unavailable: 'This entry could not be loaded.',
    asOf: (date) => `Facts as of ${date}`,
    back: 'Back',
    pin: 'Keep this card open',
    openInPanel: 'Open in panel',
  },
  fr: {
    types: {
      place: 'Lieu',
      person: 'Personne',
      organization: 'Organisation',
      event: 'Événement',
      concept: 'Notion',
      people: 'Peuple et langue',
      deposit: 'Gisement',
      work: 'Œuvre',
      landmark: 'Monument',
    },
    dates: 'Dates clés',
    related: 'Voir aussi',
    sources: 'Sources',
    close: 'Fermer',
    loading: 'Chargement…',
    unavailable: 'Impossible de charger cette fiche.',
    asOf: (date) => `Données à jour en ${date}`,
    back: 'Retour',
    pin: 'Garder cette fiche ouverte',
    openInPanel: 'Ouvrir dans le panneau',
  },
  de: {
    types: {
      place: 'Ort',
      person: 'Person',
      organization: 'Organisation',
      event: 'Ereignis',
      concept: 'Begriff',
      people: 'Volk & Sprache',
      deposit: 'Lagerstätte',
      work: 'Werk',
      landmark: 'Wahrzeichen',
    },
    dates: 'Wichtige Daten',
    related: 'Siehe auch',
    sources: 'Quellen',
    close: 'Schließen',
    loading: 'Wird geladen…',
    unavailable: 'Dieser Eintrag konnte nicht geladen werden.',
    asOf: (date) => `Stand: ${date}`,
    back: 'Zurück',
    pin: 'Diese Karte geöffnet lassen',
    openInPanel: 'Im Seitenbereich öffnen',
  },
};

/**
 * Month names, as Intl.DateTimeFormat writes them (a unit test compares every day of the glossary's range with it).
 * Not Intl itself: the first formatter made in a page costs 10–15 ms of ICU set-up, paid in the task that opens the
 * first card (tests/e2e/hostile: the card's first render).
 */
const MONTHS: Record<ReaderLang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/** Formats an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) for a reader language (no Date: no time-zone drift). */
export function formatIsoDate(iso: string, lang: ReaderLang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  const month = MONTHS[lang][m - 1]!;
  if (d === undefined) return `${month} ${y}`;
  if (lang === 'en') return `${month} ${d}, ${y}`;
  return lang === 'de' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}
