/**
 * Cue rules: a form that names its entry only beside certain words. A language's name is also its people's
 * adjective (ouzbek, Kazakh, kirgisisch); "en ouzbek", "auf Kasachisch", "in Kazakh" and "Kazakh:" name the language.
 * Checked on the folded text, so cues are written once, in lower case, without accents.
 */
import { isWordCode } from './boundaries.ts';
import type { Cue } from './types.ts';

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** Do the form's cues hold around folded units [start, end)? */
export function cueHolds(cue: Cue, units: Uint16Array, length: number, start: number, end: number): boolean {
  const [after, before] = cue;
  if (after.length > 0 && !after.includes(wordBefore(units, start))) return false;
  return before.length === 0 || before.includes(wordAfter(units, length, end));
}

/** The word (or sign) that ends right before unit `start`, across one space; "l'" keeps its apostrophe. */
function wordBefore(units: Uint16Array, start: number): string {
  let end = start;
  if (end > 0 && units[end - 1] === SPACE) end--;
  let i = end;
  if (i > 0 && units[i - 1] === APOSTROPHE && end === start) i--;
  while (i > 0 && isWordCode(units[i - 1]!)) i--;
  if (i === end && end > 0) i = end - 1;
  return String.fromCharCode(...units.subarray(i, end));
}

/** The word (or sign) that starts right after unit `end`, across one space. */
function wordAfter(units: Uint16Array, length: number, end: number): string {
  let start = end;
  if (start < length && units[start] === SPACE) start++;
  let i = start;
  while (i < length && isWordCode(units[i]!)) i++;
  if (i === start && start < length) i = start + 1;
  return String.fromCharCode(...units.subarray(start, i));
}
