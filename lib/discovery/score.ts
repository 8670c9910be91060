/**
 * How Central Asian a candidate name looks, from what it is made of: letters only Kazakh, Kyrgyz, Uzbek, Tajik or
 * Turkmen write; endings of their place names, patronymics and Russian-style surnames; the trigram model; and
 * whether it sits in a sentence with a glossary term.
 */
import { type NameModel, nameOdds } from './name-model.ts';

/** Letters of the region's alphabets that Russian, English, French and German do not use. */
const REGION_LETTERS = /[әғқңөұүһіӣӯҳҷўÄäĞğÑñŇňŞşŪūÝýŽžƏə]|[Qq](?![Uu])|[OoGg][ʻ‘’']/;

/** Endings of names of the region (place names, patronymics, surnames), Latin and Cyrillic. */
const REGION_ENDING =
  /(stan|станы?|uly|uli|ulu|uulu|ұлы|улы|уулу|kyzy|qyzy|қызы|кызы|bek|бек|bay|bai|бай|bayev|baev|баев|ov|ova|ev|eva|yev|yeva|iev|ïev|jew|ов|ова|ев|ева|abad|obod|абад|kent|кент|kand|qand|канд|tau|тау|darya|daryo|дарья|kul|köl|куль|көл|zhan|жан|gul|gül|гуль|khan|хан|ordo|орда|orda|tobe|töbe|тобе)$/i;

export interface ScoreParts {
  readonly letters: number;
  readonly ending: number;
  readonly model: number;
  readonly cooccurrence: number;
}

/** `modelText` is the name in Latin letters (the model reads Latin spellings): the name itself, or its romanisation. */
export function scoreParts(
  name: string,
  model: NameModel | undefined,
  nearTerm: boolean,
  modelText = name,
): ScoreParts {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const latinWords = modelText.split(/[\s-]+/).filter(Boolean);
  const letters = REGION_LETTERS.test(name) ? 2 : 0;
  const ending = words.some((w) => REGION_ENDING.test(w)) ? 1.5 : 0;
  const odds = model && latinWords.length > 0 ? Math.max(...latinWords.map((w) => nameOdds(model, w))) : 0;
  return { letters, ending, model: Math.max(-2, Math.min(2, odds)), cooccurrence: nearTerm ? 1 : 0 };
}

/** The candidate's score: its parts, plus a little for each further occurrence. */
export function combineScore(parts: ScoreParts, count: number): number {
  const base = parts.letters + parts.ending + parts.model + parts.cooccurrence;
  return Math.round((base + 0.5 * Math.log2(count)) * 100) / 100;
}
