/**
 * Discovery as the side panel's worker runs it (the name model and the ordinary words' filter the glossary build
 * ships, the bundled matcher's files) finds what the maintainers' tools find (the full word lists, the matcher
 * compiled from the entries), on every text of the evaluation corpus and on the demo and test pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { pageDiscoveryTools } from '@/lib/discovery/page-tools.ts';
import { documentBlocks, suggestNames } from '@/lib/discovery/suggest.ts';
import { decodeWordFilter } from '@/lib/discovery/word-filter.ts';
import matcherHead from '@/lib/generated/matcher-head.json';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { transliterate } from '@/lib/glossary-build/transliteration/engine.ts';
import { ENGLISH_BGN } from '@/lib/glossary-build/transliteration/english.ts';
import { combineMatchers } from '@/lib/match/combined-matcher.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { readGlossary } from '../../../scripts/glossary/read-glossary.ts';
import { fileBlocks } from '../../../scripts/glossary/scan-file.ts';
import { discoveryTools } from '../../../scripts/glossary/suggest.ts';

const shipped = {
  model: JSON.parse(readFileSync('public/glossary/name-model.json', 'utf8')),
  ordinary: decodeWordFilter(new Uint8Array(readFileSync('public/glossary/ordinary-words.bin'))),
};
const bundled = createMatcher({
  ...matcherHead,
  ...JSON.parse(readFileSync('public/glossary/matcher-body.json', 'utf8')),
});
const nlp = winkNLP(model);
const romanize = (name: string) => transliterate(name, ENGLISH_BGN);
const panel = pageDiscoveryTools(nlp, shipped, bundled, romanize);

const CORPUS = 'tests/eval/corpus';
const documents: [string, string[]][] = [
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string[]] => [f, readFileSync(join(CORPUS, f), 'utf8').split('\n')]),
  ...['public/demo/fr.html', 'public/demo/en.html', 'tests/e2e/pages/unlisted.html'].map((f): [string, string[]] => [
    f,
    fileBlocks(f),
  ]),
];

describe('discovery in the side panel', { timeout: 60_000 }, () => {
  it('suggests what the maintainers’ tools suggest, in the same order, on every text', () => {
    const maintainers = discoveryTools(readGlossary('glossary/entries').loaded.map((l) => l.entry));
    let compared = 0;
    for (const [name, blocks] of documents) {
      const expected = suggestNames(documentBlocks(blocks), maintainers);
      expect(suggestNames(documentBlocks(blocks), panel), name).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('leaves out a name the reader has made an own entry of', () => {
    const blocks = documentBlocks(fileBlocks('tests/e2e/pages/unlisted.html'));
    expect(suggestNames(blocks, panel).map((s) => [s.text, s.count])).toEqual([
      ['Bakytzhan Tursunbekov', 1],
      ['Saryagash', 3],
    ]);
    const own = { id: 'saryagash', type: 'place', aliases: ['Saryagash'] } as unknown as Entry;
    const withOwn = combineMatchers(bundled, createMatcher(compileMatcherData([own])));
    const tools = pageDiscoveryTools(nlp, shipped, withOwn, romanize);
    expect(suggestNames(blocks, tools).map((s) => s.text)).toEqual(['Bakytzhan Tursunbekov']);
  });
});
