/** Discovery with wink-nlp's real tokenizer and tagger: candidates, scores, ranking, and the CLI. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { candidatesIn } from '@/lib/discovery/candidates.ts';
import { guessLanguage } from '@/lib/discovery/language.ts';
import { nameOdds, trainNameModel } from '@/lib/discovery/name-model.ts';
import { combineScore, scoreParts } from '@/lib/discovery/score.ts';
import { type DiscoveryTools, documentBlocks, suggestNames } from '@/lib/discovery/suggest.ts';
import { readSentences } from '@/lib/discovery/tokens.ts';
import { foldAlias } from '@/lib/match/fold.ts';

const nlp = winkNLP(model);
const ORDINARY = new Set(['the', 'president', 'region', 'le', 'la', 'der', 'die', 'city', 'in', 'later']);
const isOrdinaryWord = (w: string) => ORDINARY.has(w);
const sentence = (text: string) => readSentences(nlp, text)[0]!;
const texts = (text: string, lang: 'en' | 'fr' | 'de' | 'ru') =>
  candidatesIn(sentence(text), lang, isOrdinaryWord).map((c) => c.text);

describe('candidates', () => {
  it('finds runs of proper nouns in English, with hyphens, and trims titles', () => {
    expect(texts('President Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Karaganda Region.', 'en')).toEqual([
      'Kassym-Jomart Tokayev',
      'Shavkat Mirziyoyev',
      'Karaganda Region',
    ]);
  });

  it('finds capitalised runs in French, German and Russian, after an elided article', () => {
    expect(texts("La ville est arrosée par le Varzob, affluent du Kofarnikhon, près d'Hissar.", 'fr')).toEqual([
      'Varzob',
      'Kofarnikhon',
      'Hissar',
    ]);
    expect(texts('Der Naryn fließt in den Syrdarja.', 'de')).toEqual(['Naryn', 'Syrdarja']);
    expect(texts('Крупнейшие города: Ашхабад, Туркменабад, Дашогуз.', 'ru')).toEqual([
      'Крупнейшие',
      'Ашхабад',
      'Туркменабад',
      'Дашогуз',
    ]);
  });

  it('keeps connectors inside a name and drops Roman numerals', () => {
    expect(texts('He led the Democratic Party of Turkmenistan.', 'en')).toEqual(['Democratic Party of Turkmenistan']);
    expect(texts('Le VIème arrondissement.', 'fr')).toEqual([]);
  });
});

describe('scores', () => {
  const m = trainNameModel(
    ['karaganda', 'shymkent', 'tokayev', 'kyzylorda', 'nazarbayev'],
    ['london', 'robert', 'mary'],
  );

  it('the trigram model prefers the glossary’s kind of word', () => {
    expect(nameOdds(m, 'kyzylkent')).toBeGreaterThan(nameOdds(m, 'robertson'));
  });

  it('adds the region’s letters, endings and a glossary term nearby', () => {
    expect(scoreParts('Қапшағай', undefined, false).letters).toBe(2);
    expect(scoreParts('Balkanabad', undefined, false).ending).toBe(1.5);
    expect(scoreParts('London', undefined, true)).toEqual({ letters: 0, ending: 0, model: 0, cooccurrence: 1 });
    expect(combineScore({ letters: 2, ending: 1.5, model: 0, cooccurrence: 1 }, 4)).toBe(5.5);
  });

  it('guesses the language of a text', () => {
    expect(guessLanguage('Die Stadt liegt an der Grenze und ist das Zentrum der Region.')).toBe('de');
    expect(guessLanguage('La ville est la capitale et le centre du pays.')).toBe('fr');
    expect(guessLanguage('Город на берегу реки и в центре страны.')).toBe('ru');
  });
});

describe('suggestNames', () => {
  const tools: DiscoveryTools = {
    read: (text) => readSentences(nlp, text),
    known: (s) =>
      [...s.matchAll(/Karaganda|Tokayev|Kazakhstan/g)].map((m) => [m.index, m.index + m[0].length] as const),
    isOrdinaryWord,
    key: foldAlias,
  };

  it('ranks unlisted names, with counts and sentences, and leaves out what the glossary covers', () => {
    const blocks = documentBlocks([
      'The mayor of Karaganda is Meiram Kozhukhov. Kassym-Jomart Tokayev visited Balkanabad in Kazakhstan.',
      'Later Meiram Kozhukhov opened the Karaganda Region museum. London was not mentioned in the city.',
    ]);
    const found = suggestNames(blocks, tools);
    const names = found.map((s) => s.text);
    expect(names).toContain('Meiram Kozhukhov');
    expect(names).toContain('Karaganda Region');
    expect(names).toContain('Balkanabad');
    expect(names).not.toContain('Karaganda');
    expect(names).not.toContain('Kassym-Jomart Tokayev');
    expect(names.indexOf('Balkanabad')).toBeLessThan(names.indexOf('London') < 0 ? Infinity : names.indexOf('London'));
    const meiram = found.find((s) => s.text === 'Meiram Kozhukhov')!;
    expect(meiram.count).toBe(2);
    expect(meiram.sentences).toEqual([
      'The mayor of Karaganda is Meiram Kozhukhov.',
      'Later Meiram Kozhukhov opened the Karaganda Region museum.',
    ]);
  });

  it('takes a glossary name with a possessive for the glossary’s name, and counts a new one without it', () => {
    const found = suggestNames(
      documentBlocks([
        "Kazakhstan's Khabar24 channel reported it. Later Balkanabad's mayor spoke; the Balkanabad mayor agreed.",
      ]),
      tools,
    );
    expect(found.map((s) => [s.text, s.count])).toEqual([['Balkanabad', 2]]);
  });

  it('leaves out a word only ever seen opening a sentence', () => {
    const found = suggestNames(documentBlocks(['Государство граничит с Казахстаном.']), tools).map((s) => s.text);
    expect(found).not.toContain('Государство');
  });
});

describe('the command line', { timeout: 30_000 }, () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/glossary.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('`suggest --json` prints one array of {text, count, score, sentences}, best first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steppe-suggest-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'The Balkanabad refinery lies west of Ashgabat in Turkmenistan.\nBalkanabad grew with the oil of Turkmenistan.',
    );
    const out = JSON.parse(cli(['suggest', '--json', dir])) as { text: string; count: number; score: number }[];
    expect(Array.isArray(out)).toBe(true);
    const b = out.find((s) => s.text === 'Balkanabad')!;
    expect(b.count).toBe(2);
    expect(out.map((s) => s.score)).toEqual([...out.map((s) => s.score)].sort((x, y) => y - x));
  });

  it('`new <id> --from` scaffolds an entry with the name, its spellings and the sentences seen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steppe-from-'));
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'Балканабад — город на западе Туркменистана.\nВ Балканабаде есть нефтеперерабатывающий завод.');
    const entries = join(dir, 'entries');
    execFileSync('cp', ['-r', 'glossary/entries', entries]);
    // The bundled glossary has Balkanabat now: scaffold it as if it had not.
    rmSync(join(entries, 'balkanabat.yaml'), { force: true });
    cli(['new', 'balkanabat', '--from', 'Балканабад', '--in', text], { GLOSSARY_DIR: entries });
    const yaml = readFileSync(join(entries, 'balkanabat.yaml'), 'utf8');
    expect(yaml).toContain('en: "Балканабад"');
    expect(yaml).toContain('ru: "Балканабад"');
    expect(yaml).toContain('"Balkanabad" # generated (fr-press)');
    expect(yaml).toContain('"Балканабада" # generated (ru-declension)');
    expect(yaml).toContain('#   Балканабад — город на западе Туркменистана.');
  });
});
