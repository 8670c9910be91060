/** A name from "Not in the glossary" as a new own entry's form: the id made from it, the fields it fills. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyForm, formFromName, idFromName } from '@/components/Panel/entry-form.ts';

describe('idFromName', () => {
  it('makes a lowercase id of words joined by dashes, from any script the region writes', () => {
    expect(idFromName('Bakytzhan Tursunbekov')).toBe('bakytzhan-tursunbekov');
    expect(idFromName('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev');
    expect(idFromName('Oʻzbekiston')).toBe('ozbekiston');
    expect(idFromName('d’Abaï')).toBe('dabai');
    expect(idFromName('Şymkent')).toBe('symkent');
    expect(idFromName('Türkmenbaşy')).toBe('turkmenbasy');
    expect(idFromName('Qazaqstan Respublıkasy')).toBe('qazaqstan-respublikasy');
    expect(idFromName('Дашогуз')).toBe('dashoguz');
    expect(idFromName('Халк Маслахаты')).toBe('khalk-maslakhaty');
    expect(idFromName('  «Nurly Zhol»  ')).toBe('nurly-zhol');
  });

  it('gives an id the glossary accepts, or nothing to accept', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => {
        const id = idFromName(name);
        expect(id === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)).toBe(true);
        expect(id.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});

describe('formFromName', () => {
  it('fills the id, the titles and the name to match, and the sentence as the note; nothing else', () => {
    expect(formFromName(' Saryagash ', 'The town of Saryagash lies south of Shymkent.')).toEqual({
      ...emptyForm(),
      id: 'saryagash',
      title: { en: 'Saryagash', fr: 'Saryagash', de: 'Saryagash' },
      aliases: 'Saryagash',
      note: 'The town of Saryagash lies south of Shymkent.',
    });
    expect(formFromName('Saryagash').note).toBe('');
  });
});
