/** Aliases as the matcher sees them: every written form, with its rules. */
import type { AliasLang } from '../glossary/vocabulary.ts';
import type { Entry } from './schema.ts';

export interface AliasForm {
  /** The form as written (text + one ending). */
  readonly text: string;
  readonly lang: AliasLang | undefined;
  readonly caseSensitive: boolean;
  readonly context: readonly string[] | undefined;
  /** Cue words before and after the form (see lib/match/cues.ts); undefined when the alias has none. */
  readonly cue: { readonly after: readonly string[]; readonly before: readonly string[] } | undefined;
  /** Index of the alias in the entry's `aliases`, for error lines. */
  readonly index: number;
}

/** Expands each alias into its forms: `text` alone, or `text` + each of its `endings`. */
export function aliasForms(entry: Entry): AliasForm[] {
  return entry.aliases.flatMap((alias, index) => {
    const a = typeof alias === 'string' ? { text: alias } : alias;
    const endings = 'endings' in a && a.endings ? a.endings : [''];
    return endings.map((ending) => ({
      text: a.text + ending,
      lang: 'lang' in a ? a.lang : undefined,
      caseSensitive: 'caseSensitive' in a ? a.caseSensitive === true : false,
      context: 'context' in a ? a.context : undefined,
      cue: cueOf(a),
      index,
    }));
  });
}

function cueOf(alias: { after?: string[]; before?: string[] }): AliasForm['cue'] {
  if (!alias.after && !alias.before) return undefined;
  return { after: alias.after ?? [], before: alias.before ?? [] };
}
