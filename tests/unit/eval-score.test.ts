/** The evaluation's scoring (scripts/eval/score.ts): gold spans, recall, precision, right entry, discovery. */
import { describe, expect, it } from 'vitest';
import { foldAlias } from '@/lib/match/fold.ts';
import { goldSpans, rates, scoreText, suggestionNames } from '../../scripts/eval/score.ts';

const text = 'Karaganda Region lies around Karaganda; Karagandy is in Kazakhstan, not in Karagandas.';
const gold = [
  { text: 'Karaganda', entry: 'karaganda' },
  { text: 'Karagandy', entry: 'karaganda' },
  { text: 'Karaganda Region', entry: 'unlisted', type: 'place' },
  { text: 'Kazakhstan', entry: 'kazakhstan' },
];

describe('evaluation scoring', () => {
  it('finds every whole-word occurrence, longer names first', () => {
    expect(goldSpans(text, gold).map((s) => `${s.start}:${s.text}`)).toEqual([
      '0:Karaganda Region',
      '29:Karaganda',
      '40:Karagandy',
      '56:Kazakhstan',
    ]);
  });

  it('counts recall over listed names, precision over hits, and the right entry', () => {
    const spans = goldSpans(text, gold);
    const hits = [
      { start: 0, end: 9, id: 'karaganda', text: 'Karaganda' }, // inside an unlisted name: not counted
      { start: 29, end: 38, id: 'karaganda', text: 'Karaganda' },
      { start: 56, end: 66, id: 'kazakhs', text: 'Kazakhstan' }, // wrong entry
      { start: 75, end: 86, id: 'karaganda', text: 'Karagandas' }, // on no gold name
    ];
    const score = scoreText(spans, hits);
    expect(score.found.map((s) => s.text)).toEqual(['Karaganda', 'Kazakhstan']);
    expect(score.onUnlisted).toHaveLength(1);
    expect(score.falsePositives.map((h) => h.text)).toEqual(['Karagandas']);
    expect(rates([score])).toEqual({ recall: 2 / 3, precision: 2 / 3, rightEntry: 1 / 2 });
  });

  it('matches a suggestion to a gold name by whole words', () => {
    expect(suggestionNames('Toshkent Viloyati', 'Toshkent Viloyati', foldAlias)).toBe(true);
    expect(suggestionNames('Meiram Kozhukhov', 'Kozhukhov', foldAlias)).toBe(true);
    expect(suggestionNames('Shash', 'Shashlik', foldAlias)).toBe(false);
  });
});
