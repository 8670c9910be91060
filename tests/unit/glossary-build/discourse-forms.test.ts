/**
 * Discourse aliases at build time: which word of a person's names is the surname a page repeats, its forms (Latin
 * spellings, Russian case forms), and every reason one is dropped; compiled flagged, never into the head.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { discourseForms, surnameOf } from '@/lib/glossary-build/discourse-forms.ts';
import { formatAliases } from '@/lib/glossary-build/format-aliases.ts';
import { generateAliases } from '@/lib/glossary-build/generated-aliases.ts';
import { nameSkeleton } from '@/lib/glossary-build/name-skeleton.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { foldAlias } from '@/lib/match/fold.ts';
import { wordHash } from '@/lib/match/prefilter.ts';
import { CASE_SENSITIVE, DISCOURSE, ROW_FLAGS } from '@/lib/match/types.ts';
import { entry } from '../support/entries.ts';

type Aliases = Parameters<typeof entry>[1];

function person(id: string, title: string, aliases: Aliases, native?: Record<string, string>): Entry {
  return entry(id, aliases, { type: 'person', title: { en: title, fr: title, de: title }, ...(native && { native }) });
}

function formsOf(entries: Entry[], isOrdinaryWord?: (w: string) => boolean) {
  const generated = generateAliases(entries, { isOrdinaryWord });
  return discourseForms(entries, generated, { isOrdinaryWord });
}

const kept = (entries: Entry[], id: string) =>
  (formsOf(entries).get(id) ?? []).filter((f) => !f.dropped).map((f) => f.text);
const why = (entries: Entry[], id: string, text: string, isOrdinaryWord?: (w: string) => boolean) =>
  formsOf(entries, isOrdinaryWord)
    .get(id)
    ?.find((f) => f.text === text)?.dropped;

const yerzhanov = person(
  'adilkhan-yerzhanov',
  'Adilkhan Yerzhanov',
  ['Adilkhan Yerzhanov', { text: 'Адильхан Ержанов', lang: 'ru' }],
  { ru: 'Адильхан Ержанов' },
);

describe('surnameOf: the word a page repeats', () => {
  it.each([
    ['Nursultan Nazarbayev', 'Nazarbayev'],
    ['Kassym-Jomart Tokayev', 'Tokayev'],
    ['Abai Qunanbaiuly', 'Qunanbaiuly'],
    ['Khoja Ahmed Yasawi', 'Yasawi'],
    ['Мавзолей Ходжи Ахмеда Ясави', 'Ясави'],
    ['Ablai Khan', undefined],
    ['Ablai Khans', undefined],
    ['Ulugh Beg', undefined],
    ['Kurmanjan Datka', undefined],
    ['Абылай хан', undefined],
    ['Toktogul Satylgan uulu', undefined],
    ['Bertrand Fessard de Foucault', undefined],
    ['Muhammad ibn Musa al-Khwarizmi', undefined],
    ['Назарбаев Нурсултан Абишевич', undefined],
    ['Noursoultan Abichevitch', undefined],
    ['Nursultan Abischewitschs', undefined],
    ['Timur (Tamerlane)', undefined],
    ['Babur', undefined],
    ['Mausoleum of Khoja Ahmed Yasawi', undefined],
    ['Ak Orda Presidential Palace Astana', undefined],
    ['tote jazu', undefined],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});

describe('nameSkeleton: one surname across spellings', () => {
  it('gives the spellings of one surname one skeleton', () => {
    const japarov = ['Жапаров', 'Japarov', 'Zhaparov', 'Dzhaparov', 'Djaparov', 'Schaparow', 'Dschaparow'];
    expect(new Set(japarov.map(nameSkeleton))).toEqual(new Set(['SVpVrVv']));
    expect(new Set(['Tokayev', 'Tokajew', 'Тоқаев', 'Токаев'].map(nameSkeleton)).size).toBe(1);
    expect(nameSkeleton('Kassymov')).toBe(nameSkeleton('Qasymov'));
  });

  it('tells apart surnames that differ in more than spelling, and the feminine form', () => {
    expect(nameSkeleton('Zhumabayev')).not.toBe(nameSkeleton('Ashimbayev'));
    expect(nameSkeleton('Nazarbayeva')).not.toBe(nameSkeleton('Nazarbayev'));
    expect(nameSkeleton('Назарбаева')).toBe(nameSkeleton('Nazarbayeva'));
  });
});

describe('discourseForms', () => {
  it('takes the surname of every full name, its spellings and Russian case forms, each case-sensitive', () => {
    expect(kept([yerzhanov], 'adilkhan-yerzhanov')).toEqual([
      'Yerzhanov',
      'Ержанов',
      'Erjanov',
      'Jerschanow',
      'Yerzhanovs',
      'Jerschanows',
      'Ержанова',
      'Ержанову',
      'Ержановым',
      'Ержанове',
    ]);
  });

  it('declines only names in the nominative: a hand-written case form is not declined again', () => {
    const abai = person('abai', 'Abai Kunanbaev', [
      'Abai',
      { text: 'Абай Кунанбаев', lang: 'ru' },
      { text: 'Абая Кунанбаева', lang: 'ru' },
    ]);
    const forms = kept([abai], 'abai');
    expect(forms).toEqual(expect.arrayContaining(['Кунанбаев', 'Кунанбаева', 'Кунанбаевым']));
    expect(forms).not.toContain('Кунанбаевой');
    expect(forms.filter((f) => /Kounanbaïeva|Kunanbaeva/.test(f))).toEqual([]);
  });

  it('has nothing for a person known by one name, another type, or a name ending in a title', () => {
    const babur = person('babur', 'Babur', ['Babur', 'Zahiriddin Muhammad Babur']);
    const ablai = person('ablai-khan', 'Ablai Khan', ['Ablai Khan', 'Ablai']);
    const akOrda = entry('ak-orda', ['Ak Orda Palace']);
    const forms = formsOf([babur, ablai, akOrda]);
    expect(forms.has('babur')).toBe(false);
    expect(forms.has('ak-orda')).toBe(false);
    expect(forms.has('ablai-khan')).toBe(false);
  });

  it('drops a surname that is already the entry’s alias, or another entry’s', () => {
    const tokayev = person('tokayev', 'Kassym-Jomart Tokayev', ['Kassym-Jomart Tokayev', 'Tokayev']);
    expect(why([tokayev], 'tokayev', 'Tokayev')).toBe('already an alias (matches everywhere)');
    const somoni = person('ismoil-somoni', 'Ismoil Somoni', ['Ismoil Somoni']);
    const currency = entry('tajik-somoni', ['Somoni'], { type: 'concept' });
    expect(why([somoni, currency], 'ismoil-somoni', 'Somoni')).toBe('an alias of tajik-somoni');
  });

  it('drops a surname two people share, whatever spelling each entry lists, and its case forms', () => {
    const sadyr = person('sadyr-japarov', 'Sadyr Japarov', ['Sadyr Japarov']);
    const akylbek = person('akylbek-japarov', 'Akylbek Japarov', ['Akylbek Dzhaparov', 'Akylbek Dschaparow']);
    const both = [sadyr, akylbek];
    expect(kept(both, 'sadyr-japarov')).toEqual([]);
    expect(kept(both, 'akylbek-japarov')).toEqual([]);
    expect(why(both, 'akylbek-japarov', 'Dzhaparov')).toBe('also a name of sadyr-japarov');
    expect(why(both, 'akylbek-japarov', 'Dschaparows')).toBe('a case form of Dschaparow, dropped');
  });

  it('drops a surname that is another person’s first name', () => {
    const rustam = person('rustam-emomali', 'Rustam Emomali', ['Rustam Emomali']);
    const rahmon = person('emomali-rahmon', 'Emomali Rahmon', ['Emomali Rahmon']);
    expect(why([rustam, rahmon], 'rustam-emomali', 'Emomali')).toBe('also a name of emomali-rahmon');
  });

  it('keeps a feminine surname apart from the masculine, but drops the Russian form they share', () => {
    const dariga = person('dariga', 'Dariga Nazarbayeva', ['Dariga Nazarbayeva'], { ru: 'Дарига Назарбаева' });
    const nursultan = person('nursultan', 'Nursultan Nazarbayev', ['Nursultan Nazarbayev'], {
      ru: 'Нурсултан Назарбаев',
    });
    const both = [dariga, nursultan];
    expect(kept(both, 'dariga')).toContain('Nazarbayeva');
    expect(kept(both, 'nursultan')).toContain('Nazarbayev');
    // Назарбаева: the daughter's name, and the father's genitive.
    expect(why(both, 'dariga', 'Назарбаева')).toBe('also a name of nursultan');
    expect(why(both, 'nursultan', 'Назарбаева')).toBe('also a name of dariga');
  });

  it('drops ordinary words (with their case forms) and forms too short to match safely', () => {
    const garten = person('olzhas-garten', 'Olzhas Garten', ['Olzhas Garten']);
    const isOrdinaryWord = (w: string) => w === 'garten';
    expect(why([garten], 'olzhas-garten', 'Garten', isOrdinaryWord)).toBe('an ordinary word');
    expect(why([garten], 'olzhas-garten', 'Gartens', isOrdinaryWord)).toBe('a case form of Garten, dropped');
    const rose = person('jean-rose', 'Jean Rose', ['Jean Rose']);
    expect(why([rose], 'jean-rose', 'Rose')).toBe('an ordinary word');
    const li = person('jean-li', 'Jean Li', ['Jean Li']);
    expect(why([li], 'jean-li', 'Li')).toBe('too short to match safely');
  });

  it('never keeps a form that is an alias, or that another person has in any of their names (property)', () => {
    const given = ['Sadyr', 'Akylbek', 'Emomali', 'Rustam', 'Adilkhan', 'Abdulla'];
    const surnames = ['Japarov', 'Zhaparov', 'Dschaparow', 'Tokayev', 'Tokajew', 'Emomali', 'Aripov', 'Somoni'];
    const personArb = fc.record({
      given: fc.constantFrom(...given),
      surname: fc.constantFrom(...surnames),
      other: fc.constantFrom(...surnames),
      bare: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 5 }),
        fc.option(fc.constantFrom(...surnames)),
        (people, thing) => {
          const entries: Entry[] = people.map((p, i) =>
            person(`p${i}`, `${p.given} ${p.surname}`, [
              `${p.given} ${p.surname}`,
              `${p.given} ${p.other}`,
              ...(p.bare ? [p.surname] : []),
            ]),
          );
          if (thing) entries.push(entry('thing', [thing], { type: 'concept' }));
          const forms = formsOf(entries);
          const aliases = new Set(entries.flatMap((e) => e.aliases.map((a) => foldAlias(String(a)))));
          for (const [id, list] of forms) {
            const others = [...forms].filter(([other]) => other !== id);
            const theirs = new Set([
              ...others.flatMap(([, l]) => l.map((f) => nameSkeleton(f.text))),
              ...entries
                .filter((e) => e.id !== id && e.type === 'person')
                .flatMap((e) => e.aliases.flatMap((a) => String(a).split(' ').map(nameSkeleton))),
            ]);
            for (const f of list.filter((form) => !form.dropped)) {
              expect(aliases.has(foldAlias(f.text)), f.text).toBe(false);
              expect(theirs.has(nameSkeleton(f.text)), f.text).toBe(false);
            }
          }
        },
      ),
    );
  });
});

describe('compiled discourse aliases', () => {
  it('are rows flagged DISCOURSE and case-sensitive, with anchors in the body only', () => {
    const plain = compileMatcherData([yerzhanov]);
    const withSurnames = compileMatcherData([yerzhanov], { discourse: true });
    expect(plain.patterns.some((r) => r[ROW_FLAGS] & DISCOURSE)).toBe(false);
    expect(plain.discourseAnchors).toBeUndefined();
    const surnames = withSurnames.patterns.filter((r) => r[ROW_FLAGS] & DISCOURSE);
    expect(surnames.length).toBe(kept([yerzhanov], 'adilkhan-yerzhanov').length);
    for (const row of surnames) expect(row[ROW_FLAGS] & CASE_SENSITIVE).toBe(CASE_SENSITIVE);
    // Last, where the matcher looks for them.
    expect(withSurnames.patterns.slice(-surnames.length)).toEqual(surnames);
    // The every-page head does not grow; the engine's prefilter learns the surnames.
    expect(withSurnames.anchors).toEqual(plain.anchors);
    // "Adilkhan Erjanov" is anchored on "adilkhan"; its surname alone needs "erjanov" ("yerzhanov" is there already).
    expect(withSurnames.discourseAnchors).toContain(wordHash('erjanov'));
    expect(withSurnames.anchors).toContain(wordHash('yerzhanov'));
    for (const h of withSurnames.discourseAnchors!) expect(withSurnames.anchors).not.toContain(h);
  });

  it('are printed by `glossary aliases <id>` with where each came from and why a dropped one was', () => {
    const sadyr = person('sadyr-japarov', 'Sadyr Japarov', ['Sadyr Japarov']);
    const entries = [yerzhanov, sadyr];
    const generated = generateAliases(entries);
    const text = formatAliases('adilkhan-yerzhanov', entries, generated, discourseForms(entries, generated));
    expect(text).toMatch(/adilkhan-yerzhanov: discourse, the surname alone after the full name on the page \(\d+ kept/);
    expect(text).toContain('+ Yerzhanov  [from Adilkhan Yerzhanov]');
    expect(text).toContain('+ Ержанова  [from Ержанов]');
    const shared = person('akylbek-japarov', 'Akylbek Japarov', ['Akylbek Japarov']);
    const both = [sadyr, shared];
    const g = generateAliases(both);
    expect(formatAliases('sadyr-japarov', both, g, discourseForms(both, g))).toContain(
      '- Japarov  [from Sadyr Japarov]  dropped: also a name of akylbek-japarov',
    );
  });

  it('`glossary aliases <id>` prints them from the command line', () => {
    const out = execFileSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', 'scripts/glossary.ts', 'aliases', 'adilkhan-yerzhanov'],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/adilkhan-yerzhanov: discourse, .* \(\d+ kept, \d+ dropped\)/);
    expect(out).toContain('+ Yerzhanov  [from Adilkhan Yerzhanov]');
  }, 30_000);
});
