/**
 * Checks across entries, after each file passed the schema: ids, references, alias collisions, common words.
 */
import { foldAlias } from '../match/fold.ts';
import { type AliasForm, aliasForms } from './aliases.ts';
import { formatPath, type GlossaryError, type LoadedEntry } from './load.ts';
import { STOP_WORDS } from './stopwords.ts';

export function validateGlossary(loaded: readonly LoadedEntry[]): GlossaryError[] {
  return [...checkPlaceholders(loaded), ...checkIds(loaded), ...checkReferences(loaded), ...checkAliases(loaded)];
}

/** A scaffolded entry keeps "TODO" until a maintainer fills it in: it must not ship. */
function checkPlaceholders(loaded: readonly LoadedEntry[]): GlossaryError[] {
  const errors: GlossaryError[] = [];
  const visit = (l: LoadedEntry, value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && /\bTODO\b/.test(value)) {
      errors.push(error(l, path, formatPath(path), 'placeholder "TODO" left in the entry'));
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(l, v, [...path, i]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(l, v, [...path, k]);
    }
  };
  for (const l of loaded) visit(l, l.entry, []);
  return errors;
}

function error(l: LoadedEntry, path: (string | number)[], field: string, message: string): GlossaryError {
  return { file: l.file, line: l.lineOf(path), field, message };
}

function checkIds(loaded: readonly LoadedEntry[]): GlossaryError[] {
  const errors: GlossaryError[] = [];
  const seen = new Map<string, LoadedEntry>();
  for (const l of loaded) {
    const { id } = l.entry;
    const fileId = l.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (fileId !== id) errors.push(error(l, ['id'], 'id', `id "${id}" must match the file name "${fileId}"`));
    const first = seen.get(id);
    if (first) errors.push(error(l, ['id'], 'id', `duplicate id "${id}" (also in ${first.file})`));
    else seen.set(id, l);
  }
  return errors;
}

function checkReferences(loaded: readonly LoadedEntry[]): GlossaryError[] {
  const ids = new Set(loaded.map((l) => l.entry.id));
  const errors: GlossaryError[] = [];
  for (const l of loaded) {
    l.entry.related.forEach((id, i) => {
      if (!ids.has(id)) errors.push(error(l, ['related', i], `related[${i}]`, `no entry has the id "${id}"`));
      if (id === l.entry.id) errors.push(error(l, ['related', i], `related[${i}]`, 'an entry cannot relate to itself'));
    });
    l.entry.aliases.forEach((alias, i) => {
      if (typeof alias === 'string') return;
      alias.context?.forEach((id, k) => {
        if (!ids.has(id)) {
          errors.push(
            error(l, ['aliases', i, 'context', k], `aliases[${i}].context[${k}]`, `no entry has the id "${id}"`),
          );
        }
      });
    });
  }
  return errors;
}

interface Owner {
  readonly loaded: LoadedEntry;
  readonly form: AliasForm;
}

/**
 * Forms of different entries that fold to the same text must be told apart by a rule: a context or cue rule on one
 * of them, or case-sensitive forms written differently ("Manas" the epic vs a plain "manas" would be ambiguous).
 */
function checkAliases(loaded: readonly LoadedEntry[]): GlossaryError[] {
  const errors: GlossaryError[] = [];
  const byFolded = new Map<string, Owner[]>();
  for (const l of loaded) {
    for (const form of aliasForms(l.entry)) {
      const folded = foldAlias(form.text);
      const path = ['aliases', form.index];
      const field = `aliases[${form.index}]`;
      if (folded.length < 2) errors.push(error(l, path, field, `alias "${form.text}" is too short to match safely`));
      if (STOP_WORDS.has(folded) && !form.caseSensitive && !form.context) {
        errors.push(
          error(l, path, field, `alias "${form.text}" is a common word: add caseSensitive: true or a context rule`),
        );
      }
      if (form.context || form.cue) continue;
      const owners = byFolded.get(folded) ?? [];
      const clash = owners.find((o) => o.loaded.entry.id !== l.entry.id && clashes(o.form, form));
      if (clash) errors.push(error(l, path, field, clashMessage(form, clash)));
      else owners.push({ loaded: l, form });
      byFolded.set(folded, owners);
    }
  }
  return errors;
}

function clashes(a: AliasForm, b: AliasForm): boolean {
  return !a.caseSensitive || !b.caseSensitive || a.text === b.text;
}

function clashMessage(form: AliasForm, other: Owner): string {
  const where = `${other.loaded.file}:${other.loaded.lineOf(['aliases', other.form.index])}`;
  return `alias "${form.text}" is also an alias of "${other.loaded.entry.id}" (${where}): remove one, or tell them apart with caseSensitive, a context rule or a cue (after, before)`;
}
