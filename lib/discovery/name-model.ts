/**
 * A character trigram model of "looks like a Central Asian name": trained on the glossary's own aliases against
 * ordinary names and words (first-name lists, the common words of English, French and German), it gives a word the
 * mean log-odds of its trigrams. Small and serialisable, so the build can ship it to an extension page.
 */

export interface NameModel {
  /** Trigram → log(P(trigram | Central Asian) / P(trigram | ordinary)), smoothed. */
  readonly odds: Readonly<Record<string, number>>;
  /** The log-odds of a trigram seen in neither set. */
  readonly unseen: number;
}

function trigrams(word: string): string[] {
  const w = `^${word.toLowerCase()}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

function counts(words: readonly string[]): { grams: Map<string, number>; total: number } {
  const grams = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    for (const g of trigrams(w)) {
      grams.set(g, (grams.get(g) ?? 0) + 1);
      total++;
    }
  }
  return { grams, total };
}

/** Trains the model; `positive` and `negative` are single words. */
export function trainNameModel(positive: readonly string[], negative: readonly string[]): NameModel {
  const pos = counts(positive);
  const neg = counts(negative);
  const vocabulary = new Set([...pos.grams.keys(), ...neg.grams.keys()]);
  const k = 0.5;
  const pDen = pos.total + k * (vocabulary.size + 1);
  const nDen = neg.total + k * (vocabulary.size + 1);
  const odds: Record<string, number> = {};
  for (const g of pos.grams.keys()) {
    const ratio = Math.log(((pos.grams.get(g) ?? 0) + k) / pDen) - Math.log(((neg.grams.get(g) ?? 0) + k) / nDen);
    // Rounded: the model is data, and two decimals are all the ranking needs.
    odds[g] = Math.round(ratio * 100) / 100;
  }
  for (const g of neg.grams.keys()) {
    if (g in odds) continue;
    const ratio = Math.log(k / pDen) - Math.log(((neg.grams.get(g) ?? 0) + k) / nDen);
    if (ratio < -1) odds[g] = Math.round(ratio * 100) / 100;
  }
  return { odds, unseen: Math.round((Math.log(k / pDen) - Math.log(k / nDen)) * 100) / 100 };
}

/** Mean log-odds of a word's trigrams: above 0 it looks more like the glossary's names than ordinary ones. */
export function nameOdds(model: NameModel, word: string): number {
  const grams = trigrams(word);
  if (grams.length === 0) return 0;
  let sum = 0;
  for (const g of grams) sum += model.odds[g] ?? model.unseen;
  return sum / grams.length;
}
