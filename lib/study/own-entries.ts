/**
 * Own entries in and out: import (YAML or JSON, in the bundled glossary's format, all or nothing), export (the same
 * format, so an own entry can become a bundled one through a pull request unchanged), and a one-file backup of own
 * entries and notes. Pure: the panel reads and writes files and storage.
 */
import { parseAllDocuments, stringify } from 'yaml';
import { checkEntry } from '../glossary-build/load.ts';
import type { Entry } from '../glossary-build/schema.ts';
import type { Note } from './stored.ts';

export interface ImportError {
  /** The entry's id, or its position ("#2") when it has no valid id. */
  readonly entry: string;
  readonly field: string;
  readonly message: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly entries: Entry[] /** Ids already among own entries: ask before overwriting. */;
      readonly conflicts: string[];
    }
  | { readonly ok: false; readonly errors: ImportError[] };

/** Reads a file's text as YAML (one or several documents) or JSON: an entry, a list of entries, or `{entries}`. */
function documents(text: string): unknown[] | { error: string } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return flatten(JSON.parse(text));
    } catch (e) {
      return { error: `JSON: ${(e as Error).message}` };
    }
  }
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return [];
  const failed = docs.find((d) => d.errors.length > 0);
  if (failed) return { error: `YAML: ${failed.errors[0]!.message.split('\n')[0]}` };
  return docs.flatMap((d) => flatten(d.toJS()));
}

function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { entries?: unknown }).entries)) {
    return (value as { entries: unknown[] }).entries;
  }
  return value === null || value === undefined ? [] : [value];
}

/**
 * All or nothing: every entry must pass the glossary schema, its id must be new to the file and not a bundled
 * entry's, and every `related` id must exist (bundled, own, or in the same file). Otherwise nothing is imported and
 * each failing entry and field is named.
 */
export function parseImport(text: string, bundledIds: ReadonlySet<string>, ownIds: ReadonlySet<string>): ImportResult {
  const docs = documents(text);
  if (!Array.isArray(docs)) return { ok: false, errors: [{ entry: '', field: '', message: docs.error }] };
  if (docs.length === 0) return { ok: false, errors: [{ entry: '', field: '', message: 'no entry in the file' }] };
  const errors: ImportError[] = [];
  const entries: Entry[] = [];
  const fileIds = new Set(
    docs
      .map((d) => (typeof d === 'object' && d !== null ? (d as { id?: unknown }).id : undefined))
      .filter((id) => typeof id === 'string'),
  );
  docs.forEach((doc, i) => {
    const rawId = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
    const name = typeof rawId === 'string' && rawId ? rawId : `#${i + 1}`;
    const r = checkEntry(doc);
    if (!r.ok) {
      for (const e of r.errors) errors.push({ entry: name, ...e });
      return;
    }
    const e = r.entry;
    if (bundledIds.has(e.id))
      errors.push({ entry: name, field: 'id', message: 'an entry of the bundled glossary has this id' });
    if (entries.some((x) => x.id === e.id))
      errors.push({ entry: name, field: 'id', message: 'the file has two entries with this id' });
    e.related.forEach((id, k) => {
      if (!bundledIds.has(id) && !ownIds.has(id) && !fileIds.has(id)) {
        errors.push({ entry: name, field: `related[${k}]`, message: `no entry "${id}"` });
      }
    });
    entries.push(e);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entries, conflicts: entries.map((e) => e.id).filter((id) => ownIds.has(id)) };
}

/** The bundled format: what `glossary/entries/<id>.yaml` holds (YAML: one document per entry). */
export function exportEntries(entries: readonly Entry[], format: 'yaml' | 'json'): string {
  const plain = entries.map(({ $schema: _, ...e }) => e);
  if (format === 'json') return `${JSON.stringify(plain, null, 2)}\n`;
  return plain
    .map((e) => `# yaml-language-server: $schema=../schema.json\n${stringify(e, { lineWidth: 0 })}`)
    .join('---\n');
}

const BACKUP_FORMAT = 'steppe-lens-backup';

interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: 1;
  readonly exportedAt: string;
  readonly ownEntries: Entry[];
  readonly notes: Record<string, Note>;
}

export function makeBackup(ownEntries: readonly Entry[], notes: Record<string, Note>, exportedAt: string): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: 1, exportedAt, ownEntries: [...ownEntries], notes };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A backup file, checked whole (all or nothing, like an import). */
export function parseBackup(
  text: string,
  bundledIds: ReadonlySet<string>,
): { ok: true; ownEntries: Entry[]; notes: Record<string, Note> } | { ok: false; errors: ImportError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ entry: '', field: '', message: `JSON: ${(e as Error).message}` }] };
  }
  const b = data as Partial<Backup> | null;
  if (!b || b.format !== BACKUP_FORMAT || b.version !== 1) {
    return { ok: false, errors: [{ entry: '', field: 'format', message: 'not a Steppe Lens backup' }] };
  }
  const entries = parseImport(JSON.stringify(b.ownEntries ?? []), bundledIds, new Set());
  const errors: ImportError[] = entries.ok || (b.ownEntries ?? []).length === 0 ? [] : [...entries.errors];
  const notes: Record<string, Note> = {};
  for (const [id, n] of Object.entries(b.notes ?? {})) {
    const note = n as Partial<Note>;
    if (typeof note?.text !== 'string' || typeof note.updated !== 'string') {
      errors.push({ entry: id, field: 'notes', message: 'a note has a text and an update date' });
    } else notes[id] = { text: note.text, updated: note.updated };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ownEntries: entries.ok ? entries.entries : [], notes };
}
