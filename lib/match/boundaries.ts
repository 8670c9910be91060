/** Word and sentence boundaries on folded text (lowercase, one space per run of white space). */
import { WORD_TABLE } from './char-tables.ts';
import { LATIN_END, tableCodes, tableIndex } from './fold.ts';

const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The word table ("1" = part of a word) for the code units the fold table covers, as `lib/match/char-tables.ts`
 * ships it: compiling WORD costs milliseconds on every page.
 */
export function computeWordTable(): string {
  return tableCodes()
    .map((c) => (WORD.test(String.fromCharCode(c)) ? '1' : '0'))
    .join('');
}

/** The rest of the BMP, filled one code unit at a time on first use: 1 = not in a word, 2 = in a word, 0 = unknown. */
let wideWord: Uint8Array | undefined;

/** Is the code unit at `i` part of a word? Outside the text counts as not. */
export function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordCode(text.charCodeAt(i));
}

/** Is this code unit part of a word (a letter, a digit or a mark; either half of a surrogate pair)? */
export function isWordCode(c: number): boolean {
  if (c < LATIN_END) return WORD_TABLE.charCodeAt(c) === 0x31;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: treat as word, never split a pair
  wideWord ??= new Uint8Array(0x10000);
  let w = wideWord[c]!;
  if (w === 0) {
    const k = tableIndex(c);
    w = (k >= 0 ? WORD_TABLE.charCodeAt(k) === 0x31 : WORD.test(String.fromCharCode(c))) ? 2 : 1;
    wideWord[c] = w;
  }
  return w === 2;
}

/** A match must start and end on word boundaries: "Osh" is not found in "Oshkosh", but "d'Osh" and "Osh's" are. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const startOk = !isWordUnit(text, start) || !isWordUnit(text, start - 1);
  const endOk = !isWordUnit(text, end - 1) || !isWordUnit(text, end);
  // Not inside an e-mail address: "redaction@novastan.org" names no outlet to the reader.
  return startOk && endOk && text[start - 1] !== '@' && text[end] !== '@';
}

const OPENERS = new Set([' ', '"', '«', '»', '“', '„', '(', '[', '-', "'", '‹', '¿', '¡']);
const TERMINATORS = new Set(['.', '!', '?', '…', ':']);

/** Does a sentence start at `start`? (block start, or after . ! ? … : and any spaces, quotes, brackets) */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.has(text[i]!)) i--;
  return i < 0 || TERMINATORS.has(text[i]!);
}
