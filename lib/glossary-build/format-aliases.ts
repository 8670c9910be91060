/**
 * `glossary aliases <id>`: an entry's hand-written forms, then its generated ones with their system, kept or not,
 * then (for a person) its discourse forms: the surname alone, which matches only after the person is named.
 */
import { aliasForms } from './aliases.ts';
import type { DiscourseForm } from './discourse-forms.ts';
import type { GeneratedForm } from './generated-aliases.ts';
import type { Entry } from './schema.ts';

export function formatAliases(
  id: string,
  entries: readonly Entry[],
  generated: ReadonlyMap<string, readonly GeneratedForm[]>,
  discourse: ReadonlyMap<string, readonly DiscourseForm[]> = new Map(),
): string {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry has the id "${id}"`);
  const lines = [`${id}: hand-written`];
  for (const f of aliasForms(entry)) {
    const rules = [
      f.lang,
      f.caseSensitive ? 'case-sensitive' : '',
      f.context ? `context ${f.context.join(',')}` : '',
      f.cue?.after.length ? `after ${f.cue.after.join('|')}` : '',
      f.cue?.before.length ? `before ${f.cue.before.join('|')}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${f.text}${rules ? `  (${rules})` : ''}`);
  }
  const forms = generated.get(id) ?? [];
  const kept = forms.filter((g) => !g.dropped);
  lines.push(`${id}: generated (${kept.length} kept, ${forms.length - kept.length} dropped)`);
  for (const g of forms) {
    const flag = g.caseSensitive ? ', case-sensitive' : '';
    lines.push(
      `  ${g.dropped ? '- ' : '+ '}${g.text}  [${g.system} from ${g.from}${flag}]${g.dropped ? `  dropped: ${g.dropped}` : ''}`,
    );
  }
  const surnames = discourse.get(id);
  if (surnames) {
    const kept = surnames.filter((f) => !f.dropped);
    lines.push(
      `${id}: discourse, the surname alone after the full name on the page (${kept.length} kept, ${surnames.length - kept.length} dropped)`,
    );
    for (const f of surnames) {
      lines.push(
        `  ${f.dropped ? '- ' : '+ '}${f.text}  [from ${f.from}]${f.dropped ? `  dropped: ${f.dropped}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
