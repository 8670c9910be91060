/** Reads every entry file of a glossary folder (Node only: the build and the maintainers' tools). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type GlossaryError, type LoadedEntry, loadEntry } from '../../lib/glossary-build/load.ts';
import { validateGlossary } from '../../lib/glossary-build/validate.ts';

export interface GlossaryRead {
  readonly loaded: LoadedEntry[];
  readonly errors: GlossaryError[];
}

export function readGlossary(dir: string): GlossaryRead {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const loaded: LoadedEntry[] = [];
  const errors: GlossaryError[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const result = loadEntry(relative(process.cwd(), path), readFileSync(path, 'utf8'));
    if (result.ok) loaded.push(result.loaded);
    else errors.push(...result.errors);
  }
  errors.push(...validateGlossary(loaded));
  return { loaded, errors };
}
