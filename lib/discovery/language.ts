/** The language of a text, from its most frequent function words: enough to choose how candidates are found. */
import type { DiscoveryLang } from './candidates.ts';

const MARKERS: Readonly<Record<DiscoveryLang, readonly string[]>> = {
  en: ['the', 'and', 'of', 'is', 'was', 'in', 'with', 'to'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du'],
  de: ['der', 'die', 'und', 'das', 'ist', 'von', 'mit', 'den'],
  ru: ['и', 'в', 'на', 'не', 'что', 'с', 'по', 'года'],
};

export function guessLanguage(text: string): DiscoveryLang {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: DiscoveryLang = 'en';
  let bestScore = -1;
  for (const [lang, markers] of Object.entries(MARKERS) as [DiscoveryLang, readonly string[]][]) {
    const score = markers.reduce((n, m) => n + (counts.get(m) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
