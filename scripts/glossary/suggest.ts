/**
 * `glossary suggest` and `glossary new --from`: discovery (lib/discovery) wired to wink-nlp, the glossary's matcher
 * and the word lists, in Node. Files are .txt (a block per line) or .html; folders are read recursively.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type DiscoveryTools, documentBlocks, type Suggestion, suggestNames } from '../../lib/discovery/suggest.ts';
import { readSentences } from '../../lib/discovery/tokens.ts';
import { compileMatcherData } from '../../lib/glossary-build/compile.ts';
import type { Entry } from '../../lib/glossary-build/schema.ts';
import { transliterate } from '../../lib/glossary-build/transliteration/engine.ts';
import { ENGLISH_BGN } from '../../lib/glossary-build/transliteration/english.ts';
import { foldAlias } from '../../lib/match/fold.ts';
import { createMatcher } from '../../lib/match/matcher.ts';
import { glossaryNameModel } from './discovery-data.ts';
import { isOrdinaryWord } from './lexicon.ts';
import { fileBlocks } from './scan-file.ts';

/** The files under the given paths: .txt and .html, folders recursively, in name order. */
function inputFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? inputFiles(
          readdirSync(p)
            .sort()
            .map((f) => join(p, f)),
        )
      : /\.(txt|html?)$/i.test(p)
        ? [p]
        : [],
  );
}

/** Loads wink-nlp and trains the name model; the load time is what `bench:suggest` reports. */
export function discoveryTools(entries: readonly Entry[]): DiscoveryTools {
  const nlp = winkNLP(model);
  const matcher = createMatcher(compileMatcherData(entries, { isOrdinaryWord }));
  return {
    read: (text) => readSentences(nlp, text),
    known: (sentence) => matcher.findMatches(sentence).map((m) => [m.start, m.end] as const),
    isOrdinaryWord: (w) => isOrdinaryWord(foldAlias(w)),
    model: glossaryNameModel(entries),
    key: foldAlias,
    romanize: (name) => transliterate(name, ENGLISH_BGN),
  };
}

export function suggestFromFiles(paths: readonly string[], entries: readonly Entry[], tools = discoveryTools(entries)) {
  const blocks = inputFiles(paths).flatMap((f) => documentBlocks(fileBlocks(f)));
  return suggestNames(blocks, tools);
}

export function formatSuggestions(suggestions: readonly Suggestion[]): string {
  return suggestions.map((s) => `${s.score.toFixed(2)}\t${s.count}\t${s.text}\n\t${s.sentences[0] ?? ''}`).join('\n');
}

/** The sentences of the files that mention `name` (folded, so also its inflected forms): for `new --from`. */
export function sentencesWith(name: string, paths: readonly string[], max = 5): string[] {
  const nlp = winkNLP(model);
  const key = foldAlias(name);
  const found: string[] = [];
  for (const block of inputFiles(paths).flatMap((f) => fileBlocks(f))) {
    for (const s of readSentences(nlp, block)) {
      if (found.length < max && foldAlias(s.text).includes(key)) found.push(s.text);
    }
  }
  return found;
}
