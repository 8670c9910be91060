/**
 * The timeline: every dated event of the glossary on one vertical axis (a narrow panel reads top to bottom),
 * zoomable from centuries to months, filterable by country and theme, with the France and Central Asia lens. The
 * axis, ticks and dots are SVG; each event is a button placed beside its dot, so it is reachable by keyboard and
 * readable at any width. Layout: lib/study/timeline.ts.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Country, EntryType, ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { formatIsoDate } from '@/lib/i18n/ui-strings.ts';
import { filterEvents, layoutTimeline, timelineEvents, ZOOM_LEVELS } from '@/lib/study/timeline.ts';
import { CountryTypeFilters } from './CountryTypeFilters.tsx';
import type { Glossary } from './Panel.tsx';
import { PANEL_STRINGS } from './strings.ts';

const ROW = 60;
const AXIS_X = 54;
/** From a label's top to its first line's middle, where the dot is. */
const LABEL_DOT = 10;

export function TimelineView({
  lang,
  glossary,
  onOpen,
}: {
  lang: ReaderLang;
  glossary: Glossary;
  onOpen: (id: string) => void;
}) {
  const t = PANEL_STRINGS[lang];
  const [lens, setLens] = useState(false);
  const [country, setCountry] = useState<Country | ''>('');
  const [type, setType] = useState<EntryType | ''>('');
  const [zoom, setZoom] = useState(2);
  const all = useMemo(() => timelineEvents(Object.values(glossary.bodies)), [glossary.bodies]);
  const events = useMemo(
    () => filterEvents(all, { franceLens: lens, countries: country ? [country] : [], types: type ? [type] : [] }),
    [all, lens, country, type],
  );
  const pxPerYear = ZOOM_LEVELS[zoom]!;
  const layout = useMemo(() => layoutTimeline(events, pxPerYear, ROW), [events, pxPerYear]);
  const zoomBy = (d: number) => setZoom((z) => Math.min(ZOOM_LEVELS.length - 1, Math.max(0, z + d)));

  const onKey = (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') zoomBy(1);
    else if (e.key === '-') zoomBy(-1);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.event')];
      const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  return (
    <div class="timeline-view">
      <div class="timeline-controls">
        <button
          type="button"
          class="lens"
          aria-pressed={lens}
          onClick={() => {
            setLens(!lens);
            if (!lens) setZoom(4);
          }}
        >
          {t.franceLens}
        </button>
        <CountryTypeFilters lang={lang} country={country} type={type} onCountry={setCountry} onType={setType} />
        <span class="zoom">
          <button
            type="button"
            onClick={() => zoomBy(-1)}
            disabled={zoom === 0}
            aria-label={t.zoomOut}
            title={t.zoomOut}
          >
            −
          </button>
          <button
            type="button"
            onClick={() => zoomBy(1)}
            disabled={zoom === ZOOM_LEVELS.length - 1}
            aria-label={t.zoomIn}
            title={t.zoomIn}
          >
            +
          </button>
        </span>
      </div>
      <p class="result-count" role="status">
        {t.events(events.length)}
      </p>
      {events.length === 0 ? (
        <p class="empty">{t.noEvents}</p>
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys and +/− are shortcuts over the buttons inside.
        <div class="timeline" style={{ height: `${layout.height}px` }} onKeyDown={onKey}>
          <svg class="axis" width={AXIS_X + 16} height={layout.height} aria-hidden="true">
            <line x1={AXIS_X} x2={AXIS_X} y1={0} y2={layout.height} class="axis-line" />
            {layout.ticks.map((tick) => (
              <g key={tick.year}>
                <line x1={AXIS_X - 5} x2={AXIS_X} y1={tick.y} y2={tick.y} class="tick" />
                <text x={AXIS_X - 8} y={tick.y + 4} class="tick-label">
                  {tick.year}
                </text>
              </g>
            ))}
            {layout.breaks.map((b) => (
              <g key={b.y} class="break">
                <rect x={AXIS_X - 7} y={b.y - 6} width={14} height={12} class="break-gap" />
                <path d={`M${AXIS_X - 7} ${b.y - 2} l14 -5 M${AXIS_X - 7} ${b.y + 5} l14 -5`} class="break-mark" />
              </g>
            ))}
            {layout.items.map((item) => (
              <g key={`${item.event.entryId}-${item.event.date}-${item.event.label.en}`}>
                <line x1={AXIS_X} x2={AXIS_X + 18} y1={item.y} y2={item.y} class="connector" />
                <circle
                  cx={AXIS_X}
                  cy={item.y}
                  r={4.5}
                  class={item.event.countries.includes('fr') ? 'dot fr' : 'dot'}
                />
              </g>
            ))}
          </svg>
          <ol class="events">
            {layout.items.map((item) => (
              <li
                key={`${item.event.entryId}-${item.event.date}-${item.event.label.en}`}
                style={{ top: `${item.y - LABEL_DOT}px` }}
              >
                <button
                  type="button"
                  class={item.event.countries.includes('fr') ? 'event fr' : 'event'}
                  data-entry={item.event.entryId}
                  data-date={item.event.date}
                  title={`${item.event.label[lang]} — ${item.event.title[lang]}`}
                  onClick={() => onOpen(item.event.entryId)}
                >
                  <time dateTime={item.event.date}>{formatIsoDate(item.event.date, lang)}</time>
                  <span class="event-label">{item.event.label[lang]}</span>
                  <span class="event-entry">{item.event.title[lang]}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
