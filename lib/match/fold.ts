/**
 * Folding: the text the matcher compares, plus a map back to the page's text.
 *
 * Offsets are UTF-16 code units, like the DOM's Range offsets, so a span found in the folded text maps straight
 * back to a Range on the page even where folding changed the length ("İ" → "i", "ß" → "ss", a soft hyphen → "").
 * ASCII takes a fast path; every other cluster is folded once and memoised, because `normalize` per character
 * would dominate the cost on a 5 MB page.
 */

/** The folded text and, for every folded code unit, the span of source text it came from. */
export interface Folded {
  readonly text: string;
  /** `starts[i]`: offset in the source of the cluster that produced folded unit `i`. */
  readonly starts: Uint32Array;
  /** `ends[i]`: offset in the source just past that cluster. */
  readonly ends: Uint32Array;
}

/** Soft hyphen, zero-width space and joiners, word joiner, BOM: they vanish. */
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;
const SPACE = /^[\s\u00A0\u2007\u202F]$/;
const APOSTROPHE = /^['\u2018\u2019\u201B\u02BC\u02BB\u2032`\u00B4]$/;
const DASH = /^[\u2010-\u2015\u2212-]$/;
const MARK = /^\p{M}$/u;
/** A base letter in the Latin blocks, whose marks are dropped (Cyrillic keeps them: й is not и, ё is not е). */
const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]$/;

/** Letters with no decomposition that readers still treat as their base letter. */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
};

const memo = new Map<string, string>();

/** Folds one cluster (a base code point and the combining marks after it). */
export function foldCluster(cluster: string): string {
  let folded = memo.get(cluster);
  if (folded === undefined) {
    folded = foldClusterUncached(cluster);
    if (memo.size < 50_000) memo.set(cluster, folded);
  }
  return folded;
}

function foldClusterUncached(cluster: string, keepCase = false): string {
  const first = String.fromCodePoint(cluster.codePointAt(0)!);
  if (INVISIBLE.test(first)) return '';
  if (SPACE.test(first)) return ' ';
  if (APOSTROPHE.test(first)) return "'";
  if (DASH.test(first)) return '-';
  const special = SPECIAL[first];
  if (special !== undefined) return special;
  const decomposed = cluster.normalize('NFKD');
  const base = String.fromCodePoint(decomposed.codePointAt(0) ?? 0);
  const folded = LATIN.test(base) ? stripMarks(decomposed) : cluster.normalize('NFKC');
  // Spacing accents (῏, ˝) decompose to a space and marks: they are a space to the matcher.
  if (/^\s/.test(folded)) return ' ';
  return keepCase ? folded : folded.toLowerCase();
}

/**
 * The written shape of a case-sensitive name: folded like `fold` (accents, apostrophes, dashes, spaces, invisible
 * characters) but keeping its capitalisation, so "Manas" and "Manas" compare equal and "manas" does not.
 */
export function exactShape(written: string): string {
  let out = '';
  for (let i = 0; i < written.length; ) {
    const end = clusterEnd(written, i);
    const folded = foldClusterUncached(written.slice(i, end), true);
    if (!(folded === ' ' && out.endsWith(' '))) out += folded;
    i = end;
  }
  return out.trim();
}

function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) if (!MARK.test(ch)) out += ch;
  return out;
}

/** Growable output: folded code units with their source spans. */
class Output {
  units = new Uint16Array(64);
  starts = new Uint32Array(64);
  ends = new Uint32Array(64);
  length = 0;

  constructor(capacity: number) {
    this.grow(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow(this.length * 2);
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(capacity: number): void {
    if (capacity <= this.units.length) return;
    const units = new Uint16Array(capacity);
    const starts = new Uint32Array(capacity);
    const ends = new Uint32Array(capacity);
    units.set(this.units.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    Object.assign(this, { units, starts, ends });
  }

  toFolded(): Folded {
    let text = '';
    for (let i = 0; i < this.length; i += 8192) {
      text += String.fromCharCode(...this.units.subarray(i, Math.min(i + 8192, this.length)));
    }
    return { text, starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

const SPACE_UNIT = 0x20;

/** Folds a whole string; runs of white space become one space. */
export function fold(source: string): Folded {
  const out = new Output(source.length + 16);
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    const next = i + 1 < source.length ? source.charCodeAt(i + 1) : 0;
    if (c < 0x80 && !(next >= 0x300 && isMark(source, i + 1))) {
      pushAscii(out, c, i);
      i++;
      continue;
    }
    const end = clusterEnd(source, i);
    const folded = foldCluster(source.slice(i, end));
    for (let k = 0; k < folded.length; k++) pushUnit(out, folded.charCodeAt(k), i, end);
    i = end;
  }
  return out.toFolded();
}

function pushAscii(out: Output, c: number, i: number): void {
  if (c >= 0x41 && c <= 0x5a) out.push(c + 32, i, i + 1);
  else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) pushUnit(out, SPACE_UNIT, i, i + 1);
  else if (c === 0x60) out.push(0x27, i, i + 1);
  else out.push(c, i, i + 1);
}

/** Pushes one folded unit, widening the previous space instead of repeating it. */
function pushUnit(out: Output, unit: number, start: number, end: number): void {
  if (unit === SPACE_UNIT && out.length > 0 && out.units[out.length - 1] === SPACE_UNIT) {
    out.ends[out.length - 1] = end;
    return;
  }
  out.push(unit, start, end);
}

function isMark(s: string, i: number): boolean {
  return MARK.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** End of the cluster starting at `i`: one code point plus any combining marks after it. */
function clusterEnd(s: string, i: number): number {
  let j = i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
  while (j < s.length && s.charCodeAt(j) >= 0x300 && isMark(s, j)) {
    j += s.codePointAt(j)! > 0xffff ? 2 : 1;
  }
  return j;
}

/** Folds an alias the same way as page text, so both sides compare equal. */
export function foldAlias(alias: string): string {
  return fold(alias).text.trim();
}
