import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWordTable } from '@/lib/match/boundaries.ts';
import { FOLD_EXPANSIONS, FOLD_TABLE, MARK_TABLE, SHAPE_TABLE, WORD_TABLE } from '@/lib/match/char-tables.ts';
import {
  clusterEnd,
  computeFoldExpansions,
  computeFoldTable,
  computeMarkTable,
  computeShapeTable,
  exactShape,
  type Folded,
  fold,
  foldAlias,
  foldClusterUncached,
  sourceEnd,
  tableCodes,
} from '@/lib/match/fold.ts';

/** The folded text with, for each folded unit, the source slice it came from. */
function pieces(source: string): [string, string][] {
  const f = fold(source);
  return [...f.text].map((ch, i) => [ch, source.slice(f.starts[i], sourceEnd(f, i))]);
}

const ends = (f: Folded) => [...f.starts].map((_, i) => sourceEnd(f, i));

describe('fold', () => {
  it('lowercases and strips Latin diacritics', () => {
    expect(fold('Abaï Nazarbaïev TOKAÏEV Öskemen').text).toBe('abai nazarbaiev tokaiev oskemen');
  });

  it('maps every apostrophe to one form', () => {
    expect(fold("d’Abaï d'Abaï dʼAbaï d‘Abaï d`Abaï").text).toBe("d'abai d'abai d'abai d'abai d'abai");
  });

  it('maps every dash to a hyphen-minus', () => {
    expect(fold('Nur‐Sultan Nur‑Sultan Nur–Sultan Nur—Sultan Nur−Sultan').text).toBe(
      'nur-sultan nur-sultan nur-sultan nur-sultan nur-sultan',
    );
  });

  it('drops soft hyphens and zero-width characters, keeping offsets exact', () => {
    const source = 'Ka\u00ADzakh\u200Bstan\u200D!\uFEFF';
    const f = fold(source);
    expect(f.text).toBe('kazakhstan!');
    expect([...f.starts]).toEqual([0, 1, 3, 4, 5, 6, 8, 9, 10, 11, 13]);
    expect(ends(f)).toEqual([1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 14]);
  });

  it('collapses runs of white space, including non-breaking, narrow and line breaks, into one space', () => {
    const f = fold('Nur \u00A0\n\tSultan\u202FAstana');
    expect(f.text).toBe('nur sultan astana');
    expect(f.starts[3]).toBe(3);
    expect(f.starts[4]).toBe(7);
  });

  it('folds decomposed (NFD) input like composed input, and maps the cluster to one unit', () => {
    const nfd = 'Abai\u0308 e\u0301'.normalize('NFD');
    expect(pieces(nfd)).toEqual([
      ['a', 'A'],
      ['b', 'b'],
      ['a', 'a'],
      ['i', 'i\u0308'],
      [' ', ' '],
      ['e', 'e\u0301'],
    ]);
  });

  it('drops the stress marks of Cyrillic text (U+0301, U+0300) and keeps й and ё', () => {
    expect(fold('Аба\u0301й Кунанба\u0301ев').text).toBe('абай кунанбаев');
    expect(fold('Алматы\u0300').text).toBe('алматы');
    expect(fold('\u0450 \u045d \u0400').text).toBe('е и е');
    expect(fold('Ё\u0301лка й\u0301').text).toBe('ёлка й');
    expect(fold('Ё'.normalize('NFD')).text).toBe('ё');
    // Only Cyrillic: Greek keeps its tonos as before, Latin drops every mark.
    expect(fold('\u03ac').text).toBe('\u03ac');
    const { text, starts } = fold('Аба\u0301й');
    expect(text).toBe('абай');
    expect([...starts]).toEqual([0, 1, 2, 4]);
  });

  it('keeps Cyrillic letters whole: й is not и and ё is not е', () => {
    expect(fold('Й ё Қазақстан').text).toBe('й ё қазақстан');
    expect(fold('И\u0306'.normalize('NFD')).text).toBe('й');
  });

  it('handles Turkish dotted and dotless i, which change length when lowercased', () => {
    expect(pieces('İSTANBUL')[0]).toEqual(['i', 'İ']);
    expect(fold('İı').text).toBe('ii');
    expect(fold('İı').text.length).toBe(2);
  });

  it('expands letters that lengthen when folded and maps every unit back to its source letter', () => {
    expect(pieces('Straße')).toEqual([
      ['s', 'S'],
      ['t', 't'],
      ['r', 'r'],
      ['a', 'a'],
      ['s', 'ß'],
      ['s', 'ß'],
      ['e', 'e'],
    ]);
  });

  it('applies compatibility folding (NFKC): ligatures and full-width letters', () => {
    expect(fold('ﬁn Ａｌｍａｔｙ').text).toBe('fin almaty');
  });

  it('keeps astral characters whole', () => {
    const f = fold('a😀b');
    expect(f.text).toBe('a😀b');
    expect(ends(f)).toEqual([1, 3, 3, 4]);
  });

  it('foldAlias trims', () => {
    expect(foldAlias('  Nur-Sultan ')).toBe('nur-sultan');
  });

  it('exactShape keeps the case but folds the rest', () => {
    expect(exactShape('Manas')).toBe('Manas');
    expect(exactShape('MANAS')).toBe('MANAS');
    expect(exactShape('Öskemen’s')).toBe("Oskemen's");
    expect(exactShape('STRAßE Œuvre ǅ İ')).toBe('STRAssE oeuvre Dz I');
  });

  it('exactShape through the tables equals the rule, cluster by cluster', () => {
    // The rule: fold each cluster keeping its case, one space per run of spaces, trimmed.
    const byRule = (written: string) => {
      let out = '';
      for (let i = 0; i < written.length; ) {
        const end = clusterEnd(written, i);
        const folded = foldClusterUncached(written.slice(i, end), true);
        if (!(folded === ' ' && out.endsWith(' '))) out += folded;
        i = end;
      }
      return out.trim();
    };
    const unit = fc.oneof(
      fc.constantFrom(...'aZéÉßẞÆœİıǅĳŀ…½ \u00a0\u00ad\u0301\u0308’–Ёё'),
      fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const s = units.join('');
        expect(exactShape(s)).toBe(byRule(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fold properties', () => {
  it('maps every folded unit to a source span, in order, inside the source', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (s) => {
        const f = fold(s);
        expect(f.starts.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.starts[i]).toBeLessThan(sourceEnd(f, i));
          expect(sourceEnd(f, i)).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(f.starts[i]).toBeGreaterThanOrEqual(f.starts[i - 1]!);
        }
      }),
    );
  });

  it('is idempotent and agrees on NFC and NFD input', () => {
    // Hangul is left out: its syllables decompose into conjoining jamo that are letters, not marks, so folding per
    // cluster cannot recompose them; no glossary term is written in Hangul.
    const notHangul = (s: string) => !/[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7FF\uFFA0-\uFFDC]/.test(s);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter(notHangul), (s) => {
        const once = fold(s).text;
        expect(fold(once).text).toBe(once);
        expect(fold(s.normalize('NFD')).text).toBe(fold(s.normalize('NFC')).text);
      }),
    );
  });

  it('folds every script through its tables exactly as cluster by cluster, the slow way', () => {
    // exactShape folds each cluster with the full rules (no table) and keeps case; lowercasing it must give the
    // same text, up to final sigma (lowercasing a whole string writes ς where a letter alone gives σ; the fold
    // takes both to σ).
    const scripts = fc.constantFrom(...'aé Ää\u0301 Астана Ёё й-Й ΑΒΓ ɐ ǅ ﬁ İı ß ẞ ‐–—’ \u00ad\u200bꙮ ٣ ᴬ'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(scripts, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }),
        (parts) => {
          const s = parts.join('');
          expect(fold(s).text.trim()).toBe(exactShape(s).toLowerCase().replace(/ς/g, 'σ'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('folds every sigma to σ, final or not, however it is written (fast-check seed -956242564)', () => {
    expect(fold('À𝚺').text).toBe('aσ');
    expect(fold('ΟΔΟΣ').text).toBe('οδοσ');
    expect(fold('οδος').text).toBe('οδοσ');
    expect(fold('Σ').text).toBe('σ');
  });

  it('folds compatibility dashes and apostrophes like the plain ones', () => {
    expect(fold('⁻ ₋ ﹣ －').text).toBe('- - - -');
    expect(fold('＇').text).toBe("'");
  });

  it('folds ASCII exactly like lowercasing with white space collapsed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ- \t\n'9."), maxLength: 40 }), (s) => {
        expect(fold(s).text).toBe(s.toLowerCase().replace(/\s+/g, ' '));
      }),
    );
  });
});

describe('the shipped character tables', () => {
  it('are what the folding and word rules compute (run `npm run tables` after changing the rules)', () => {
    expect(FOLD_TABLE).toEqual(computeFoldTable());
    expect(WORD_TABLE).toBe(computeWordTable());
    expect(MARK_TABLE).toBe(computeMarkTable());
    expect(FOLD_EXPANSIONS).toEqual(computeFoldExpansions());
    expect(SHAPE_TABLE).toBe(computeShapeTable());
    expect(FOLD_TABLE).toHaveLength(tableCodes().length);
  });
});
