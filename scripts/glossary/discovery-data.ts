/**
 * What discovery needs besides wink-nlp, made from the glossary and the word lists: the trigram name model, trained
 * on the glossary's own aliases against ordinary names and words (the CLI trains it on each run; the build writes
 * it for the side panel), and the ordinary words as a Bloom filter (for the side panel, which cannot carry the
 * 6.7 MB lists).
 */
import { type NameModel, trainNameModel } from '../../lib/discovery/name-model.ts';
import { buildWordFilter, type WordFilter } from '../../lib/discovery/word-filter.ts';
import { generateAliases } from '../../lib/glossary-build/generated-aliases.ts';
import type { Entry } from '../../lib/glossary-build/schema.ts';
import { foldAlias } from '../../lib/match/fold.ts';
import { isOrdinaryWord, ordinaryFirstNames, ordinaryWordSample } from './lexicon.ts';

/**
 * The filter's false-positive rate: at 1 % (0.74 MB, 7 hashes) the side panel's suggestions on the evaluation
 * corpus and the demo pages are the maintainers' exactly; at 5 % one name in 55 is lost.
 */
const ORDINARY_FALSE_POSITIVES = 0.01;

/** The words of the glossary's aliases, hand-written and generated: the model's "Central Asian" side. */
function glossaryWords(entries: readonly Entry[]): string[] {
  const generated = generateAliases(entries, { isOrdinaryWord });
  const texts = entries.flatMap((e) => [
    ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
    ...(generated.get(e.id) ?? []).filter((g) => !g.dropped).map((g) => g.text),
  ]);
  const words = new Set(texts.flatMap((t) => foldAlias(t).split(/[\s-]+/)));
  // Latin only: the ordinary side has no Cyrillic, and Cyrillic candidates are romanised before scoring.
  return [...words].filter((w) => w.length > 2 && /^[a-z']+$/.test(w) && !isOrdinaryWord(w));
}

export function glossaryNameModel(entries: readonly Entry[]): NameModel {
  const negatives = [...ordinaryFirstNames(), ...ordinaryWordSample(8)].map((w) => foldAlias(w));
  return trainNameModel(glossaryWords(entries), negatives);
}

export function ordinaryWordFilter(): WordFilter {
  return buildWordFilter(ordinaryWordSample(1), ORDINARY_FALSE_POSITIVES);
}
