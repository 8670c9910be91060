/**
 * The glossary: search as the reader types (the matcher's folding, one typo forgiven), filters by country and type,
 * and the entry view with back and forward.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Country, EntryType } from '@/lib/glossary/vocabulary.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import { back, canBack, canForward, current, forward, type History, open } from '@/lib/study/history.ts';
import { prepareIndex, search } from '@/lib/study/search.ts';
import type { Note } from '@/lib/study/stored.ts';
import type { PanelApi } from './api.ts';
import { CountryTypeFilters } from './CountryTypeFilters.tsx';
import { EntryDetails } from './EntryDetails.tsx';
import type { Glossary } from './Panel.tsx';
import { PANEL_STRINGS } from './strings.ts';

export function GlossaryView(props: {
  api: PanelApi;
  glossary: Glossary;
  notes: Readonly<Record<string, Note>>;
  history: History;
  setHistory: (update: (h: History) => History) => void;
}) {
  const { api, glossary, notes, history, setHistory } = props;
  const lang = api.lang;
  const t = PANEL_STRINGS[lang];
  const [query, setQuery] = useState('');
  const [country, setCountry] = useState<Country | ''>('');
  const [type, setType] = useState<EntryType | ''>('');
  const prepared = useMemo(() => prepareIndex(glossary.index), [glossary.index]);
  const ids = useMemo(
    () => search(prepared, query, { countries: country ? [country] : [], types: type ? [type] : [] }),
    [prepared, query, country, type],
  );
  const openId = current(history);
  const body = openId ? glossary.bodies[openId] : undefined;

  const nav = (
    <nav class="history" aria-label={t.views.glossary}>
      <button type="button" onClick={() => setHistory(back)} disabled={!canBack(history)} aria-label={t.back}>
        ← {t.back}
      </button>
      <button type="button" onClick={() => setHistory(forward)} disabled={!canForward(history)} aria-label={t.forward}>
        {t.forward} →
      </button>
    </nav>
  );

  if (body) {
    return (
      <div class="entry-view">
        {nav}
        <EntryDetails
          api={api}
          body={body}
          own={Object.hasOwn(glossary.own, body.id)}
          note={notes[body.id]?.text ?? ''}
          onNavigate={(id) => setHistory((h) => open(h, id))}
          known={(id) => Object.hasOwn(glossary.bodies, id)}
        />
      </div>
    );
  }

  return (
    <div class="glossary-view">
      {history.stack.length > 0 && nav}
      <div class="search-bar">
        <label for="glossary-search" class="visually-hidden">
          {t.search}
        </label>
        <input
          id="glossary-search"
          type="search"
          placeholder={t.searchPlaceholder}
          value={query}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="filters">
          <CountryTypeFilters lang={lang} country={country} type={type} onCountry={setCountry} onType={setType} />
        </div>
      </div>
      <p class="result-count" role="status">
        {t.results(ids.length)}
      </p>
      <ul class="results">
        {ids.map((id) => {
          const b = glossary.bodies[id];
          if (!b) return null;
          return (
            <li key={id}>
              <button type="button" class="result" data-entry={id} onClick={() => setHistory((h) => open(h, id))}>
                <span class="result-title">{b.title[lang]}</span>
                <span class="result-type">{UI_STRINGS[lang].types[b.type]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
