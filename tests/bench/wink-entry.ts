/**
 * wink-nlp with its model, bundled for the benchmark's pages (`wink-browser.ts`): the peer measured in the same
 * browser, on the same pages, as the extension. Never part of the extension.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;

export function load(): Nlp {
  return winkNLP(model);
}

/** Every alias as a custom entity pattern (wink's pattern syntax reserves [ ] and |). */
export function learn(nlp: Nlp, aliases: readonly string[]): void {
  const patterns = aliases
    .map((a) => a.replace(/[[\]|]/g, ' ').trim())
    .filter(Boolean)
    .map((a) => ({ name: 'term', patterns: [a] }));
  nlp.learnCustomEntities(patterns, { matchValue: false, usePOS: false, useEntity: false });
}

export function read(nlp: Nlp, text: string): number {
  return nlp.readDoc(text).customEntities().length();
}
