/** Generated spellings: kept, dropped with a reason (never an error), compiled into the matcher, and printed. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { formatAliases } from '@/lib/glossary-build/format-aliases.ts';
import { generateAliases } from '@/lib/glossary-build/generated-aliases.ts';
import { validateGlossary } from '@/lib/glossary-build/validate.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { entry, found } from '../support/entries.ts';

const shymkent = entry('shymkent', ['Shymkent'], { native: { kk: 'Шымкент', ru: 'Шымкент' } });
const termez = entry('termez', ['Termez'], { native: { uz: 'Termiz', ru: 'Термез' } });
const semey = entry('semey', ['Semey'], { native: { kk: 'Семей', ru: 'Семей' } });
const person = entry('mirziyoyev', ['Shavkat Mirziyoyev', { text: 'Мирзиёев', lang: 'ru' }], {
  type: 'person',
  native: { ru: 'Шавкат Мирзиёев' },
});

describe('generated spellings', () => {
  it('generates French, German, English, Kazakh Latin and Russian forms from the native names', () => {
    const forms = generateAliases([shymkent]).get('shymkent')!;
    const kept = forms.filter((f) => !f.dropped).map((f) => `${f.system}:${f.text}`);
    expect(kept).toEqual(
      expect.arrayContaining([
        'fr-press:Chymkent',
        'de-duden:Schymkent',
        'kk-latin-2021:Şymkent',
        'ru-declension:Шымкента',
      ]),
    );
    expect(forms.find((f) => f.text === 'Shymkent')?.dropped).toBe('already a hand-written alias');
  });

  it('adds the German genitive of places and people, not of other types', () => {
    const tianShan = entry('tian-shan', ['Tian Shan']);
    expect(
      generateAliases([tianShan])
        .get('tian-shan')!
        .map((f) => `${f.system}:${f.text}`),
    ).toEqual(['de-genitive:Tian Shans']);
    const forms = generateAliases([shymkent])
      .get('shymkent')!
      .filter((f) => f.system === 'de-genitive');
    expect(forms.map((f) => f.text)).toEqual(expect.arrayContaining(['Shymkents', 'Schymkents']));
    const concept = entry('akyn', ['Akyn'], { type: 'concept' });
    expect(generateAliases([concept]).get('akyn')).toEqual([]);
  });

  it('drops a form that is an ordinary word, with the reason', () => {
    const isOrdinaryWord = (w: string) => w === 'termes';
    const forms = generateAliases([termez], { isOrdinaryWord }).get('termez')!;
    expect(forms.find((f) => f.text === 'Termes')?.dropped).toBe('an ordinary word');
  });

  it('drops a form that another entry has, and one two entries generate', () => {
    const other = entry('chymkent-club', ['Chymkent']);
    const forms = generateAliases([shymkent, other]).get('shymkent')!;
    expect(forms.find((f) => f.text === 'Chymkent')?.dropped).toBe('also an alias of chymkent-club');
    const twin = entry('shymkent-2', ['Shymkent two'], { native: { ru: 'Шымкент' } });
    const both = generateAliases([shymkent, twin]);
    expect(both.get('shymkent-2')!.find((f) => f.text === 'Schymkent')?.dropped).toBe('also generated for shymkent');
  });

  it('drops forms too short to match safely, and makes short names case-sensitive', () => {
    const osh = entry('osh', ['Osh'], { native: { ky: 'Ош', ru: 'Ош' } });
    const forms = generateAliases([osh]).get('osh')!;
    expect(forms.find((f) => f.text === 'Och')?.dropped).toBe('too short to match safely');
    expect(
      generateAliases([semey])
        .get('semey')!
        .find((f) => f.text === 'Semei')?.caseSensitive,
    ).toBe(true);
  });

  it('a dropped generated form is never a glossary error', () => {
    const other = entry('chymkent-club', ['Chymkent']);
    expect(
      validateGlossary([shymkent, other].map((e) => ({ file: `${e.id}.yaml`, entry: e, lineOf: () => 1 }))),
    ).toEqual([]);
  });

  it('compiles the kept forms into the matcher, with Russian case forms of every word', () => {
    const matcher = createMatcher(compileMatcherData([shymkent, person]));
    expect(found(matcher, 'De Tchimkent à Chymkent, à Schymkent, à Şymkent et Шымкентом.')).toEqual([
      'Chymkent→shymkent',
      'Schymkent→shymkent',
      'Şymkent→shymkent',
      'Шымкентом→shymkent',
    ]);
    expect(found(matcher, 'в Шымке\u0301нте')).toEqual(['Шымке\u0301нте→shymkent']);
    expect(found(matcher, 'встреча с Шавкатом Мирзиёевым; Schawkat Mirsijojew; Mirzioïev')).toEqual([
      'Шавкатом Мирзиёевым→mirziyoyev',
      'Schawkat Mirsijojew→mirziyoyev',
      'Mirzioïev→mirziyoyev',
    ]);
  });

  it('prints hand-written and generated forms with their systems', () => {
    const text = formatAliases('shymkent', [shymkent], generateAliases([shymkent]));
    expect(text).toContain('shymkent: hand-written\n  Shymkent');
    expect(text).toContain('+ Chymkent  [fr-press from Шымкент]');
    expect(text).toContain('- Shymkent  [en-bgn from Шымкент]  dropped: already a hand-written alias');
  });

  it('`glossary aliases <id>` prints them from the command line', () => {
    const out = execFileSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', 'scripts/glossary.ts', 'aliases', 'shymkent'],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/^shymkent: hand-written/);
    expect(out).toMatch(/generated \(\d+ kept, \d+ dropped\)/);
    expect(out).toContain('[kk-latin-2021 from Шымкент]');
  }, 30_000);
});
