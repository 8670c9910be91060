/** Word and sentence boundaries on folded text (lowercase, one space per run of white space). */

const WORD = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[a-z0-9]/i.test(String.fromCharCode(c)) ? 1 : 0;

/** Is the code unit at `i` part of a word? Outside the text counts as not. */
export function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: treat as word, never split a pair
  return WORD.test(text[i]!);
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
