/**
 * Benchmark pages, generated deterministically: filler prose that names nothing, with glossary terms sprinkled in
 * at a chosen density. Every page is plain HTML with no script of its own.
 */
import type { Matcher } from '../../lib/match/matcher.ts';

/** English filler; words that happen to be aliases are dropped when the page is made. */
const FILLER = `the of and to in is was for on that with as by at from it an be this which or are were has have had not
but its also after over between into during through under while about against among since within without more most
other some such than then these those very many much every each both either neither report reports reported said
says told announced meeting meetings minister ministry government officials official council talks agreement
agreements economic economy trade project projects investment investments energy water rail road school schools
university students culture museum exhibition festival season week month year years day days morning evening
spokesman according statement statements plans plan plans new old first second third last next recent local
national regional international public private foreign domestic growth budget prices market markets bank banks
company companies workers people families city cities town towns village villages river lake mountain valley
field fields weather winter summer spring autumn visit visits visited delegation president prime parliament`
  .split(/\s+/)
  .filter(Boolean);

/** French filler, with accents, elisions and guillemets: what a French page's blocks look like to the prefilter. */
const FILLER_FR = `le la les de des du un une et à en dans pour sur par avec sans sous entre après avant pendant
depuis selon été année années élection élections ministère ministre gouvernement économie économique société
réunion réunions développement projet projets énergie eau école écoles université étudiants culture musée
exposition théâtre saison semaine mois jour jours matin soir porte-parole déclaration premier première deuxième
dernier dernière prochain récent récente national nationale régional régionale public publique privé privée
étranger étrangère croissance budget prix marché marchés banque entreprise entreprises salariés familles ville
villes village rivière lac montagne vallée hiver été printemps automne visite délégation président parlement
l’État d’après qu’il lorsqu’elle « » – … € n°`
  .split(/\s+/)
  .filter(Boolean);

export interface BenchPage {
  readonly name: string;
  readonly path: string;
  readonly html: string;
  /** The page's text, blocks joined by "\n" (for the peers that take text). */
  readonly text: string;
}

/** A small seeded PRNG (mulberry32), so every run builds the same pages. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Paragraphs of about 600 characters until `chars` characters, with a term every `gap` characters on average
 * (gap = Infinity for no term at all).
 */
export function makePage(
  name: string,
  options: {
    chars: number;
    gap: number;
    terms: readonly string[];
    matcher: Matcher;
    seed: number;
    lang?: 'en' | 'fr';
  },
): BenchPage {
  const next = random(options.seed);
  const lang = options.lang ?? 'en';
  const filler = (lang === 'fr' ? FILLER_FR : FILLER).filter((w) => options.matcher.findMatches(w).length === 0);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < options.chars) {
    let p = '';
    let sinceTerm = 0;
    while (p.length < 600) {
      const useTerm = options.terms.length > 0 && sinceTerm >= options.gap * (0.5 + next());
      const word = useTerm
        ? options.terms[Math.floor(next() * options.terms.length)]!
        : filler[Math.floor(next() * filler.length)]!;
      sinceTerm = useTerm ? 0 : sinceTerm + word.length + 1;
      p += (p ? ' ' : '') + word;
      if (next() < 0.08) p += '.';
    }
    paragraphs.push(`${p.charAt(0).toUpperCase()}${p.slice(1)}.`);
    total += p.length + 2;
  }
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body><article>${body}</article></body></html>`;
  return { name, path: `/bench/${name.replace(/\W+/g, '-')}.html`, html, text: paragraphs.join('\n') };
}
