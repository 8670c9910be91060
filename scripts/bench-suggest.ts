/**
 * `npm run bench:suggest`: what discovery costs where it runs for maintainers (Node): wink-nlp's model load, the
 * other tools' set-up (word lists, name model, matcher), the time to process a 100 KB text (median of 5), and the
 * heap it holds once loaded. The text is the evaluation corpus and the demo pages' text, repeated to 100 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type DiscoveryTools, documentBlocks, suggestNames } from '../lib/discovery/suggest.ts';
import { readGlossary } from './glossary/read-glossary.ts';
import { fileBlocks } from './glossary/scan-file.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

const CORPUS = 'tests/eval/corpus';
const sources = [
  ...readdirSync(CORPUS).map((f) => readFileSync(join(CORPUS, f), 'utf8')),
  fileBlocks('public/demo/fr.html').join('\n'),
  fileBlocks('public/demo/en.html').join('\n'),
].join('\n');
let text = '';
while (text.length < 100_000) text += `${sources}\n`;
text = text.slice(0, 100_000);
const blocks = documentBlocks(text.split('\n'));

const entries = readGlossary('glossary/entries').loaded.map((l) => l.entry);
const before = heap();
let t = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const importMs = performance.now() - t;
t = performance.now();
const nlp = winkNLP(model);
const modelMs = performance.now() - t;
const winkHeld = heap() - before;
t = performance.now();
const { discoveryTools } = await import('./glossary/suggest.ts');
const tools: DiscoveryTools = discoveryTools(entries);
const toolsMs = performance.now() - t;
const held = heap() - before;

const runs: number[] = [];
let count = 0;
for (let i = 0; i < 5; i++) {
  t = performance.now();
  count = suggestNames(blocks, tools).length;
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`wink-nlp + model import          ${ms(importMs)}`);
console.log(`wink-nlp model load (winkNLP())  ${ms(modelMs)}`);
console.log(`tools set-up (word lists, name model, matcher, second model load) ${ms(toolsMs)}`);
console.log(
  `100 KB text (${blocks.length} blocks, ${count} suggestions): median ${ms(runs[2]!)}, min ${ms(runs[0]!)}, max ${ms(runs[4]!)}`,
);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `heap held by wink-nlp and its model: ${mb(winkHeld)}; with the maintainers' word lists and matcher: ${mb(held)}`,
);
if (!gc) console.log('(run with --expose-gc for settled heap figures)');
// Keep the first instance alive until here, so its heap is what was measured.
nlp.readDoc('');
