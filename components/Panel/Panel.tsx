/**
 * The side panel: four views (this page, glossary, timeline, own entries) over the bundled glossary merged with the
 * reader's own entries. Views are tabs (arrow keys move between them); an entry opens in the glossary view, with
 * back and forward.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { compileBodies, compileSearchIndex } from '@/lib/glossary-build/compile.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { EMPTY_HISTORY, type History, open } from '@/lib/study/history.ts';
import type { SearchRow } from '@/lib/study/search.ts';
import { KEYS, type Note, readNotes, readOwnEntries, readPanelRequest } from '@/lib/study/stored.ts';
import type { PanelApi } from './api.ts';
import { type FormFields, formFromName } from './entry-form.ts';
import { GlossaryView } from './GlossaryView.tsx';
import { OwnEntriesView } from './OwnEntriesView.tsx';
import { PageView } from './PageView.tsx';
import { PANEL_STRINGS } from './strings.ts';
import { TimelineView } from './TimelineView.tsx';
import { useCandidates } from './use-candidates.ts';

export type View = 'page' | 'glossary' | 'timeline' | 'own';
const VIEWS: View[] = ['page', 'glossary', 'timeline', 'own'];

export interface Glossary {
  readonly bodies: Readonly<Record<string, EntryBody>>;
  readonly index: readonly SearchRow[];
  readonly bundledIds: ReadonlySet<string>;
  readonly own: Readonly<Record<string, Entry>>;
}

export function Panel({ api, initialView = 'page' }: { api: PanelApi; initialView?: View }) {
  const t = PANEL_STRINGS[api.lang];
  const [view, setView] = useState<View>(initialView);
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const [bundled, setBundled] = useState<{ bodies: Record<string, EntryBody>; index: SearchRow[] }>();
  const [own, setOwn] = useState<Record<string, Entry>>({});
  const [notes, setNotes] = useState<Record<string, Note>>({});
  const [corrupt, setCorrupt] = useState(0);
  const candidates = useCandidates(api, own);
  /** A name from "Not in the glossary", for the own-entry form to open with. */
  const [draft, setDraft] = useState<FormFields | null>(null);

  const reload = useCallback(async () => {
    const [o, n] = await Promise.all([readOwnEntries(api.store), readNotes(api.store)]);
    setOwn(o.values);
    setNotes(n.values);
    setCorrupt((c) => c + o.corrupt.length + n.corrupt.length);
  }, [api]);

  useEffect(() => {
    // "Open in panel" from a card: a request left in storage, read on opening and whenever it changes.
    const honourRequest = async () => {
      const request = await readPanelRequest(api.store, Date.now());
      if (request) {
        setHistory((h) => open(h, request.id));
        setView('glossary');
      }
    };
    void api.loadGlossary().then(setBundled);
    void reload();
    void honourRequest();
    return api.onStoreChange((key) => {
      if (key === KEYS.ownEntries || key === KEYS.notes) void reload();
      if (key === KEYS.panelRequest) void honourRequest();
    });
  }, [api, reload]);

  const glossary = useMemo<Glossary | undefined>(() => {
    if (!bundled) return undefined;
    const ownList = Object.values(own);
    return {
      bodies: { ...compileBodies(ownList), ...bundled.bodies },
      index: [...bundled.index, ...compileSearchIndex(ownList)],
      bundledIds: new Set(Object.keys(bundled.bodies)),
      own,
    };
  }, [bundled, own]);

  const openEntry = (id: string) => {
    setHistory((h) => open(h, id));
    setView('glossary');
  };

  const addEntry = (name: string, sentence: string | undefined) => {
    setDraft(formFromName(name, sentence));
    setView('own');
  };
  const draftTaken = useCallback(() => setDraft(null), []);

  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -2;
    if (next === -2) return;
    e.preventDefault();
    const v = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    setView(v);
    document.getElementById(`tab-${v}`)?.focus();
  };

  return (
    <main class="panel">
      <header>
        <h1 class="app-name">{t.appName}</h1>
        <div role="tablist" aria-label={t.appName} class="tabs" onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={view === v}
              aria-controls={`view-${v}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
            >
              {t.views[v]}
            </button>
          ))}
        </div>
      </header>
      {corrupt > 0 && (
        <p class="warning" role="status">
          {t.corrupt(corrupt)}
        </p>
      )}
      <section id={`view-${view}`} class="view" role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
        {!glossary ? (
          <p aria-busy="true">…</p>
        ) : view === 'page' ? (
          <PageView
            api={api}
            glossary={glossary}
            notes={notes}
            onOpen={openEntry}
            candidates={candidates}
            onAddEntry={addEntry}
          />
        ) : view === 'glossary' ? (
          <GlossaryView api={api} glossary={glossary} notes={notes} history={history} setHistory={setHistory} />
        ) : view === 'timeline' ? (
          <TimelineView lang={api.lang} glossary={glossary} onOpen={openEntry} />
        ) : (
          <OwnEntriesView
            api={api}
            glossary={glossary}
            notes={notes}
            onOpen={openEntry}
            draft={draft}
            onDraftTaken={draftTaken}
          />
        )}
      </section>
    </main>
  );
}
