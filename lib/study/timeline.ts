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
  /** Year marks on the axis: every decade when zoomed out, every year when zoomed in (none inside a break). */
  readonly ticks: readonly { readonly year: number; readonly y: number }[];
  /** Where a long empty stretch of years was cut short: the axis draws a break there. */
  readonly breaks: readonly { readonly y: number; readonly from: number; readonly to: number }[];
  /** Each event at its place `y` on the axis, where its label sits too. */
  readonly items: readonly { readonly event: TimelineEvent; readonly y: number }[];
}

export function tickStep(pxPerYear: number): number {
  if (pxPerYear >= 32) return 1;
  if (pxPerYear >= 8) return 5;
  if (pxPerYear >= 4) return 10;
  return 50;
}

/** Empty stretches longer than this many pixels are cut to it (a break on the axis): 1465 and 2021 on one screen. */
export const MAX_GAP = 96;

/**
 * Places events on a vertical axis at `pxPerYear`. The axis bends time where it must, never the reverse: an event
 * is never drawn nearer than `rowHeight` below the one before (a busy year stretches, so every label sits beside
 * its own dot), and an empty stretch longer than `MAX_GAP` pixels is cut to `MAX_GAP` and marked as a break. Ticks
 * are placed on the same bent axis, between the events around them. `pad` is the space above the first event.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  pxPerYear: number,
  rowHeight: number,
  pad = 16,
): TimelineLayout {
  if (events.length === 0) return { height: 0, ticks: [], breaks: [], items: [] };
  const step = tickStep(pxPerYear);
  const first = Math.floor(events[0]!.at / step) * step;
  const last = Math.ceil((events[events.length - 1]!.at + 1e-9) / step) * step;
  const knots: { at: number; y: number; cut: boolean }[] = [{ at: first, y: pad, cut: false }];
  const breaks: { y: number; from: number; to: number }[] = [];
  const items: { event: TimelineEvent; y: number }[] = [];
  let nextFree = -Infinity;
  const place = (at: number, minY: number) => {
    const prev = knots[knots.length - 1]!;
    const full = (at - prev.at) * pxPerYear;
    const cut = full > MAX_GAP;
    const y = Math.max(prev.y + (cut ? MAX_GAP : full), minY);
    if (cut) breaks.push({ y: (prev.y + y) / 2, from: prev.at, to: at });
    knots.push({ at, y, cut });
    return y;
  };
  for (const event of events) {
    const y = place(event.at, nextFree);
    items.push({ event, y });
    nextFree = y + rowHeight;
  }
  place(last, nextFree - rowHeight / 2);
  const yOf = (at: number): number | undefined => {
    for (let i = 1; i < knots.length; i++) {
      const a = knots[i - 1]!;
      const b = knots[i]!;
      if (at > b.at || b.at === a.at) continue;
      if (at === a.at) return a.y;
      if (at === b.at) return b.y;
      return b.cut ? undefined : a.y + ((at - a.at) / (b.at - a.at)) * (b.y - a.y);
    }
    return at === last ? knots[knots.length - 1]!.y : undefined;
  };
  const ticks: { year: number; y: number }[] = [];
  for (let year = first; year <= last; year += step) {
    const y = yOf(year);
    // A tick on a drawn stretch, not crowding a break's mark.
    if (y !== undefined && breaks.every((b) => Math.abs(b.y - y) > 12)) ticks.push({ year, y });
  }
  return { height: knots[knots.length - 1]!.y + pad, ticks, breaks, items };
}
