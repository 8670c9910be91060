/**
 * "This page": the terms the active tab names, grouped by type, with their counts and the sentences they occur in;
 * a click on a sentence shows it on the page. Follows tab switches and page changes, and polls lightly while the
 * panel is visible (a page that loads more text changes without any tab event). Below, on any page with our
 * content script (terms or none), the names not in the glossary (CandidatesSection.tsx).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ENTRY_TYPES } from '@/lib/glossary/vocabulary.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import type { PageTerms } from '@/lib/messages/protocol.ts';
import { toAnki, toCsv, toMarkdown } from '@/lib/study/exports.ts';
import type { Note } from '@/lib/study/stored.ts';
import { buildStudySheet, type SheetSentence } from '@/lib/study/study-sheet.ts';
import { download, fileName, type PanelApi } from './api.ts';
import { CandidatesSection } from './CandidatesSection.tsx';
import type { Glossary } from './Panel.tsx';
import { PANEL_STRINGS } from './strings.ts';
import type { Candidates } from './use-candidates.ts';

const POLL_MS = 2000;

export function PageView(props: {
  api: PanelApi;
  glossary: Glossary;
  notes: Readonly<Record<string, Note>>;
  onOpen: (id: string) => void;
  candidates: Candidates;
  onAddEntry: (name: string, sentence: string | undefined) => void;
}) {
  const { api, glossary, notes, onOpen } = props;
  const t = PANEL_STRINGS[api.lang];
  const [page, setPage] = useState<PageTerms | null | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    let last = '';
    const refresh = async () => {
      const p = await api.pageTerms().catch(() => null);
      // Only a changed answer re-renders: the poll must not disturb a reader who is tabbing through the list.
      const key = JSON.stringify(p);
      if (alive && key !== last) {
        last = key;
        setPage(p);
      }
    };
    void refresh();
    const stop = api.onPageChange(() => void refresh());
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    return () => {
      alive = false;
      stop();
      clearInterval(timer);
    };
  }, [api]);

  const readAt = useMemo(() => api.now(), [api, page?.url]);
  const sheet = useMemo(
    () =>
      page
        ? buildStudySheet(
            page,
            (id) => glossary.bodies[id],
            (id) => notes[id]?.text,
            api.lang,
            readAt,
          )
        : undefined,
    [page, glossary, notes, api.lang, readAt],
  );

  if (page === undefined) return <p aria-busy="true">…</p>;
  if (page === null || !sheet) return <p class="empty">{t.noPage}</p>;

  const save = (kind: 'md' | 'csv' | 'anki') => {
    if (kind === 'md') download(fileName(sheet.title, 'md'), toMarkdown(sheet, t.exportWords), 'text/markdown');
    if (kind === 'csv') download(fileName(sheet.title, 'csv'), toCsv(sheet), 'text/csv');
    if (kind === 'anki') download(fileName(sheet.title, 'anki.txt'), toAnki(sheet), 'text/plain');
  };

  const candidates = (
    <CandidatesSection lang={api.lang} page={page} candidates={props.candidates} onAddEntry={props.onAddEntry} />
  );
  if (sheet.terms.length === 0) {
    return (
      <div class="page-view">
        <p class="empty">{t.noTerms}</p>
        {candidates}
      </div>
    );
  }

  return (
    <div class="page-view">
      <h2 class="view-title">{t.termsOnPage(sheet.terms.length)}</h2>
      <div class="exports">
        <span>{t.exportAs}:</span>
        <button type="button" data-export="md" onClick={() => save('md')}>
          Markdown
        </button>
        <button type="button" data-export="csv" onClick={() => save('csv')}>
          CSV
        </button>
        <button type="button" data-export="anki" onClick={() => save('anki')}>
          Anki
        </button>
      </div>
      {ENTRY_TYPES.map((type) => {
        const terms = sheet.terms.filter((term) => term.body.type === type);
        if (terms.length === 0) return null;
        return (
          <section key={type} class="type-group" aria-labelledby={`group-${type}`}>
            <h3 id={`group-${type}`}>
              {UI_STRINGS[api.lang].types[type]} <span class="count">({terms.length})</span>
            </h3>
            <ul class="terms">
              {terms.map((term) => (
                <li key={term.id} class="term" data-entry={term.id}>
                  <div class="term-head">
                    <button type="button" class="link" onClick={() => onOpen(term.id)}>
                      {term.body.title[api.lang]}
                    </button>
                    <span class="badge" title={t.occurrences(term.count)}>
                      {t.occurrences(term.count)}
                    </span>
                  </div>
                  <ul class="sentences">
                    {term.sentences.map((s) => (
                      <li key={s.occurrence}>
                        <button
                          type="button"
                          class="sentence"
                          lang={sheet.lang || undefined}
                          title={t.revealHint}
                          data-occurrence={s.occurrence}
                          onClick={() => void api.reveal(term.id, s.occurrence)}
                        >
                          <Sentence s={s} />
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {candidates}
    </div>
  );
}

function Sentence({ s }: { s: SheetSentence }) {
  return (
    <>
      {s.text.slice(0, s.start)}
      <mark>{s.text.slice(s.start, s.end)}</mark>
      {s.text.slice(s.end)}
    </>
  );
}
