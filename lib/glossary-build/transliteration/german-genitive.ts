/**
 * German genitive of a name: "-s" on a name that does not end in a sibilant (des Tian Shans, Taschkents,
 * Nasarbajews); names in s, x, z, ß take none ("des Issyk-Kul" aside, German writes "von" for those).
 */
const SIBILANT_END = /[sxzß]$/i;
const LATIN_END = /[a-zäöüéèëïâêîôûçğñşıū]$/i;

export function germanGenitive(name: string): string | undefined {
  const first = name.charAt(0);
  if (first === first.toLowerCase() || SIBILANT_END.test(name) || !LATIN_END.test(name)) return undefined;
  return `${name}s`;
}
