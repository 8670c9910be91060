/**
 * Discourse aliases at run time: the matcher reports a surname alone flagged, where no ordinary match overlaps it;
 * the gate keeps it only after its person's first ordinary match, whatever order blocks are matched and removed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '@/lib/glossary-build/compile.ts';
import { scanBlocks } from '@/lib/glossary-build/scan-text.ts';
import type { Entry } from '@/lib/glossary-build/schema.ts';
import { combineMatchers } from '@/lib/match/combined-matcher.ts';
import { DiscourseGate, type Placed } from '@/lib/match/discourse.ts';
import { createMatcher } from '@/lib/match/matcher.ts';
import { createPrefilter } from '@/lib/match/prefilter.ts';
import type { Match } from '@/lib/match/types.ts';
import { entry, matcherFor } from '../support/entries.ts';

function person(id: string, title: string, aliases: Parameters<typeof entry>[1]): Entry {
  return entry(id, aliases, { type: 'person', title: { en: title, fr: title, de: title } });
}

const yerzhanov = person('yerzhanov', 'Adilkhan Yerzhanov', ['Adilkhan Yerzhanov']);
const seifullin = person('seifullin', 'Saken Seifullin', ['Saken Seifullin']);
/** Anchored on "mukhtarbek", the longer word: "Auezov" alone needs an anchor of its own. */
const auezov = person('auezov', 'Mukhtarbek Auezov', ['Mukhtarbek Auezov']);
const entries = [
  yerzhanov,
  seifullin,
  auezov,
  entry('almaty', ['Almaty']),
  entry('yerzhanov-street', ['Yerzhanov Street']),
];
const data = compileMatcherData(entries, { discourse: true });
const matcher = createMatcher(data);

/** The matched texts of a block, a surname alone marked with "~". */
function marked(text: string, m = matcher): string[] {
  return m
    .findMatches(text)
    .map((x) => `${x.discourse ? '~' : ''}${text.slice(x.start, x.end)}→${m.ids[x.entryIndex]}`);
}

describe('the matcher and surnames alone', () => {
  it('reports a surname alone flagged, and a full name or a longer name whole', () => {
    expect(marked('Adilkhan Yerzhanov filmed in Almaty; Yerzhanov said so.')).toEqual([
      'Adilkhan Yerzhanov→yerzhanov',
      'Almaty→almaty',
      '~Yerzhanov→yerzhanov',
    ]);
    expect(marked('On Yerzhanov Street.')).toEqual(['Yerzhanov Street→yerzhanov-street']);
    expect(matcher.discourseEntries).toEqual(
      new Set(['auezov', 'seifullin', 'yerzhanov'].map((id) => matcher.ids.indexOf(id))),
    );
  });

  it('matches a surname only as capitalised (a surname standing alone is)', () => {
    expect(marked('yerzhanov and YERZHANOV')).toEqual([]);
  });

  it('lets the engine’s prefilter through a block that names a person by surname only; the head does not', () => {
    expect(matcher.mayMatch('Later, Auezov spoke.')).toBe(true);
    expect(createPrefilter(data.anchors)('Later, Auezov spoke.')).toBe(false);
    expect(marked('Later, Auezov spoke.')).toEqual(['~Auezov→auezov']);
  });

  it('a surname alone is no context for a context rule', () => {
    const ruled = entry('cinema', [{ text: 'new wave', context: ['yerzhanov'] }]);
    const m = createMatcher(compileMatcherData([yerzhanov, ruled], { discourse: true }));
    expect(marked('Yerzhanov and the new wave.', m)).toEqual(['~Yerzhanov→yerzhanov']);
    expect(marked('Adilkhan Yerzhanov and the new wave.', m)).toEqual([
      'Adilkhan Yerzhanov→yerzhanov',
      'new wave→cinema',
    ]);
  });

  it('yields to the reader’s own entries where they overlap', () => {
    const own = matcherFor([entry('my-yerzhanov', ['Yerzhanov'])]);
    const both = combineMatchers(matcher, own);
    expect(marked('Yerzhanov again.', both)).toEqual(['Yerzhanov→my-yerzhanov']);
    expect(marked('Seifullin again.', both)).toEqual(['~Seifullin→seifullin']);
    expect(both.discourseEntries).toBe(matcher.discourseEntries);
  });
});

describe('the matcher with discourse aliases against itself without (property)', () => {
  const WORDS = ['Adilkhan', 'Yerzhanov', 'Yerzhanovs', 'Street', 'Saken', 'Seifullin', 'Almaty', 'yerzhanov', 'and'];
  const SEPARATORS = [' ', ', ', '. ', '-', ' «', '’s '];
  const plain = createMatcher(compileMatcherData(entries));
  it('finds the same ordinary matches, and surnames only where nothing else is, none overlapping', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 14 }),
        (parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const found = matcher.findMatches(text);
          expect(found.filter((m) => !m.discourse)).toEqual(plain.findMatches(text));
          for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          for (const m of found.filter((x) => x.discourse)) {
            expect(['Yerzhanov', 'Yerzhanovs', 'Seifullin']).toContain(text.slice(m.start, m.end));
          }
        },
      ),
    );
  });
});

describe('DiscourseGate', () => {
  const Y = 0;
  const S = 1;
  const full = (entryIndex: number, start: number): Match => ({ start, end: start + 10, entryIndex });
  const surname = (entryIndex: number, start: number): Match => ({
    start,
    end: start + 5,
    entryIndex,
    discourse: true,
  });
  const gate = () => new DiscourseGate<number>((a, b) => a - b, new Set([Y, S]));
  const at = (changes: Placed<number>[]) => changes.map((c) => `${c.block}:${c.match.start}`);

  it('holds a surname before the first full name, shows those after it, in the same block too', () => {
    const g = gate();
    expect(g.add(1, [surname(Y, 0)]).kept).toEqual([]);
    const { kept } = g.add(2, [surname(Y, 0), full(Y, 20), surname(Y, 40)]);
    expect(kept).toEqual([full(Y, 20), surname(Y, 40)]);
    expect(g.add(3, [surname(Y, 5)]).kept).toEqual([surname(Y, 5)]);
    // Another person's surname waits for that person.
    expect(g.add(4, [surname(S, 0)]).kept).toEqual([]);
  });

  it('takes a long block’s pieces in turn: a surname before the full name in an earlier piece stays held', () => {
    const g = gate();
    expect(g.add(1, [surname(Y, 0)]).kept).toEqual([]);
    const later = g.add(1, [full(Y, 100), surname(Y, 200)]);
    expect(later.kept).toEqual([full(Y, 100), surname(Y, 200)]);
    expect(later.shown).toEqual([]);
    // Removing the block forgets all its pieces: a surname further on waits again.
    g.remove(1);
    expect(g.add(2, [surname(Y, 0)]).kept).toEqual([]);
  });

  it('shows surnames matched earlier when a full name before them is found late (viewport first)', () => {
    const g = gate();
    g.add(5, [surname(Y, 0), surname(S, 3)]);
    g.add(9, [surname(Y, 7)]);
    const { kept, shown } = g.add(2, [full(Y, 0)]);
    expect(kept).toEqual([full(Y, 0)]);
    expect(at(shown)).toEqual(['5:0', '9:7']);
    // A full name still earlier changes nothing shown.
    expect(g.add(1, [full(Y, 0)]).shown).toEqual([]);
  });

  it('holds surnames again when their full name leaves, unless another comes before them', () => {
    const g = gate();
    g.add(1, [full(Y, 0)]);
    g.add(3, [surname(Y, 0)]);
    g.add(5, [full(Y, 0)]);
    g.add(7, [surname(Y, 0)]);
    expect(at(g.remove(1))).toEqual(['3:0']);
    expect(at(g.remove(5))).toEqual(['7:0']);
    expect(g.add(6, [full(Y, 0)]).shown.map((p) => p.block)).toEqual([7]);
    expect(g.remove(42)).toEqual([]);
  });

  it('ignores the ordinary matches of entries without surnames', () => {
    const g = gate();
    g.add(1, [full(7, 0)]);
    expect(g.add(2, [surname(Y, 0)]).kept).toEqual([]);
  });

  /**
   * Against a reference: after any sequence of blocks added (in any order) and removed, the surnames shown are
   * exactly those after an ordinary match of their entry in a block still there.
   */
  it('shows exactly the surnames that follow a full name on the page, whatever the order (property)', () => {
    const matchArb = fc.record({
      entry: fc.constantFrom(Y, S),
      start: fc.nat({ max: 50 }),
      discourse: fc.boolean(),
    });
    const blockArb = fc.uniqueArray(matchArb, { maxLength: 4, selector: (m) => m.start });
    const opArb = fc.oneof(
      fc.record({ add: fc.nat({ max: 12 }), matches: blockArb }),
      fc.record({ remove: fc.nat({ max: 12 }) }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const g = gate();
        const live = new Map<number, Match[]>();
        const shown = new Set<string>();
        const key = (block: number, m: Match) => `${block}:${m.start}:${m.entryIndex}`;
        for (const op of ops) {
          if ('add' in op) {
            if (live.has(op.add)) continue;
            const matches: Match[] = op.matches
              .sort((a, b) => a.start - b.start)
              .map((m) => ({
                start: m.start,
                end: m.start + 1,
                entryIndex: m.entry,
                ...(m.discourse ? { discourse: true as const } : {}),
              }));
            live.set(op.add, matches);
            const { kept, shown: late } = g.add(op.add, matches);
            for (const m of kept) if (m.discourse) shown.add(key(op.add, m));
            for (const p of late) shown.add(key(p.block, p.match));
          } else {
            for (const m of live.get(op.remove) ?? []) shown.delete(key(op.remove, m));
            live.delete(op.remove);
            for (const p of g.remove(op.remove)) shown.delete(key(p.block, p.match));
          }
          const expected = new Set<string>();
          for (const [block, matches] of live) {
            for (const m of matches) {
              if (!m.discourse) continue;
              const named = [...live].some(([b, ms]) =>
                ms.some(
                  (o) =>
                    !o.discourse && o.entryIndex === m.entryIndex && (b < block || (b === block && o.start < m.start)),
                ),
              );
              if (named) expected.add(key(block, m));
            }
          }
          expect([...shown].sort()).toEqual([...expected].sort());
        }
      }),
    );
  });
});

describe('scanBlocks (the maintainers’ scan and npm run eval)', () => {
  const text = ['Yerzhanov, first.', 'Then Adilkhan Yerzhanov came.', 'Yerzhanov stayed; Seifullin too.'];

  it('finds a surname alone only after the full name, as a page would', () => {
    const hits = scanBlocks(text, entries);
    expect(hits.map((h) => `${h.discourse ? '~' : ''}${h.text}→${h.id}`)).toEqual([
      'Adilkhan Yerzhanov→yerzhanov',
      '~Yerzhanov→yerzhanov',
    ]);
    expect(hits[1]!.start).toBe(text[0]!.length + 1 + text[1]!.length + 1);
  });

  it('finds none without discourse aliases', () => {
    expect(scanBlocks(text, entries, { discourse: false }).map((h) => h.text)).toEqual(['Adilkhan Yerzhanov']);
  });
});
