/**
 * The timeline's model: every dated event of the glossary, filtered, laid out on a vertical axis (a narrow side
 * panel reads top to bottom). Pure: the component draws what this returns, and tests check it exactly.
 */
import type { EntryBody } from '../glossary/entry-body.ts';
import type { Country, EntryType, ReaderLang } from '../glossary/vocabulary.ts';

export interface TimelineEvent {
  readonly entryId: string;
  /** ISO date as the glossary writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  /** The date as a fractional year, for placement. */
  readonly at: number;
  readonly label: Readonly<Record<ReaderLang, string>>;
  readonly title: Readonly<Record<ReaderLang, string>>;
  readonly type: EntryType;
  readonly countries: readonly Country[];
}

export interface TimelineFilter {
  readonly countries?: readonly Country[];
  readonly types?: readonly EntryType[];
  /** France and Central Asia: only entries about France (visits, treaties, pacts, scholarships, consulates). */
  readonly franceLens?: boolean;
}

export function fractionalYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return y! + ((m ?? 1) - 1) / 12 + ((d ?? 1) - 1) / 365;
}

/** Every dated event of these entries, in date order (then by entry id, so the order is stable). */
export function timelineEvents(bodies: Iterable<EntryBody>): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const b of bodies) {
    for (const d of b.dates) {
      events.push({
        entryId: b.id,
        date: d.date,
        at: fractionalYear(d.date),
        label: d.label,
        title: b.title,
        type: b.type,
        countries: b.countries ?? [],
      });
    }
  }
  return events.sort((a, b) => a.at - b.at || a.date.localeCompare(b.date) || a.entryId.localeCompare(b.entryId));
}

export function filterEvents(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  return events.filter(
    (e) =>
      (!filter.franceLens || e.countries.includes('fr')) &&
      (!filter.countries?.length || filter.countries.some((c) => e.countries.includes(c))) &&
      (!filter.types?.length || filter.types.includes(e.type)),
  );
}

/** Zoom levels in pixels per year: from centuries at a glance to months apart. */
export const ZOOM_LEVELS = [2, 4, 8, 16, 32, 64, 128] as const;

export interface TimelineLayout {
  readonly height: number;
  /** Year marks on the axis: every decade when zoomed out, every year when zoomed in. */
  readonly ticks: readonly { readonly year: number; readonly y: number }[];
  /** Each event: `y` its true place on the axis, `labelY` where its label goes (pushed down to never overlap). */
  readonly items: readonly { readonly event: TimelineEvent; readonly y: number; readonly labelY: number }[];
}

export function tickStep(pxPerYear: number): number {
  if (pxPerYear >= 32) return 1;
  if (pxPerYear >= 8) return 5;
  if (pxPerYear >= 4) return 10;
  return 50;
}

/**
 * Places events on a vertical axis at `pxPerYear`; a label takes `rowHeight` and never overlaps the one above
 * (dense years stretch the drawing rather than hide an event). `pad` is the space above the first year.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  pxPerYear: number,
  rowHeight: number,
  pad = 16,
): TimelineLayout {
  if (events.length === 0) return { height: 0, ticks: [], items: [] };
  const step = tickStep(pxPerYear);
  const first = Math.floor(events[0]!.at / step) * step;
  const last = Math.ceil((events[events.length - 1]!.at + 1e-9) / step) * step;
  const yOf = (at: number) => pad + (at - first) * pxPerYear;
  let nextFree = -Infinity;
  const items = events.map((event) => {
    const y = yOf(event.at);
    const labelY = Math.max(y, nextFree);
    nextFree = labelY + rowHeight;
    return { event, y, labelY };
  });
  const ticks: { year: number; y: number }[] = [];
  for (let year = first; year <= last; year += step) ticks.push({ year, y: yOf(year) });
  return { height: Math.max(nextFree, yOf(last)) + pad, ticks, items };
}
