/**
 * `npm run eval`: the glossary's matcher and discovery against the corpus of real texts in tests/eval/corpus, scored
 * against the gold names in tests/eval/gold (written before the output was looked at). Prints recall, precision and
 * right-entry rate per language and per type, the misses and false positives, and the share of unlisted names in
 * the first 20 suggestions of their article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentBlocks, suggestNames } from '../lib/discovery/suggest.ts';
import { scanBlocks } from '../lib/glossary-build/scan-text.ts';
import { foldAlias } from '../lib/match/fold.ts';
import { type GoldName, goldSpans, rates, scoreText, suggestionNames, type TextScore } from './eval/score.ts';
import { isOrdinaryWord } from './glossary/lexicon.ts';
import { readGlossary } from './glossary/read-glossary.ts';
import { discoveryTools } from './glossary/suggest.ts';

const CORPUS = 'tests/eval/corpus';
const GOLD = 'tests/eval/gold';
const TOP = 20;

const entries = readGlossary(process.env.GLOSSARY_DIR ?? 'glossary/entries').loaded.map((l) => l.entry);
const typeOf = new Map(entries.map((e) => [e.id, e.type]));
const tools = discoveryTools(entries);
const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

const byLang = new Map<string, TextScore[]>();
const byType = new Map<string, TextScore[]>();
const all: TextScore[] = [];
const misses: string[] = [];
const falsePositives: string[] = [];
/** Surnames alone found after their person's full name (discourse aliases), and how many of them are wrong. */
let discourseHits = 0;
let discourseWrong = 0;
let unlistedTotal = 0;
let unlistedFound = 0;
/** Gold "unlisted" names that entries added since the gold was written now cover: no longer discovery's task. */
const nowListed: string[] = [];
const discoveryMisses: string[] = [];

for (const file of readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const name = file.replace(/\.txt$/, '');
  const text = readFileSync(join(CORPUS, file), 'utf8');
  const gold = JSON.parse(readFileSync(join(GOLD, `${name}.json`), 'utf8')) as GoldName[];
  const spans = goldSpans(text, gold);
  const hits = scanBlocks(text.split('\n'), entries, { isOrdinaryWord });
  const score = scoreText(spans, hits);
  all.push(score);
  const lang = name.split('-')[0]!;
  byLang.set(lang, [...(byLang.get(lang) ?? []), score]);
  for (const type of new Set(spans.filter((s) => s.entry !== 'unlisted').map((s) => typeOf.get(s.entry) ?? '?'))) {
    const ofType = spans.filter((s) => s.entry !== 'unlisted' && (typeOf.get(s.entry) ?? '?') === type);
    byType.set(type, [
      ...(byType.get(type) ?? []),
      scoreText(
        ofType,
        hits.filter((h) => ofType.some((g) => g.start < h.end && h.start < g.end)),
      ),
    ]);
  }
  for (const g of score.listed) {
    const hit = hits.find((h) => h.start < g.end && g.start < h.end);
    if (!hit) misses.push(`${name}\t${g.text}\t(${g.entry})`);
    else if (hit.id !== g.entry) misses.push(`${name}\t${g.text}\t(${g.entry}, found as ${hit.id})`);
  }
  for (const h of score.falsePositives) falsePositives.push(`${name}\t${h.text}\t→ ${h.id}`);
  const surnames = new Set(hits.filter((h) => h.discourse));
  discourseHits += surnames.size;
  discourseWrong += score.falsePositives.filter((h) => surnames.has(h as (typeof hits)[number])).length;
  discourseWrong += score.truePositives.filter(
    (h) =>
      surnames.has(h as (typeof hits)[number]) &&
      !spans.some((g) => g.start < h.end && h.start < g.end && g.entry === h.id),
  ).length;
  const suggestions = suggestNames(documentBlocks(text.split('\n')), tools).slice(0, TOP);
  for (const u of new Set(gold.filter((g) => g.entry === 'unlisted').map((g) => g.text))) {
    const occurrences = spans.filter((g) => g.entry === 'unlisted' && g.text === u);
    if (occurrences.every((g) => hits.some((h) => h.start <= g.start && g.end <= h.end))) {
      nowListed.push(`${name}\t${u}`);
      continue;
    }
    unlistedTotal++;
    if (suggestions.some((s) => suggestionNames(s.text, u, foldAlias))) unlistedFound++;
    else discoveryMisses.push(`${name}\t${u}`);
  }
}

const row = (label: string, scores: TextScore[]) => {
  const r = rates(scores);
  const n = scores.reduce((k, s) => k + s.listed.length, 0);
  return `${label.padEnd(14)}${String(n).padStart(5)}  ${pct(r.recall)}  ${pct(r.precision)}  ${pct(r.rightEntry)}`;
};
console.log(`${'names'.padEnd(14)}${'gold'.padStart(5)}  recall  precision  right entry`);
for (const [lang, scores] of [...byLang].sort()) console.log(row(lang, scores));
console.log(row('all', all));
console.log('');
for (const [type, scores] of [...byType].sort()) console.log(row(type, scores));
console.log(`\nmisses and wrong entries (${misses.length}):\n${misses.join('\n')}`);
console.log(`\nfalse positives (${falsePositives.length}):\n${falsePositives.join('\n')}`);
console.log(
  `\ndiscourse aliases (a surname alone after the full name): ${discourseHits} found, ${discourseWrong} of them wrong`,
);
console.log(
  `\ndiscovery: ${unlistedFound} of ${unlistedTotal} unlisted names (${pct(unlistedFound / unlistedTotal).trim()}) in the first ${TOP} suggestions of their article`,
);
console.log(`not suggested:\n${discoveryMisses.join('\n')}`);
console.log(`\nnow in the glossary, so not counted (${nowListed.length}):\n${nowListed.join('\n')}`);
