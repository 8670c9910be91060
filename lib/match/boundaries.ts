/** Word and sentence boundaries on folded text (lowercase, one space per run of white space). */
import { WORD_TABLE } from './char-tables.ts';
import { charProperty, LATIN_END, tableCodes } from './fold.ts';

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

const isWideWord = charProperty(WORD_TABLE, WORD);

/** Is this code unit part of a word (a letter, a digit or a mark; either half of a surrogate pair)? */
export function isWordCode(c: number): boolean {
  if (c < LATIN_END) return WORD_TABLE.charCodeAt(c) === 0x31;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: treat as word, never split a pair
  return isWideWord(c);
}

/** Is unit `i` of a folded text part of a word? Outside the text counts as not. */
function isWordAt(units: Uint16Array, length: number, i: number): boolean {
  return i >= 0 && i < length && isWordCode(units[i]!);
}

const AT_SIGN = 0x40;

/**
 * A match must start and end on word boundaries: "Osh" is not found in "Oshkosh", but "d'Osh" and "Osh's" are.
 * The folded text is units[0 … length).
 */
export function onWordBoundaries(units: Uint16Array, length: number, start: number, end: number): boolean {
  const startOk = !isWordAt(units, length, start) || !isWordAt(units, length, start - 1);
  const endOk = !isWordAt(units, length, end - 1) || !isWordAt(units, length, end);
  // Not inside an e-mail address: "redaction@novastan.org" names no outlet to the reader.
  return startOk && endOk && !(start > 0 && units[start - 1] === AT_SIGN) && !(end < length && units[end] === AT_SIGN);
}

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const OPENERS = codes(' "«»“„([-\'‹¿¡');
const TERMINATORS = codes('.!?…:');

/** Does a sentence start at unit `start`? (block start, or after . ! ? … : and any spaces, quotes, brackets) */
export function isSentenceStart(units: Uint16Array, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.has(units[i]!)) i--;
  return i < 0 || TERMINATORS.has(units[i]!);
}
