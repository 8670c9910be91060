/**
 * Spellings generated from each entry's native names (transliteration/), checked like hand-written aliases: a form
 * the entry already has is dropped as a duplicate; one that is a common word, too short to match safely, or also a
 * form of another entry is dropped with the reason, not reported as an error (the maintainer did not write it).
 * `npm run glossary -- aliases <id>` prints what was kept and dropped, and why.
 */
import type { NativeLang } from '../glossary/vocabulary.ts';
import { foldAlias } from '../match/fold.ts';
import { type AliasForm, aliasForms } from './aliases.ts';
import type { Entry } from './schema.ts';
import { STOP_WORDS } from './stopwords.ts';
import { germanGenitive } from './transliteration/german-genitive.ts';
import { type SpellingOut, type System, spellingsOf } from './transliteration/systems.ts';

export interface GeneratedForm {
  readonly text: string;
  readonly system: System;
  /** The native name or Cyrillic alias it was generated from. */
  readonly from: string;
  readonly caseSensitive: boolean;
  /** Why it is not compiled; undefined when it is. */
  readonly dropped?: string;
}

/** Shorter folded forms are dropped: a generated three-letter word is more likely a word than a name. */
const MIN_LENGTH = 4;
/** Up to this length a generated form must be capitalised as written (a name, not a word). */
const CASE_SENSITIVE_UP_TO = 5;

const CYRILLIC = /[\u0400-\u04FF]/;

/** The sources of an entry's generated forms: its native names, and its plain Cyrillic aliases. */
function sourcesOf(entry: Entry): { text: string; lang: NativeLang | 'ru-alias'; caseSensitive: boolean }[] {
  const sources: { text: string; lang: NativeLang | 'ru-alias'; caseSensitive: boolean }[] = [];
  for (const [lang, text] of Object.entries(entry.native ?? {})) {
    sources.push({ text, lang: lang as NativeLang, caseSensitive: false });
  }
  for (const alias of entry.aliases) {
    const a = typeof alias === 'string' ? { text: alias } : alias;
    if (typeof alias !== 'string' && (alias.context || alias.after || alias.before)) continue;
    if ('endings' in a && a.endings && !a.endings.includes('')) continue;
    if (!CYRILLIC.test(a.text)) continue;
    const lang = 'lang' in a && a.lang === 'kk' ? 'kk' : 'ru-alias';
    sources.push({ text: a.text, lang, caseSensitive: 'caseSensitive' in a && a.caseSensitive === true });
  }
  return sources;
}

interface Candidate extends SpellingOut {
  readonly from: string;
  readonly folded: string;
  readonly caseSensitive: boolean;
}

/** Entry types whose names German writes in the genitive with -s (Taschkents, Nasarbajews, des Tian Shans). */
const GENITIVE_TYPES: ReadonlySet<string> = new Set(['place', 'person']);

/** The Latin forms a maintainer wrote without rules, whose German genitive the build adds. */
function plainLatinAliases(entry: Entry): string[] {
  return entry.aliases.flatMap((alias) => {
    if (typeof alias === 'string') return CYRILLIC.test(alias) ? [] : [alias];
    if (
      alias.context ||
      alias.after ||
      alias.before ||
      alias.endings ||
      alias.caseSensitive ||
      (alias.lang && alias.lang !== 'de')
    )
      return [];
    return CYRILLIC.test(alias.text) ? [] : [alias.text];
  });
}

function candidatesOf(entry: Entry): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (s: SpellingOut, from: string, sourceCaseSensitive: boolean) => {
    const folded = foldAlias(s.text);
    const key = `${folded}\u0000${s.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const capitalised = s.text.charAt(0) !== s.text.charAt(0).toLowerCase();
    const caseSensitive = sourceCaseSensitive || (capitalised && folded.length <= CASE_SENSITIVE_UP_TO);
    out.push({ ...s, from, folded, caseSensitive });
  };
  for (const source of sourcesOf(entry)) {
    for (const s of spellingsOf(source.text, source.lang)) add(s, source.text, source.caseSensitive);
  }
  if (GENITIVE_TYPES.has(entry.type)) {
    const german = [...plainLatinAliases(entry), ...out.filter((c) => c.system === 'de-duden').map((c) => c.text)];
    for (const name of german) {
      const genitive = germanGenitive(name);
      if (genitive) add({ text: genitive, system: 'de-genitive' }, name, false);
    }
  }
  return out;
}

/** What the build knows beyond the glossary: here, the ordinary words of English, French and German (folded). */
export interface GenerateOptions {
  readonly isOrdinaryWord?: (folded: string) => boolean;
}

/** Generated forms of every entry, by id, each kept or dropped with its reason. */
export function generateAliases(
  entries: readonly Entry[],
  options: GenerateOptions = {},
): Map<string, GeneratedForm[]> {
  const handWritten = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const form of aliasForms(e)) {
      if (form.context || form.cue) continue;
      const folded = foldAlias(form.text);
      const owners = handWritten.get(folded) ?? new Set();
      owners.add(e.id);
      handWritten.set(folded, owners);
    }
  }
  const candidates = new Map(entries.map((e) => [e.id, candidatesOf(e)]));
  const generatedBy = new Map<string, Set<string>>();
  for (const [id, list] of candidates) {
    for (const c of list) {
      const owners = generatedBy.get(c.folded) ?? new Set();
      owners.add(id);
      generatedBy.set(c.folded, owners);
    }
  }
  const result = new Map<string, GeneratedForm[]>();
  for (const [id, list] of candidates) {
    const kept = new Set<string>();
    result.set(
      id,
      list.map((c) => {
        const dropped = whyDropped(c, id, handWritten, generatedBy, kept, options.isOrdinaryWord ?? (() => false));
        if (dropped === undefined) kept.add(c.folded);
        return {
          text: c.text,
          system: c.system,
          from: c.from,
          caseSensitive: c.caseSensitive,
          ...(dropped ? { dropped } : {}),
        };
      }),
    );
  }
  return result;
}

function whyDropped(
  c: Candidate,
  id: string,
  handWritten: ReadonlyMap<string, ReadonlySet<string>>,
  generatedBy: ReadonlyMap<string, ReadonlySet<string>>,
  kept: ReadonlySet<string>,
  isOrdinaryWord: (folded: string) => boolean,
): string | undefined {
  const hand = handWritten.get(c.folded);
  if (hand?.has(id)) return 'already a hand-written alias';
  if (hand && hand.size > 0) return `also an alias of ${[...hand].join(', ')}`;
  const others = [...(generatedBy.get(c.folded) ?? [])].filter((o) => o !== id);
  if (others.length > 0) return `also generated for ${others.join(', ')}`;
  if (c.folded.length < MIN_LENGTH) return 'too short to match safely';
  // A whole form that is a word, or a phrase of function words only. (Each word of a longer name against the full
  // word lists would drop real names: "tian" and "shans" are both in the English list.)
  if (STOP_WORDS.has(c.folded) || isOrdinaryWord(c.folded)) return 'an ordinary word';
  if (c.folded.split(/[\s-]/).every((w) => STOP_WORDS.has(w))) return 'a phrase of common words';
  if (kept.has(c.folded)) return 'same as another generated form';
  return undefined;
}

/** The generated forms the matcher compiles, as alias forms. */
export function compiledGeneratedForms(generated: readonly GeneratedForm[]): AliasForm[] {
  const seen = new Set<string>();
  const forms: AliasForm[] = [];
  for (const g of generated) {
    if (g.dropped) continue;
    const key = g.caseSensitive ? `cs:${g.text}` : foldAlias(g.text);
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push({
      text: g.text,
      lang: undefined,
      caseSensitive: g.caseSensitive,
      context: undefined,
      cue: undefined,
      index: -1,
    });
  }
  return forms;
}
