/**
 * Turkmen Latin (1993/1999 alphabet) as English and French texts write it without its letters: ş → sh, ç → ch,
 * ž → zh, ň → n, ý → y, ä → a (Aşgabat → Ashgabat, Türkmenbaşy → Turkmenbashy, Amyderýa → Amyderya).
 * The marks of ä, ö, ü are folded by the matcher already.
 */
const TURKMEN_TO_ENGLISH: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch', ž: 'zh', ň: 'n', ý: 'y' };

export function turkmenToEnglish(name: string): string {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const m = TURKMEN_TO_ENGLISH[lower];
    out += m === undefined ? ch : ch === lower ? m : m.charAt(0).toUpperCase() + m.slice(1);
  }
  return out;
}
