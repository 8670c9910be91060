import { describe, expect, it } from 'vitest';
import { entry, found, matcherFor } from '../support/entries.ts';

const glossary = [
  entry('astana', [
    'Astana',
    'Nur-Sultan',
    { text: 'Nour-Soultan', lang: 'fr' },
    { text: 'Астан', lang: 'ru', endings: ['а', 'ы', 'е', 'у', 'ой'] },
  ]),
  entry('astana-times', ['The Astana Times', 'Astana Times']),
  entry('nursultan-nazarbayev', ['Nursultan Nazarbayev', 'Nazarbayev', 'Nazarbaïev', 'Nasarbajew']),
  entry('kazakhstan', ['Kazakhstan', { text: 'Kasachstan', lang: 'de', endings: ['', 's'] }]),
  entry('kazakhs', ['Kazakh', 'Kazakhs', { text: 'kazakh', lang: 'fr', endings: ['e', 'es', 's'] }]),
  entry('abai', ['Abai', 'Abay']),
  entry('uzbekistan', ['Uzbekistan', { text: 'Ouzbékistan', lang: 'fr' }]),
  entry('tokayev', ['Tokayev', 'Tokaïev']),
  entry('manas-epic', [{ text: 'Manas', caseSensitive: true }]),
  entry('almaty', ['Almaty', { text: 'Alma', caseSensitive: true }]),
  entry('death-penalty', [
    { text: 'peine de mort', context: ['kazakhstan'] },
    { text: 'death penalty', context: ['kazakhstan'] },
  ]),
  entry('osh', ['Osh']),
  entry('kazakh-language', [
    'Kazakh language',
    { text: 'Kazakh', lang: 'en', after: ['in', 'from'] },
    { text: 'Kazakh', lang: 'en', before: [':'] },
    { text: 'kazakh', lang: 'fr', caseSensitive: true, after: ['en', "l'"] },
    { text: 'kasachisch', lang: 'de' },
    { text: 'Kasachische', lang: 'de', caseSensitive: true, endings: ['', 'n'], after: ['im', 'dem'] },
  ]),
];
const m = matcherFor(glossary);

describe('matcher: forms', () => {
  it('finds names whatever their case and accents', () => {
    expect(found(m, 'TOKAÏEV, Tokaïev et tokayev')).toEqual(['TOKAÏEV→tokayev', 'Tokaïev→tokayev', 'tokayev→tokayev']);
  });

  it('highlights the name after a French elision, with either apostrophe', () => {
    expect(found(m, "le buste d’Abaï, l'Ouzbékistan, jusqu’Astana, qu'Abay")).toEqual([
      'Abaï→abai',
      'Ouzbékistan→uzbekistan',
      'Astana→astana',
      'Abay→abai',
    ]);
  });

  it("finds English possessives without the 's", () => {
    expect(found(m, "Kazakhstan's capital, the Kazakhs' steppe, Kazakhstan’s")).toEqual([
      'Kazakhstan→kazakhstan',
      'Kazakhs→kazakhs',
      'Kazakhstan→kazakhstan',
    ]);
  });

  it('finds declared inflections: German genitive, French adjectives, Russian cases', () => {
    expect(found(m, 'Kasachstans Hauptstadt')).toEqual(['Kasachstans→kazakhstan']);
    expect(found(m, 'la partie kazakhe et les villes kazakhes')).toEqual(['kazakhe→kazakhs', 'kazakhes→kazakhs']);
    expect(found(m, 'в Астане, из Астаны, над Астаной')).toEqual(['Астане→astana', 'Астаны→astana', 'Астаной→astana']);
  });

  it('matches hyphenated names with any dash, soft hyphen, or line break inside', () => {
    expect(found(m, 'Nur–Sultan, Nur\u2011Sultan, Nur-\u00ADSultan')).toEqual([
      'Nur–Sultan→astana',
      'Nur\u2011Sultan→astana',
      'Nur-\u00ADSultan→astana',
    ]);
    expect(found(m, 'The Astana\nTimes')).toEqual(['The Astana\nTimes→astana-times']);
  });

  it('matches decomposed (NFD) text and maps offsets to the page text', () => {
    const nfd = 'le buste d’Abaï'.normalize('NFD');
    expect(found(m, nfd)).toEqual([`${'Abaï'.normalize('NFD')}→abai`]);
  });
});

describe('matcher: boundaries and ambiguity', () => {
  it('matches whole words only', () => {
    expect(found(m, 'Oshkosh, Kazakhstani, bOsh, Osh.')).toEqual(['Osh→osh']);
  });

  it('prefers the longest match: Nursultan Nazarbayev over Nur-Sultan, The Astana Times over Astana', () => {
    expect(found(m, 'Nursultan Nazarbayev lit The Astana Times à Astana')).toEqual([
      'Nursultan Nazarbayev→nursultan-nazarbayev',
      'The Astana Times→astana-times',
      'Astana→astana',
    ]);
  });

  it('prefers the longest of the matches that start at the same place, whichever ends first', () => {
    const nested = matcherFor([entry('a', ['Nur']), entry('b', ['Nur Otan']), entry('c', ['Otan party'])]);
    expect(found(nested, 'The Nur Otan party met. Nur said so.')).toEqual(['Nur Otan→b', 'Nur→a']);
  });

  it('takes the leftmost match when matches overlap', () => {
    const overlap = matcherFor([entry('a', ['alpha beta']), entry('b', ['beta gamma'])]);
    expect(found(overlap, 'alpha beta gamma')).toEqual(['alpha beta→a']);
  });

  it('matches case-sensitive aliases only as written', () => {
    expect(found(m, 'Manas, manas, MANAS')).toEqual(['Manas→manas-epic']);
  });

  it('does not take a common word for a name at the start of a sentence', () => {
    expect(found(m, 'Il est à Alma. Alma est loin. « Alma')).toEqual(['Alma→almaty']);
  });

  it('applies context rules within the block: a generic phrase needs its context entry beside it', () => {
    expect(found(m, 'La peine de mort reste un débat.')).toEqual([]);
    expect(found(m, 'Le Kazakhstan a aboli la peine de mort.')).toEqual([
      'Kazakhstan→kazakhstan',
      'peine de mort→death-penalty',
    ]);
    expect(found(m, 'The death penalty: Kasachstan')).toEqual(['death penalty→death-penalty', 'Kasachstan→kazakhstan']);
  });

  it('names the language, not the people, where a cue says so; elsewhere the people', () => {
    expect(found(m, 'Written in Kazakh and translated from Kazakh.')).toEqual([
      'Kazakh→kazakh-language',
      'Kazakh→kazakh-language',
    ]);
    expect(found(m, 'Karaganda (Kazakh: Қарағанды; Kazakh : x) is a Kazakh city.')).toEqual([
      'Kazakh→kazakh-language',
      'Kazakh→kazakh-language',
      'Kazakh→kazakhs',
    ]);
    expect(found(m, "Tachkent (Toshkent en kazakh), l'kazakh, l’kazakh ; le média kazakh")).toEqual([
      'kazakh→kazakh-language',
      'kazakh→kazakh-language',
      'kazakh→kazakh-language',
      'kazakh→kazakhs',
    ]);
    // A cue is a whole word: "Berlin Kazakh" does not end in "in".
    expect(found(m, 'Berlin Kazakh, en Kazakh')).toEqual(['Kazakh→kazakhs', 'Kazakh→kazakhs']);
    expect(found(m, 'im Kasachischen, dem Kasachischen, die kasachischen Steppen')).toEqual([
      'Kasachischen→kazakh-language',
      'Kasachischen→kazakh-language',
    ]);
    expect(found(m, 'kasachisch Қазақстан')).toEqual(['kasachisch→kazakh-language']);
  });

  it('does not match inside e-mail addresses', () => {
    expect(found(m, 'write to osh@example.org')).toEqual([]);
  });

  it('finds nothing in a text without terms', () => {
    expect(m.findMatches('Paris, Strasbourg et Nogent-sur-Marne.')).toEqual([]);
  });
});
