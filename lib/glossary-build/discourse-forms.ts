/**
 * Discourse aliases: the forms of a person's surname alone, which a page may use once it has named the person in
 * full ("Adilkhan Yerzhanov … Yerzhanov's next film"). They are compiled into the matcher body flagged as such, and
 * the engine keeps one only after the entry's first ordinary match on the same page (lib/match/discourse.ts).
 *
 * Which word: the press repeats the last word of a full name, the surname (Nazarbayev) or the patronymic that
 * serves as one (Baitursynuly, Qunanbaiuly). A person known by a first name (Abai, Ablai, Kurmangazy) has it as an
 * alias already; one known by a single name (Babur, Tomyris) has no surname to derive. A name ending in a title
 * (Ablai Khan, Ulugh Beg) or a Russian patronymic, or holding a lower-case particle (Fessard de Foucault, ibn, al-),
 * yields nothing: the token a page repeats is not its last word.
 *
 * The surnames come from the entry's names in the nominative (titles, native names, hand-written aliases, the
 * spellings generated from them); each Russian one adds its case forms (the declension rules of
 * transliteration/russian-declension.ts). A form is dropped, with the reason, when it is any entry's alias (it
 * matches everywhere already, or means another entry), when another person has it as a surname form or as any word
 * of their names (Emomali: Rustam Emomali's surname, Emomali Rahmon's first name), when it is an ordinary word, or
 * when it is too short to match safely. Every kept form is case-sensitive: a surname standing alone is capitalised.
 */
import { foldAlias } from '../match/fold.ts';
import type { GeneratedForm, GenerateOptions } from './generated-aliases.ts';
import { nameSkeleton } from './name-skeleton.ts';
import type { Entry } from './schema.ts';
import { STOP_WORDS } from './stopwords.ts';
import { germanGenitive } from './transliteration/german-genitive.ts';
import { declineName, declineWord } from './transliteration/russian-declension.ts';

export interface DiscourseForm {
  /** The surname form as written. */
  readonly text: string;
  /** The full name it was taken from, or the surname whose case form it is. */
  readonly from: string;
  /** Why it is not compiled; undefined when it is. */
  readonly dropped?: string;
}

/** Shorter folded forms are dropped, as generated ones are: a three-letter surname is too often something else. */
const MIN_LENGTH = 4;
/** More words than this is a description, not a name. */
const MAX_WORDS = 4;

/** Last words that are titles or patronymic particles, not surnames (folded). */
const TITLES: ReadonlySet<string> = new Set(
  `khan han chan xan khaan qaghan хан khon хон beg bek bey бек бег datka датка batyr батыр bi би uly ulı uli ұлы улы
  uulu уулу kyzy qyzy кызы қызы`.split(/\s+/),
);
/** Russian patronymics, in Cyrillic and transliterated (Абишевич, Abichevitch, Abischewitsch, Абишевна). */
const PATRONYMIC = /(ич|вна|ична|vich|vitch|witsch|wich|vna|wna|ichna|itchna|itschna)s?$/i;
const CYRILLIC = /[\u0400-\u04FF]/;
const RUSSIAN_WORD = /^[А-ЯЁа-яё]+$/;

/** The surname of one written full name, or undefined when the name has none this rule can name. */
export function surnameOf(name: string): string | undefined {
  if (/[()[\],;:]/.test(name)) return undefined;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return undefined;
  // Every word capitalised: a lower-case particle (de, ibn, al-, хан) makes the repeated token uncertain.
  if (!words.every((w) => w.charAt(0) !== w.charAt(0).toLowerCase())) return undefined;
  const last = words[words.length - 1]!;
  const folded = foldAlias(last);
  // A title, also in the German genitive (Ablai Khans).
  if (TITLES.has(folded) || TITLES.has(folded.replace(/s$/, '')) || PATRONYMIC.test(last)) return undefined;
  return last;
}

/**
 * The entry's full names in the nominative: titles, native names, hand-written aliases (a Cyrillic one without its
 * case endings, and not itself a case form of another, such as "Абая Кунанбаева"), and generated spellings other
 * than case forms. `all` takes dropped generated spellings too (for telling which surnames two people share).
 */
function nominativeNames(entry: Entry, generated: readonly GeneratedForm[], all: boolean): string[] {
  const names: string[] = [...Object.values(entry.title), ...Object.values(entry.native ?? {})];
  for (const alias of entry.aliases) {
    const a = typeof alias === 'string' ? { text: alias } : alias;
    if ('context' in a && a.context) continue;
    const endings = 'endings' in a && a.endings ? a.endings : [''];
    if (CYRILLIC.test(a.text)) {
      if (endings.includes('')) names.push(a.text);
    } else names.push(...endings.map((e) => a.text + e));
  }
  // Case forms, and what was generated from one (Latin "Abaja Kunanbajewa" from "Абая Кунанбаева", then its German
  // genitive): generated forms come after their sources, so one pass in order finds them all.
  const declined = new Set(names.filter((n) => CYRILLIC.test(n)).flatMap(declineName));
  for (const g of generated) {
    if (g.system === 'ru-declension' || declined.has(g.from)) declined.add(g.text);
    else if (all || !g.dropped) names.push(g.text);
  }
  return [...new Set(names)].filter((n) => !declined.has(n));
}

/** Is the entry known by one name (Babur, Tomyris, Al-Farabi, "Timur (Tamerlane)")? Then it has no surname. */
function knownBySingleName(entry: Entry): boolean {
  return !/\s/.test(entry.title.en.replace(/\s*\(.*\)\s*$/, ''));
}

interface Candidate {
  readonly text: string;
  readonly from: string;
  readonly folded: string;
  /** For a case form (Russian, or the German genitive in -s): the surname it is a form of. */
  base?: Candidate;
}

/** An entry's surname forms before any check: each full name's last word, and the Russian case forms of each. */
function candidatesOf(entry: Entry, names: readonly string[]): Candidate[] {
  if (entry.type !== 'person' || knownBySingleName(entry)) return [];
  const byText = new Map<string, Candidate>();
  for (const name of names) {
    const surname = surnameOf(name);
    if (surname && !byText.has(surname)) byText.set(surname, { text: surname, from: name, folded: foldAlias(surname) });
  }
  for (const c of byText.values()) {
    const stem = c.text.endsWith('s') ? byText.get(c.text.slice(0, -1)) : undefined;
    if (stem && germanGenitive(stem.text) === c.text) c.base = stem;
  }
  for (const base of [...byText.values()]) {
    if (!RUSSIAN_WORD.test(base.text)) continue;
    for (const form of declineWord(base.text) ?? []) {
      if (!byText.has(form)) byText.set(form, { text: form, from: base.text, folded: foldAlias(form), base });
    }
  }
  return [...byText.values()];
}

/** Adds `id` to the owners of `key`. */
function own(map: Map<string, Set<string>>, key: string, id: string): void {
  const owners = map.get(key) ?? new Set();
  owners.add(id);
  map.set(key, owners);
}

/** Who has each folded form as an alias (hand-written, any rule, or generated and kept). */
function aliasOwners(entries: readonly Entry[], generatedOf: (e: Entry) => readonly GeneratedForm[]) {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const alias of e.aliases) {
      const a = typeof alias === 'string' ? { text: alias } : alias;
      for (const ending of ('endings' in a && a.endings) || ['']) own(owners, foldAlias(a.text + ending), e.id);
    }
    for (const g of generatedOf(e)) if (!g.dropped) own(owners, foldAlias(g.text), e.id);
  }
  return owners;
}

/**
 * What each person has, to tell which surnames two people share: the skeletons (name-skeleton.ts) of every word of
 * their multi-word names and of their surnames, and every surname form, case forms included, as folded.
 */
function peopleNames(entries: readonly Entry[], generatedOf: (e: Entry) => readonly GeneratedForm[]) {
  const skeletons = new Map<string, Set<string>>();
  const forms = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.type !== 'person') continue;
    const names = nominativeNames(e, generatedOf(e), true);
    for (const name of names) {
      const words = name.trim().split(/\s+/);
      if (words.length > 1) for (const w of words) own(skeletons, nameSkeleton(w), e.id);
    }
    for (const c of candidatesOf(e, names)) {
      own(forms, c.folded, e.id);
      // A case form's skeleton is not its surname's: the father's Назарбаева is not the daughter's Nazarbayeva.
      if (!c.base) own(skeletons, nameSkeleton(c.text), e.id);
    }
  }
  return { skeletons, forms };
}

/** Each person entry's surname forms, by id, each kept or dropped with the reason. */
export function discourseForms(
  entries: readonly Entry[],
  generated: ReadonlyMap<string, readonly GeneratedForm[]>,
  options: GenerateOptions = {},
): Map<string, DiscourseForm[]> {
  const generatedOf = (e: Entry) => generated.get(e.id) ?? [];
  const checks: Checks = {
    aliases: aliasOwners(entries, generatedOf),
    ...peopleNames(entries, generatedOf),
    isOrdinaryWord: options.isOrdinaryWord ?? (() => false),
  };
  const result = new Map<string, DiscourseForm[]>();
  for (const e of entries) {
    const candidates = candidatesOf(e, nominativeNames(e, generatedOf(e), false));
    if (candidates.length === 0) continue;
    const reasons = new Map<Candidate, string | undefined>();
    for (const c of candidates) reasons.set(c, whyDropped(c, e.id, checks, c.base && reasons.get(c.base)));
    result.set(
      e.id,
      candidates.map((c) => {
        const dropped = reasons.get(c);
        return { text: c.text, from: c.from, ...(dropped ? { dropped } : {}) };
      }),
    );
  }
  return result;
}

interface Checks {
  /** Folded alias → the entries that have it. */
  readonly aliases: ReadonlyMap<string, ReadonlySet<string>>;
  /** Skeleton of a name word or surname → the people who have it. */
  readonly skeletons: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded surname form → the people who have it. */
  readonly forms: ReadonlyMap<string, ReadonlySet<string>>;
  readonly isOrdinaryWord: (folded: string) => boolean;
}

const OWN_ALIAS = 'already an alias (matches everywhere)';

function whyDropped(c: Candidate, id: string, checks: Checks, baseDropped: string | undefined): string | undefined {
  const aliasOf = checks.aliases.get(c.folded);
  if (aliasOf?.has(id)) return OWN_ALIAS;
  if (aliasOf) return `an alias of ${[...aliasOf].join(', ')}`;
  // The case forms of a surname that is another's name or a word go with it (Emomali, Observatory).
  if (baseDropped && baseDropped !== OWN_ALIAS) return `a case form of ${c.base!.text}, dropped`;
  const sharers = new Set([
    ...(checks.forms.get(c.folded) ?? []),
    ...((!c.base && checks.skeletons.get(nameSkeleton(c.text))) || []),
  ]);
  const others = [...sharers].filter((o) => o !== id);
  if (others.length > 0) return `also a name of ${others.join(', ')}`;
  if (c.folded.length < MIN_LENGTH) return 'too short to match safely';
  if (STOP_WORDS.has(c.folded) || checks.isOrdinaryWord(c.folded)) return 'an ordinary word';
  return undefined;
}
