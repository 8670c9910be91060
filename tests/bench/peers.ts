/**
 * The peers, run on the same text with the same alias list:
 *  - wink-nlp custom entities (learnCustomEntities + readDoc), in Node, warm, beside our matcher alone (it also
 *    runs in the browser: see wink-browser.ts);
 *  - a plain indexOf scan of the text, the practical ceiling of any scan, and a bare JS loop reading each code unit;
 *  - our matcher alone, in Node, for throughput.
 * mark.js runs in the browser (see run.ts), since it walks and rewrites the DOM.
 */
import { createMatcher } from '../../lib/match/matcher.ts';
import type { MatcherData } from '../../lib/match/types.ts';

interface Timed<T> {
  ms: number;
  value: T;
}

function time<T>(fn: () => T): Timed<T> {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** Our matcher over the text's blocks; the first (cold) run, then the best of three warm runs. */
export function matcherThroughput(
  data: MatcherData,
  text: string,
): { coldMs: number; warmMs: number; matches: number } {
  const blocks = text.split('\n');
  const matcher = createMatcher(data);
  const run = () => blocks.reduce((n, b) => n + matcher.findMatches(b).length, 0);
  const cold = time(run);
  const warm = Math.min(...[0, 1, 2].map(() => time(run).ms));
  return { coldMs: cold.ms, warmMs: warm, matches: cold.value };
}

/** indexOf over the same text for one name: how fast a string can be scanned at all. */
export function indexOfScan(text: string, needle: string): { ms: number; found: number } {
  const run = () => {
    let n = 0;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  };
  run();
  const best = [0, 1, 2].map(() => time(run)).sort((a, b) => a.ms - b.ms)[0]!;
  return { ms: best.ms, found: best.value };
}

/**
 * A loop that only reads each code unit of the text (warm, best of three): the fastest any JavaScript scan can be,
 * since a matcher must at least look at every character. Measured to show how far the `indexOf` ceiling is from any
 * scan written in JavaScript.
 */
export function readEachUnit(text: string): { ms: number; sum: number } {
  const run = () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  run();
  const best = [0, 1, 2].map(() => time(run)).sort((a, b) => a.ms - b.ms)[0]!;
  return { ms: best.ms, sum: best.value };
}

export interface WinkResult {
  learnMs: number;
  readMs: number;
  entities: number;
}

/** wink-nlp with every alias as a custom entity pattern. */
export async function winkCustomEntities(
  aliases: readonly string[],
  texts: Record<string, string>,
): Promise<Record<string, WinkResult>> {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const patterns = aliases
    .map((a) => a.replace(/[[\]|]/g, ' ').trim())
    .filter(Boolean)
    .map((a) => ({ name: 'term', patterns: [a] }));
  const learn = time(() => nlp.learnCustomEntities(patterns, { matchValue: false, usePOS: false, useEntity: false }));
  const results: Record<string, WinkResult> = {};
  for (const [name, text] of Object.entries(texts)) {
    const read = time(() => nlp.readDoc(text).customEntities().length());
    results[name] = { learnMs: learn.ms, readMs: read.ms, entities: read.value };
  }
  return results;
}
