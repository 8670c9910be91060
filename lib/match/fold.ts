/**
 * Folding: the text the matcher compares, plus a map back to the page's text.
 *
 * Offsets are UTF-16 code units, like the DOM's Range offsets, so a span found in the folded text maps straight
 * back to a Range on the page even where folding changed the length ("İ" → "i", "ß" → "ss", a soft hyphen → "").
 * This runs over every character of every page, so ASCII and Latin-1 go through a lookup table in one tight loop;
 * any other cluster is folded once with `normalize` and memoised.
 */
import { FOLD_EXPANSIONS, FOLD_TABLE, MARK_TABLE, SHAPE_TABLE } from './char-tables.ts';

/** The folded text and, for every folded code unit, where its source cluster starts. */
export interface Folded {
  readonly text: string;
  /** `starts[i]`: offset in the source of the cluster that produced folded unit `i`. */
  readonly starts: Uint32Array;
  /** The source text, to find where a cluster ends (see `sourceEnd`). */
  readonly source: string;
}

/** Soft hyphen, zero-width space and joiners, word joiner, BOM: they vanish. */
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;
const SPACE = /^[\s\u00A0\u2007\u202F]$/;
const APOSTROPHE = /^['\u2018\u2019\u201B\u02BC\u02BB\u2032`\u00B4]$/;
const DASH = /^[\u2010-\u2015\u2212-]$/;
const MARK = /^\p{M}$/u;
/** A base letter in the Latin blocks, whose marks are dropped (Cyrillic keeps them: й is not и, ё is not е). */
const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]$/;
/** A Cyrillic base letter: it keeps its marks except the stress marks reference works print (Абáй, Алматы̀). */
const CYRILLIC = /^[\u0400-\u052F]$/;
/** Acute and grave accents, which in Cyrillic text only mark stress (ѐ, ѝ carry a grave too). */
const STRESS = /[\u0300\u0301]/g;

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
  // Final sigma is only a positional form of σ: lowercasing a whole string writes ς where lowercasing a letter
  // gives σ, so both fold to σ and a name matches however the page's text was cased.
  ς: 'σ',
};

const SPACE_UNIT = 0x20;
/** Marker in the fold table: this code unit needs the slow path. */
export const SLOW = 0xffff;
/** Marker in the fold table: this code unit vanishes. */
export const DROP = 0xfffe;
/**
 * The code ranges the shipped tables cover, in table order: Latin-1 and Latin Extended A/B, Cyrillic and its
 * supplement, general punctuation with super- and subscripts and currency signs. What the readers' pages are made of.
 */
const TABLE_RANGES: readonly (readonly [start: number, end: number])[] = [
  [0, 0x250],
  [0x400, 0x530],
  [0x2000, 0x20d0],
];
/** Below this, a code unit's table index is itself (the hot path's case). */
export const LATIN_END = 0x250;

/** Where a code unit's entry is in the shipped tables, or -1 if they do not cover it. */
function tableIndex(c: number): number {
  let offset = 0;
  for (let r = 0; r < TABLE_RANGES.length; r++) {
    const range = TABLE_RANGES[r]!;
    if (c < range[0]) return -1;
    if (c < range[1]) return offset + c - range[0];
    offset += range[1] - range[0];
  }
  return -1;
}

/** The code units the shipped tables cover, in table order. */
export function tableCodes(): number[] {
  return TABLE_RANGES.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i));
}

/** The mark table ("1" = a combining mark) as `lib/match/char-tables.ts` ships it. */
export function computeMarkTable(): string {
  return tableCodes()
    .map((c) => (MARK.test(String.fromCharCode(c)) ? '1' : '0'))
    .join('');
}

/**
 * The fold table's entry for one code unit: its folded unit where folding is one to one, else
 * DROP or SLOW. Computed by the build (`npm run tables`), since computing it on every page compiles Unicode regular
 * expressions and calls `normalize` for each new character: several milliseconds of cold code per page.
 */
function tableEntry(c: number): number {
  const folded = foldClusterUncached(String.fromCharCode(c));
  return folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : SLOW;
}

/** The whole fold table, as `lib/match/char-tables.ts` ships it. */
export function computeFoldTable(): number[] {
  return tableCodes().map(tableEntry);
}

/**
 * The folds of the table's SLOW units that fold to several ("ß" → "ss", "…" → "..."), as `char-tables.ts` ships
 * them: the first "…" of a page would otherwise compile the slow path's regular expressions and load `normalize`.
 */
export function computeFoldExpansions(): Record<number, string> {
  const expansions: Record<number, string> = {};
  for (const c of tableCodes()) if (tableEntry(c) === SLOW) expansions[c] = foldClusterUncached(String.fromCharCode(c));
  return expansions;
}

/** SHAPE_TABLE's letters: the unit folds as FOLD_TABLE says, or that unit uppercased, or only by the slow path. */
const SHAPE_AS_FOLDED = 0x6c; // l
const SHAPE_UPPER = 0x75; // u

/**
 * How `exactShape` folds each unit of the table on its own, as `char-tables.ts` ships it: "l" (like the fold
 * table), "u" (the fold table's unit, uppercased), "s" (the slow path). Case-sensitive names are checked on the
 * pages' hot path, where the slow path's first use costs milliseconds.
 */
export function computeShapeTable(): string {
  return tableCodes()
    .map((c) => {
      const f = tableEntry(c);
      if (f === SLOW) return 's';
      const lower = f === DROP ? '' : String.fromCharCode(f);
      const shape = foldClusterUncached(String.fromCharCode(c), true);
      return shape === lower ? 'l' : shape === lower.toUpperCase() ? 'u' : 's';
    })
    .join('');
}

const memo = new Map<string, string>();

/** Folds one cluster (a base code point and the combining marks after it). */
function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const expansion = FOLD_EXPANSIONS[cluster.charCodeAt(0)];
    if (expansion !== undefined) return expansion;
  }
  let folded = memo.get(cluster);
  if (folded === undefined) {
    folded = foldClusterUncached(cluster);
    if (memo.size < 50_000) memo.set(cluster, folded);
  }
  return folded;
}

/** The folding rule itself, for one cluster: what the shipped tables are computed from. */
export function foldClusterUncached(cluster: string, keepCase = false): string {
  const first = String.fromCodePoint(cluster.codePointAt(0)!);
  if (INVISIBLE.test(first)) return '';
  if (SPACE.test(first)) return ' ';
  if (APOSTROPHE.test(first)) return "'";
  if (DASH.test(first)) return '-';
  const special = SPECIAL[first];
  if (special !== undefined) return special;
  const decomposed = cluster.normalize('NFKD');
  const base = String.fromCodePoint(decomposed.codePointAt(0) ?? 0);
  const normalized = LATIN.test(base)
    ? stripMarks(decomposed)
    : CYRILLIC.test(base)
      ? decomposed.replace(STRESS, '').normalize('NFKC')
      : cluster.normalize('NFKC');
  // Spacing accents (῏, ˝) decompose to a space and marks: they are a space to the matcher.
  if (/^\s/.test(normalized)) return ' ';
  // Compatibility forms can normalise to a dash, an apostrophe or a special letter (⁻ → −): fold those too.
  let folded = '';
  for (const ch of normalized) folded += ch === first ? ch : foldSimple(ch);
  return keepCase ? folded : folded.toLowerCase();
}

/** The one-character classes of `foldClusterUncached`, for characters produced by normalisation. */
function foldSimple(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (APOSTROPHE.test(ch)) return "'";
  if (DASH.test(ch)) return '-';
  return SPECIAL[ch] ?? ch;
}

function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) if (!MARK.test(ch)) out += ch;
  return out;
}

/**
 * A function of BMP code units, memoised in a table of the whole BMP allocated on first use. `of` must never return
 * 0 (0 marks a unit not asked yet). The rest of the BMP beyond the shipped tables (Greek, Georgian…) is read this
 * way: without it, every letter of such a page went through a regular expression, a string slice and a memo lookup.
 * Not for surrogates.
 */
function memoPerUnit(of: (c: number) => number): (c: number) => number {
  let known: Uint16Array | undefined;
  return (c) => {
    known ??= new Uint16Array(0x10000);
    let v = known[c]!;
    if (v === 0) {
      v = of(c);
      known[c] = v;
    }
    return v;
  };
}

/**
 * A yes/no property of BMP code units (part of a word, a combining mark): read from the shipped table where it
 * covers the unit, else from `rule`. Not for surrogates.
 */
export function charProperty(shipped: string, rule: RegExp): (c: number) => boolean {
  const YES = 2;
  const NO = 1;
  const known = memoPerUnit((c) => {
    const k = tableIndex(c);
    return (k >= 0 ? shipped.charCodeAt(k) === 0x31 : rule.test(String.fromCharCode(c))) ? YES : NO;
  });
  return (c) => known(c) === YES;
}

const isWideMark = charProperty(MARK_TABLE, MARK);

/** `foldUnit` above Latin: the shipped table where it covers the unit, else the rule. (No unit folds to U+0000.) */
const wideFoldOf = memoPerUnit((c) => {
  const k = tableIndex(c);
  return k >= 0 ? FOLD_TABLE[k]! : c >= 0xd800 && c <= 0xdfff ? SLOW : tableEntry(c);
});

/**
 * How one code unit folds on its own (no combining mark after it): its folded unit, DROP, or SLOW when it folds to
 * several units (then see `foldUnitText`) or is half of a surrogate pair.
 */
export function foldUnit(c: number): number {
  return c < LATIN_END ? FOLD_TABLE[c]! : wideFoldOf(c);
}

/** The folded text of one code unit on its own ("ß" → "ss", "…" → "..."), memoised. Not for surrogates. */
export function foldUnitText(c: number): string {
  return foldCluster(String.fromCharCode(c));
}

/** Is the code unit at `i` a combining mark (so it belongs to the cluster before it)? */
function isMarkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return MARK.test(String.fromCodePoint(s.codePointAt(i)!));
  return isWideMark(c);
}

/**
 * Scratch buffers reused from call to call: allocating two typed arrays per block of text made folding several
 * times slower in the browser, where each allocation is an external buffer the garbage collector must account for.
 */
let scratchUnits = new Uint16Array(4096);
let scratchStarts = new Uint32Array(4096);

/** Folds a whole string; runs of white space become one space. */
export function fold(source: string): Folded {
  const folded = foldTransient(source);
  return { ...folded, starts: folded.starts.slice() };
}

/** A folded text as code units: the matcher's hot path never turns it into a string. */
export interface FoldedUnits {
  /** The folded text is units[0 … length); what lies beyond is stale. */
  readonly units: Uint16Array;
  readonly length: number;
  /** `starts[i]`: offset in the source of the cluster that produced folded unit `i`. */
  readonly starts: Uint32Array;
  readonly source: string;
}

/**
 * `fold` as code units in scratch buffers, valid only until the next call: for the matcher's hot path, which is done
 * with a block's folded text before it folds the next. (Decoding the units into a string was, in the page's CPU
 * profile, the largest single cost of folding.)
 */
export function foldUnitsTransient(source: string): FoldedUnits {
  const n = source.length;
  if (scratchUnits.length < n * 2 + 8) {
    scratchUnits = new Uint16Array(n * 2 + 8);
    scratchStarts = new Uint32Array(n * 2 + 8);
  }
  let units = scratchUnits;
  let starts = scratchStarts;
  let length = 0;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    const f = c < LATIN_END ? FOLD_TABLE[c]! : wideFoldOf(c);
    // Never read past the end: an out-of-bounds charCodeAt makes optimised code bail out on every block.
    const next = i + 1 < n ? source.charCodeAt(i + 1) : 0;
    if (f !== SLOW && !(next >= 0x300 && isMarkAt(source, i + 1))) {
      if (f !== DROP && !(f === SPACE_UNIT && length > 0 && units[length - 1] === SPACE_UNIT)) {
        units[length] = f;
        starts[length++] = i;
      }
      i++;
      continue;
    }
    const end = clusterEnd(source, i);
    const folded = foldCluster(source.slice(i, end));
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (unit === SPACE_UNIT && length > 0 && units[length - 1] === SPACE_UNIT) continue;
      if (length === units.length) {
        [units, starts] = grow(units, starts, length);
        scratchUnits = units;
        scratchStarts = starts;
      }
      units[length] = unit;
      starts[length++] = i;
    }
    i = end;
  }
  return { units, length, starts, source };
}

/** `fold` without copying the offset map out of the scratch buffer: `starts` is only valid until the next call. */
function foldTransient(source: string): Folded {
  const { units, length, starts } = foldUnitsTransient(source);
  return { text: decode(units, length), starts: starts.subarray(0, length), source };
}

function grow(
  units: Uint16Array,
  starts: Uint32Array,
  length: number,
): [Uint16Array<ArrayBuffer>, Uint32Array<ArrayBuffer>] {
  const u = new Uint16Array(length * 2 + 16);
  const s = new Uint32Array(length * 2 + 16);
  u.set(units);
  s.set(starts);
  return [u, s];
}

/** Units per String.fromCharCode call (an argument list has a length limit). */
const DECODE_CHUNK = 8192;

/**
 * The folded units as a string, with String.fromCharCode (a V8 builtin). TextDecoder did the same through a browser
 * API call per block, and was the largest single cost of folding in the page's CPU profile.
 */
function decode(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += DECODE_CHUNK) {
    const chunk = units.subarray(i, Math.min(length, i + DECODE_CHUNK));
    out += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return out;
}

/** End of the cluster starting at `i`: one code point plus any combining marks after it. */
export function clusterEnd(s: string, i: number): number {
  let j = i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
  while (j < s.length && isMarkAt(s, j)) j += s.codePointAt(j)! > 0xffff ? 2 : 1;
  return j;
}

/** The source offset just past folded unit `i` (the end of the cluster it came from). */
export function sourceEnd(folded: Pick<Folded, 'starts' | 'source'>, i: number): number {
  return clusterEnd(folded.source, folded.starts[i]!);
}

/** Folds an alias the same way as page text, so both sides compare equal. */
export function foldAlias(alias: string): string {
  return fold(alias).text.trim();
}

/**
 * The written shape of a case-sensitive name: folded like `fold` (accents, apostrophes, dashes, spaces, invisible
 * characters) but keeping its capitalisation, so "Manas" and "Manas" compare equal and "manas" does not.
 */
export function exactShape(written: string): string {
  let out = '';
  for (let i = 0; i < written.length; ) {
    const k = tableIndex(written.charCodeAt(i));
    const alone = k >= 0 && !(i + 1 < written.length && isMarkAt(written, i + 1));
    const shape = alone ? SHAPE_TABLE.charCodeAt(k) : 0;
    let folded: string;
    if (shape === SHAPE_AS_FOLDED || shape === SHAPE_UPPER) {
      const f = FOLD_TABLE[k]!;
      folded = f === DROP ? '' : String.fromCharCode(f);
      if (shape === SHAPE_UPPER) folded = folded.toUpperCase();
      i++;
    } else {
      const end = clusterEnd(written, i);
      folded = foldClusterUncached(written.slice(i, end), true);
      i = end;
    }
    if (!(folded === ' ' && out.endsWith(' '))) out += folded;
  }
  return out.trim();
}
