/** One entry in full, as the panel shows it: the card's content, every native name, related links and notes. */
import { useEffect, useState } from 'preact/hooks';
import { KeyDates } from '@/components/Card/KeyDates.tsx';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import { saveNote } from '@/lib/study/stored.ts';
import type { PanelApi } from './api.ts';
import { PANEL_STRINGS } from './strings.ts';

export function EntryDetails(props: {
  api: PanelApi;
  body: EntryBody;
  own: boolean;
  note: string;
  onNavigate: (id: string) => void;
  known: (id: string) => boolean;
}) {
  const { api, body, note, onNavigate, known } = props;
  const lang = api.lang;
  const t = PANEL_STRINGS[lang];
  const ui = UI_STRINGS[lang];
  const [draft, setDraft] = useState(note);
  const [saved, setSaved] = useState(false);
  // Another entry clears the status; the stored note arriving (after a save, or from another panel) sets the draft.
  useEffect(() => setSaved(false), [body.id]);
  useEffect(() => setDraft(note), [body.id, note]);
  const native = Object.entries(body.native ?? {});
  return (
    <article class="entry" aria-labelledby="entry-title" data-entry={body.id}>
      <p class="type">
        {ui.types[body.type]}
        {body.countries?.length ? ` · ${body.countries.map((c) => t.countries[c]).join(', ')}` : ''}
        {props.own ? ` · ${t.views.own}` : ''}
      </p>
      <h2 id="entry-title" class="title" tabIndex={-1}>
        {body.title[lang]}
      </h2>
      {native.length > 0 && (
        <p class="native">
          <span class="visually-hidden">{t.nativeNames}: </span>
          {native.map(([l, name]) => (
            <span key={l} lang={l} class="native-name">
              {name} <small>({l})</small>
            </span>
          ))}
        </p>
      )}
      <p class="summary">{body.summary[lang]}</p>
      <KeyDates body={body} lang={lang} />
      {body.related.length > 0 && (
        <section aria-labelledby="entry-related">
          <h3 id="entry-related">{ui.related}</h3>
          <ul class="related">
            {body.related
              .filter((r) => known(r.id))
              .map((r) => (
                <li key={r.id}>
                  <button type="button" class="link" data-related={r.id} onClick={() => onNavigate(r.id)}>
                    {r.title[lang]}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entry-sources">
        <h3 id="entry-sources">{ui.sources}</h3>
        <ul class="sources">
          {body.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url.startsWith('https://') ? s.url : undefined} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="entry-notes" class="notes">
        <h3 id="entry-notes">
          <label for="note-text">{t.notes}</label>
        </h3>
        <textarea
          id="note-text"
          rows={4}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <div class="row">
          <button
            type="button"
            onClick={() => void saveNote(api.store, body.id, draft, api.now()).then(() => setSaved(true))}
          >
            {t.saveNote}
          </button>
          <span role="status">{saved ? t.noteSaved : ''}</span>
        </div>
      </section>
    </article>
  );
}
