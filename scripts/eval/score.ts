/**
 * Scoring the matcher and discovery against hand-written gold names (tests/eval/gold): pure functions, so the
 * figures `npm run eval` prints are tested like any other code.
 */

export interface GoldName {
  readonly text: string;
  /** The entry the name means, or "unlisted" for a name the glossary lacks. */
  readonly entry: string;
  /** For unlisted names: what kind of thing it is (place, person…). */
  readonly type?: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface GoldSpan extends Span, GoldName {}

export interface Hit extends Span {
  readonly id: string;
  readonly text: string;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Every occurrence of every gold name, as written (case-sensitive, whole words); longer names first, so "Karaganda
 * Region" claims its span before "Karaganda" does.
 */
export function goldSpans(text: string, gold: readonly GoldName[]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  const byLength = [...gold].sort((a, b) => b.text.length - a.text.length);
  for (const g of byLength) {
    for (let at = text.indexOf(g.text); at >= 0; at = text.indexOf(g.text, at + 1)) {
      const end = at + g.text.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      if (spans.some((s) => s.start < end && at < s.end)) continue;
      spans.push({ ...g, start: at, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface TextScore {
  /** Listed gold occurrences, and those a hit overlaps / overlaps with the right entry. */
  readonly listed: GoldSpan[];
  readonly found: GoldSpan[];
  readonly rightEntry: GoldSpan[];
  /** Hits on a listed name, on an unlisted name (not counted), and on no gold name. */
  readonly truePositives: Hit[];
  readonly onUnlisted: Hit[];
  readonly falsePositives: Hit[];
}

export function scoreText(spans: readonly GoldSpan[], hits: readonly Hit[]): TextScore {
  const listed = spans.filter((s) => s.entry !== 'unlisted');
  const found = listed.filter((g) => hits.some((h) => overlaps(g, h)));
  const rightEntry = listed.filter((g) => hits.some((h) => overlaps(g, h) && h.id === g.entry));
  const truePositives: Hit[] = [];
  const onUnlisted: Hit[] = [];
  const falsePositives: Hit[] = [];
  for (const h of hits) {
    if (listed.some((g) => overlaps(g, h))) truePositives.push(h);
    else if (spans.some((g) => overlaps(g, h))) onUnlisted.push(h);
    else falsePositives.push(h);
  }
  return { listed, found, rightEntry, truePositives, onUnlisted, falsePositives };
}

/** Recall, precision and right-entry rate over several texts' scores (NaN where nothing was counted). */
export function rates(scores: readonly TextScore[]): { recall: number; precision: number; rightEntry: number } {
  const sum = (f: (s: TextScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const listed = sum((s) => s.listed.length);
  const found = sum((s) => s.found.length);
  const tp = sum((s) => s.truePositives.length);
  const fp = sum((s) => s.falsePositives.length);
  return {
    recall: found / listed,
    precision: tp / (tp + fp),
    rightEntry: sum((s) => s.rightEntry.length) / found,
  };
}

/** Does a suggestion name this gold name: the same words, or one a whole-word part of the other? */
export function suggestionNames(suggestion: string, gold: string, fold: (s: string) => string): boolean {
  const a = ` ${fold(suggestion)} `;
  const b = ` ${fold(gold)} `;
  return a === b || a.includes(b) || b.includes(a);
}
