/**
 * The reader's own entries: a form with the bundled schema's fields (judged by the same zod schema, with the same
 * messages) and the reader's note on the entry, the list with edit and remove, import and export (YAML or JSON, the
 * bundled format, all or nothing), and a one-file backup and restore of own entries and notes. A draft (a name from
 * "Not in the glossary") opens the form prefilled.
 */
import { useEffect, useState } from 'preact/hooks';
import { COUNTRIES, ENTRY_TYPES, type EntryType, READER_LANGS } from '@/lib/glossary/vocabulary.ts';
import { checkEntry } from '@/lib/glossary-build/load.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import { exportEntries, makeBackup, parseBackup, parseImport } from '@/lib/study/own-entries.ts';
import { KEYS, type Note, saveNote } from '@/lib/study/stored.ts';
import { download, type PanelApi } from './api.ts';
import { emptyForm, entryToForm, type FormFields, formToRaw } from './entry-form.ts';
import type { Glossary } from './Panel.tsx';
import { PANEL_STRINGS } from './strings.ts';

type Problem = { entry?: string; field: string; message: string };

export function OwnEntriesView(props: {
  api: PanelApi;
  glossary: Glossary;
  notes: Readonly<Record<string, Note>>;
  onOpen: (id: string) => void;
  /** A new entry to open prefilled, once (the panel forgets it when told it was taken). */
  draft?: FormFields | null;
  onDraftTaken?: () => void;
}) {
  const { api, glossary, notes, onOpen, draft, onDraftTaken } = props;
  const lang = api.lang;
  const t = PANEL_STRINGS[lang];
  const [form, setForm] = useState<FormFields | null>(draft ?? null);
  useEffect(() => {
    if (!draft) return;
    onDraftTaken?.();
    // The reader came from a name on the page: the form is where to go on, starting with its id.
    const id = document.getElementById('f-id');
    id?.focus();
    id?.scrollIntoView?.({ block: 'nearest' });
  }, [draft, onDraftTaken]);
  const [editing, setEditing] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState('');
  const own = Object.values(glossary.own).sort((a, b) => a.id.localeCompare(b.id));

  const writeOwn = (entries: Record<string, Entry>) => api.store.set(KEYS.ownEntries, entries);

  const save = async () => {
    if (!form) return;
    const r = checkEntry(formToRaw(form, api.now().slice(0, 10)));
    const errors: Problem[] = r.ok ? [] : r.errors;
    if (r.ok) {
      if (glossary.bundledIds.has(r.entry.id))
        errors.push({ field: 'id', message: 'an entry of the bundled glossary has this id' });
      if (r.entry.id !== editing && Object.hasOwn(glossary.own, r.entry.id) && !confirm(t.overwrite(r.entry.id)))
        return;
      for (const [k, id] of r.entry.related.entries()) {
        if (!Object.hasOwn(glossary.bodies, id)) errors.push({ field: `related[${k}]`, message: `no entry "${id}"` });
      }
    }
    setProblems(errors);
    if (!r.ok || errors.length > 0) return;
    const next = { ...glossary.own };
    if (editing && editing !== r.entry.id) delete next[editing];
    next[r.entry.id] = r.entry;
    await writeOwn(next);
    if (form.note.trim() !== (notes[r.entry.id]?.text ?? '').trim()) {
      await saveNote(api.store, r.entry.id, form.note, api.now());
    }
    setForm(null);
    setEditing(null);
    setMessage('');
  };

  const remove = async (id: string) => {
    if (!confirm(t.confirmRemove(id))) return;
    const next = { ...glossary.own };
    delete next[id];
    await writeOwn(next);
  };

  const importFile = async (file: File) => {
    const r = parseImport(await file.text(), glossary.bundledIds, new Set(Object.keys(glossary.own)));
    if (!r.ok) {
      setProblems(r.errors);
      setMessage(t.importFailed);
      return;
    }
    if (r.conflicts.length > 0 && !confirm(t.overwrite(r.conflicts.join(', ')))) return;
    await writeOwn({ ...glossary.own, ...Object.fromEntries(r.entries.map((e) => [e.id, e])) });
    setProblems([]);
    setMessage(t.imported(r.entries.length));
  };

  const restore = async (file: File) => {
    const r = parseBackup(await file.text(), glossary.bundledIds);
    if (!r.ok) {
      setProblems(r.errors);
      setMessage(t.importFailed);
      return;
    }
    await writeOwn(Object.fromEntries(r.ownEntries.map((e) => [e.id, e])));
    await api.store.set(KEYS.notes, r.notes);
    setProblems([]);
    setMessage(t.restored);
  };

  const picker = (label: string, onFile: (f: File) => void, name: string) => (
    <label class="file-button">
      {label}
      <input
        type="file"
        name={name}
        accept=".yaml,.yml,.json,application/json,text/yaml"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) onFile(f);
        }}
      />
    </label>
  );

  return (
    <div class="own-view">
      <p>{t.ownIntro}</p>
      <div class="row wrap">
        <button
          type="button"
          onClick={() => {
            setForm(emptyForm());
            setEditing(null);
            setProblems([]);
          }}
        >
          {t.newEntry}
        </button>
        {picker(t.importFile, (f) => void importFile(f), 'import')}
        <button
          type="button"
          data-export="own-yaml"
          disabled={own.length === 0}
          onClick={() => download('steppe-lens-entries.yaml', exportEntries(own, 'yaml'), 'text/yaml')}
        >
          {t.exportYaml}
        </button>
        <button
          type="button"
          data-export="own-json"
          disabled={own.length === 0}
          onClick={() => download('steppe-lens-entries.json', exportEntries(own, 'json'), 'application/json')}
        >
          {t.exportJson}
        </button>
        <button
          type="button"
          data-export="backup"
          onClick={() =>
            download('steppe-lens-backup.json', makeBackup(own, { ...notes }, api.now()), 'application/json')
          }
        >
          {t.backup}
        </button>
        {picker(t.restore, (f) => void restore(f), 'restore')}
      </div>
      <div role="alert" class="problems">
        {message && <p>{message}</p>}
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={`${p.entry ?? ''}${p.field}${p.message}`}>
                {p.entry ? <strong>{p.entry}</strong> : null} {p.field ? <code>{p.field}</code> : null}: {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {form && (
        <EntryForm
          form={form}
          setForm={(update) => setForm((f) => (f ? update(f) : f))}
          lang={lang}
          onSave={() => void save()}
          onCancel={() => {
            setForm(null);
            setProblems([]);
          }}
        />
      )}
      <ul class="own-list">
        {own.map((e) => (
          <li key={e.id} data-entry={e.id}>
            <button type="button" class="link" onClick={() => onOpen(e.id)}>
              {e.title[lang]}
            </button>{' '}
            <code>{e.id}</code>
            <button
              type="button"
              onClick={() => {
                setForm(entryToForm(e, notes[e.id]?.text));
                setEditing(e.id);
                setProblems([]);
              }}
            >
              {t.edit}
            </button>
            <button type="button" onClick={() => void remove(e.id)}>
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EntryForm(props: {
  form: FormFields;
  /** Functional updates: several input events may arrive before a render (autofill, a driver), none may be lost. */
  setForm: (update: (f: FormFields) => FormFields) => void;
  lang: (typeof READER_LANGS)[number];
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, setForm, lang } = props;
  const t = PANEL_STRINGS[lang];
  const text = (key: 'id' | 'aliases' | 'dates' | 'related' | 'sources' | 'note', multiline = false) => (
    <div class="field">
      <label for={`f-${key}`}>{t.fields[key]}</label>
      {multiline ? (
        <textarea
          id={`f-${key}`}
          name={key}
          rows={3}
          value={form[key]}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, [key]: v }));
          }}
        />
      ) : (
        <input
          id={`f-${key}`}
          name={key}
          value={form[key]}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, [key]: v }));
          }}
        />
      )}
    </div>
  );
  return (
    <form
      class="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      {text('id')}
      <label class="field">
        <span>{t.type}</span>
        <select
          name="type"
          value={form.type}
          onChange={(e) => {
            const v = e.currentTarget.value as EntryType;
            setForm((f) => ({ ...f, type: v }));
          }}
        >
          {ENTRY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {UI_STRINGS[lang].types[ty]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.fields.countries}</legend>
        {COUNTRIES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              name={`country-${c}`}
              checked={form.countries.includes(c)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setForm((f) => ({ ...f, countries: on ? [...f.countries, c] : f.countries.filter((x) => x !== c) }));
              }}
            />
            {t.countries[c]}
          </label>
        ))}
      </fieldset>
      {(['title', 'summary'] as const).map((key) => (
        <fieldset key={key}>
          <legend>{t.fields[key]}</legend>
          {READER_LANGS.map((l) => (
            <div key={l} class="field">
              <label for={`f-${key}-${l}`}>{l}</label>
              {key === 'summary' ? (
                <textarea
                  id={`f-${key}-${l}`}
                  name={`${key}-${l}`}
                  rows={3}
                  value={form[key][l]}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    setForm((f) => ({ ...f, [key]: { ...f[key], [l]: v } }));
                  }}
                />
              ) : (
                <input
                  id={`f-${key}-${l}`}
                  name={`${key}-${l}`}
                  value={form[key][l]}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    setForm((f) => ({ ...f, [key]: { ...f[key], [l]: v } }));
                  }}
                />
              )}
            </div>
          ))}
        </fieldset>
      ))}
      {text('aliases', true)}
      {text('dates', true)}
      {text('related')}
      {text('sources', true)}
      {text('note', true)}
      <div class="row">
        <button type="submit">{t.save}</button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
