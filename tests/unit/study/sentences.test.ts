/** Sentence boundaries on French, German and English news prose: ICU's segments, joined by per-language rules. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icuSentences, sentenceAround, splitSentences } from '@/lib/study/sentences.ts';

const sentences = (text: string, lang: string) =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('keeps French titles, initials and abbreviations inside the sentence', () => {
    const text =
      'M. Tokaïev a reçu Mme Colonna à Astana, selon le Dr Ivanov. Le ministre a cité J. Verne et St. Exupéry, cf. p. 12 du rapport. La visite a duré deux jours.';
    expect(sentences(text, 'fr')).toEqual([
      'M. Tokaïev a reçu Mme Colonna à Astana, selon le Dr Ivanov.',
      'Le ministre a cité J. Verne et St. Exupéry, cf. p. 12 du rapport.',
      'La visite a duré deux jours.',
    ]);
  });

  it('keeps a French quotation with several sentences whole, with its speaker', () => {
    const text =
      '« Nous voulons un partenaire solide. Ce pays compte dans la région », a déclaré l’adjoint au maire. Le pacte a été signé en décembre.';
    expect(sentences(text, 'fr')).toEqual([
      '« Nous voulons un partenaire solide. Ce pays compte dans la région », a déclaré l’adjoint au maire.',
      'Le pacte a été signé en décembre.',
    ]);
  });

  it('ends a French sentence at "etc." before a capital, and not before a lower-case word', () => {
    const text =
      'On y trouve de l’uranium, du pétrole, etc. Le gaz vient ensuite. Du blé, du coton, etc., sont exportés.';
    expect(sentences(text, 'fr')).toEqual([
      'On y trouve de l’uranium, du pétrole, etc.',
      'Le gaz vient ensuite.',
      'Du blé, du coton, etc., sont exportés.',
    ]);
  });

  it('keeps German ordinals, "z. B.", "d. h." and titles inside the sentence, and ends one after a year', () => {
    const text =
      'Am 6. Dezember 2021 unterzeichneten Paris und Nur-Sultan einen Pakt, z. B. über Ausstellungen. Dr. Müller, d. h. der Berater der Botschaft, war dabei. Das Abkommen stammt aus dem Jahr 2018. Im 20. Jahrhundert sah das anders aus.';
    expect(sentences(text, 'de')).toEqual([
      'Am 6. Dezember 2021 unterzeichneten Paris und Nur-Sultan einen Pakt, z. B. über Ausstellungen.',
      'Dr. Müller, d. h. der Berater der Botschaft, war dabei.',
      'Das Abkommen stammt aus dem Jahr 2018.',
      'Im 20. Jahrhundert sah das anders aus.',
    ]);
  });

  it('keeps a German quotation „…“ whole', () => {
    const text =
      'Der Minister sagte: „Das Programm wächst. Wir wollen mehr Studierende.“ Danach reiste er nach Almaty.';
    expect(sentences(text, 'de')).toEqual([
      'Der Minister sagte: „Das Programm wächst. Wir wollen mehr Studierende.“',
      'Danach reiste er nach Almaty.',
    ]);
  });

  it('ends a German sentence at "usw." before a capital', () => {
    const text = 'Es geht um Öl, Gas, Uran usw. Die Exporte steigen. Weizen, Baumwolle usw. werden verschifft.';
    expect(sentences(text, 'de')).toEqual([
      'Es geht um Öl, Gas, Uran usw.',
      'Die Exporte steigen.',
      'Weizen, Baumwolle usw. werden verschifft.',
    ]);
  });

  it('handles English titles and quotes', () => {
    const text = 'Mr. Macron met Dr. Smith in Astana. “We signed. We will build,” he said. Talks resumed in 2023.';
    expect(sentences(text, 'en')).toEqual([
      'Mr. Macron met Dr. Smith in Astana.',
      '“We signed. We will build,” he said.',
      'Talks resumed in 2023.',
    ]);
  });

  it('corrects ICU where it is wrong (the measure that justifies the rules)', () => {
    const text = 'Am 6. Dezember kam Dr. Müller, z. B. mit Herrn Kulginow. Dann ging er.';
    expect(icuSentences(text, 'de').length).toBeGreaterThan(2);
    expect(splitSentences(text, 'de').length).toBe(2);
  });
});

describe('sentenceAround', () => {
  it('cuts the sentence around a term and gives the term its offsets in it', () => {
    const text = 'Premier point. Le 6 décembre, Paris et Nur-Sultan ont signé un pacte. Troisième point.';
    const start = text.indexOf('Nur-Sultan');
    const s = sentenceAround(text, 'fr', start, start + 'Nur-Sultan'.length);
    expect(s.text).toBe('Le 6 décembre, Paris et Nur-Sultan ont signé un pacte.');
    expect(s.text.slice(s.start, s.end)).toBe('Nur-Sultan');
  });
});

describe('splitSentences (property)', () => {
  const pieces = fc.constantFrom(
    'M.',
    'Mme',
    'Dr.',
    'z. B.',
    '6.',
    '2019.',
    '«',
    '»',
    '„',
    '“',
    '”',
    'Astana',
    'la',
    'Der',
    '. ',
    ' ',
    '! ',
    '? ',
    '\n',
    'etc.',
    'usw.',
  );
  const texts = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(' '));
  it('covers the text exactly, in order, and breaks only where ICU breaks', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('fr', 'de', 'en'), (text, lang) => {
        const spans = splitSentences(text, lang);
        expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        const icuEnds = new Set(icuSentences(text, lang).map((s) => s.end));
        for (const s of spans) expect(icuEnds.has(s.end)).toBe(true);
      }),
    );
  });
});
