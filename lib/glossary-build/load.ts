/**
 * Reads one entry file: YAML → validated Entry, or errors that name the file, line and field.
 */
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { type Entry, entrySchema } from './schema.ts';

export interface GlossaryError {
  readonly file: string;
  readonly line: number;
  /** Dotted path of the field, e.g. `aliases[3].text`; empty for the whole file. */
  readonly field: string;
  readonly message: string;
}

export interface LoadedEntry {
  readonly file: string;
  readonly entry: Entry;
  /** The line of a field, for errors found later (cross-entry checks). */
  lineOf(path: readonly (string | number)[]): number;
}

const MISSING = 'required field is missing';

export type LoadResult = { ok: true; loaded: LoadedEntry } | { ok: false; errors: GlossaryError[] };

/**
 * An entry given as data (the side panel's form, an import), checked by the same schema with the same messages as
 * a file: the parsed entry, or each failing field.
 */
export function checkEntry(
  raw: unknown,
): { ok: true; entry: Entry } | { ok: false; errors: { field: string; message: string }[] } {
  const parsed = entrySchema.safeParse(raw, { error: (issue) => (issue.input === undefined ? MISSING : undefined) });
  if (parsed.success) return { ok: true, entry: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.flatMap((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ field: formatPath([...path, key]), message: UNKNOWN_FIELD }));
      }
      return [{ field: formatPath(path), message: issue.message }];
    }),
  };
}

const UNKNOWN_FIELD = 'unknown field (fields are listed in glossary/schema.json)';

export function loadEntry(file: string, source: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? 1,
        field: '',
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly (string | number)[]) => lineOfPath(doc, lineCounter, path);
  let data: unknown;
  try {
    // Well-formed YAML can still fail to resolve (an alias to an anchor never set, an alias bomb).
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      ok: false,
      errors: [{ file, line: 1, field: '', message: `YAML: ${(e as Error).message.split('\n')[0]}` }],
    };
  }
  const parsed = entrySchema.safeParse(data, {
    error: (issue) => (issue.input === undefined ? MISSING : undefined),
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          // Point at each unknown key itself, not at the object that holds it.
          return issue.keys.map((key) => ({
            file,
            line: lineOf([...path, key]),
            field: formatPath([...path, key]),
            message: UNKNOWN_FIELD,
          }));
        }
        return [{ file, line: lineOf(path), field: formatPath(path), message: issue.message }];
      }),
    };
  }
  return { ok: true, loaded: { file, entry: parsed.data, lineOf } };
}

/** The line of the deepest node along `path` that exists (a missing field points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function formatError(e: GlossaryError): string {
  return `${e.file}:${e.line}: ${e.field ? `${e.field}: ` : ''}${e.message}`;
}
