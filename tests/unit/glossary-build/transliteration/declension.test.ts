/** Russian case forms by pattern of ending, for every word of a name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declineName, declineWord } from '@/lib/glossary-build/transliteration/russian-declension.ts';
import '../../support/fast-check-seed.ts';

describe('Russian declension', () => {
  it('declines a consonant-final place name', () => {
    expect(declineWord('Шымкент')).toEqual(['Шымкента', 'Шымкенту', 'Шымкента', 'Шымкентом', 'Шымкенте']);
    expect(declineWord('Балхаш')?.[3]).toBe('Балхашем');
  });

  it('declines surnames in -ов/-ев and their feminines', () => {
    expect(declineWord('Токаев')).toEqual(['Токаева', 'Токаеву', 'Токаева', 'Токаевым', 'Токаеве']);
    expect(declineWord('Назарбаева')).toEqual([
      'Назарбаевой',
      'Назарбаевой',
      'Назарбаеву',
      'Назарбаевой',
      'Назарбаевой',
    ]);
  });

  it('declines nouns in -а, -я, -ия, -й, and adjectives', () => {
    expect(declineWord('Дарига')?.[0]).toBe('Дариги');
    expect(declineWord('Кызылорда')).toEqual(['Кызылорды', 'Кызылорде', 'Кызылорду', 'Кызылордой', 'Кызылорде']);
    expect(declineWord('Киргизия')?.[0]).toBe('Киргизии');
    expect(declineWord('Семей')).toEqual(['Семея', 'Семею', 'Семея', 'Семеем', 'Семее']);
    expect(declineWord('Аральское')?.[0]).toBe('Аральского');
  });

  it('leaves undeclined words as they are', () => {
    expect(declineWord('Алматы')).toBeUndefined();
    expect(declineWord('Душанбе')).toBeUndefined();
    expect(declineWord('ЕАЭС')).toBeUndefined();
  });

  it('declines every word of a name in the same case', () => {
    expect(declineName('Шавкат Мирзиёев')).toEqual([
      'Шавката Мирзиёева',
      'Шавкату Мирзиёеву',
      'Шавкатом Мирзиёевым',
      'Шавкате Мирзиёеве',
    ]);
    expect(declineName('Дарига Назарбаева')).toContain('Дариги Назарбаевой');
    expect(declineName('Абай Кунанбайулы')).toContain('Абая Кунанбайулы');
  });

  it('declines only the last part of a hyphenated word', () => {
    expect(declineName('Касым-Жомарт Токаев')).toContain('Касым-Жомарта Токаева');
    expect(declineName('Нур-Султан')).toContain('Нур-Султана');
  });

  it('gives no form for a name where nothing declines', () => {
    expect(declineName('Алматы')).toEqual([]);
  });

  it('every case form keeps the stem: it starts with the word less its last two letters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'абвгдежзиклмнопрстуфхцчшыэюя'), { minLength: 3, maxLength: 10 }),
        (cs) => {
          const word = cs.join('');
          for (const form of declineWord(word) ?? []) expect(form.startsWith(word.slice(0, -2))).toBe(true);
        },
      ),
    );
  });
});
