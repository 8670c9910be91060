/** The timeline's model: events from the real glossary, the France lens, layout without overlaps. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import {
  filterEvents,
  fractionalYear,
  layoutTimeline,
  MAX_GAP,
  type TimelineEvent,
  tickStep,
  timelineEvents,
} from '@/lib/study/timeline.ts';

const bodies = Object.values(
  JSON.parse(readFileSync('public/glossary/entries.json', 'utf8')) as Record<string, EntryBody>,
);
const events = timelineEvents(bodies);

describe('timeline', () => {
  it('has every dated event of the glossary, in date order', () => {
    expect(events).toHaveLength(bodies.reduce((n, b) => n + b.dates.length, 0));
    for (let i = 1; i < events.length; i++) expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
  });

  it('shows the Franco-Kazakh relations in the France lens: the Abai–Verne scholarship before the Paris–Nur-Sultan pact', () => {
    const lens = filterEvents(events, { franceLens: true });
    expect(lens.every((e) => e.countries.includes('fr'))).toBe(true);
    const ids = lens.map((e) => e.entryId);
    expect(ids.indexOf('abai-verne-scholarship')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('abai-verne-scholarship')).toBeLessThan(ids.indexOf('paris-nur-sultan-pact'));
    expect(lens.find((e) => e.entryId === 'paris-nur-sultan-pact')!.date).toBe('2021-12-06');
  });

  it('filters by country and by type', () => {
    expect(filterEvents(events, { types: ['event'] }).every((e) => e.type === 'event')).toBe(true);
    expect(filterEvents(events, { countries: ['uz'] }).every((e) => e.countries.includes('uz'))).toBe(true);
  });

  it('turns ISO dates of each precision into fractional years', () => {
    expect(fractionalYear('2018')).toBe(2018);
    expect(fractionalYear('2018-04')).toBe(2018 + 3 / 12);
    expect(fractionalYear('2021-12-06')).toBeCloseTo(2021 + 11 / 12 + 5 / 365);
  });

  it('marks decades zoomed out and years zoomed in', () => {
    expect(tickStep(2)).toBe(50);
    expect(tickStep(4)).toBe(10);
    expect(tickStep(16)).toBe(5);
    expect(tickStep(64)).toBe(1);
    // Zoomed in on events a year apart (no break between them), the ticks are a year apart.
    const layout = layoutTimeline([event(2018), event(2019), event(2020), event(2021)], 64, 20);
    const years = layout.ticks.map((t) => t.year);
    expect(years[1]! - years[0]!).toBe(1);
  });

  it('cuts a long empty stretch to a break, with no tick inside it, and places ticks between events', () => {
    const layout = layoutTimeline([event(1465), event(2018), event(2021)], 32, 20);
    expect(layout.items.map((i) => i.y)).toEqual([16, 16 + MAX_GAP, 16 + 2 * MAX_GAP]);
    expect(layout.breaks).toEqual([{ y: 16 + MAX_GAP / 2, from: 1465, to: 2018 }]);
    expect(layout.ticks).toEqual([
      { year: 1465, y: 16 },
      { year: 2018, y: 112 },
      { year: 2019, y: 144 },
      { year: 2020, y: 176 },
      { year: 2021, y: 208 },
      { year: 2022, y: 240 },
    ]);
  });

  it('stretches a busy year so each event sits at its own place, its ticks moving with it', () => {
    const layout = layoutTimeline([event(2021), event(2021.5), event(2021.6)], 32, 20);
    expect(layout.items.map((i) => i.y)).toEqual([16, 36, 56]);
    expect(layout.ticks.map((t) => t.year)).toEqual([2021, 2022]);
  });

  const event = (at: number): TimelineEvent => ({
    entryId: 'e',
    date: String(Math.floor(at)),
    at,
    label: { en: '', fr: '', de: '' },
    title: { en: '', fr: '', de: '' },
    type: 'event',
    countries: [],
  });

  it('keeps time’s order, a row per event, and no stretch longer than a break or a row (property)', () => {
    const ats = fc.array(fc.double({ min: 1400, max: 2030, noNaN: true }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(ats, fc.constantFrom(2, 8, 64), (values, px) => {
        const layout = layoutTimeline(values.sort((a, b) => a - b).map(event), px, 18);
        layout.items.forEach((item, i) => {
          if (i === 0) return;
          const gap = item.y - layout.items[i - 1]!.y;
          expect(gap).toBeGreaterThanOrEqual(18 - 1e-9);
          expect(gap).toBeLessThanOrEqual(Math.max(MAX_GAP, 18) + 1e-9);
        });
        expect(layout.height).toBeGreaterThanOrEqual(layout.items.at(-1)!.y + 9);
        for (let i = 1; i < layout.ticks.length; i++) {
          expect(layout.ticks[i]!.y).toBeGreaterThan(layout.ticks[i - 1]!.y);
        }
      }),
    );
  });
});
