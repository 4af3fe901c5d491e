import type { Language } from '../types';

const GERMAN = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'für', 'auf', 'den', 'dem', 'ein', 'eine', 'sich', 'auch', 'wie', 'zu', 'im', 'am', 'bei', 'hat', 'wurde', 'sind', 'dass', 'um', 'nur', 'noch', 'aus', 'nach', 'wird', 'werden', 'war', 'über', 'innerhalb', 'weniger', 'sein', 'seine', 'ihre', 'einen', 'einem', 'einer', 'des', 'sie', 'er', 'es']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'with', 'for', 'that', 'on', 'was', 'as', 'by', 'an', 'it', 'its', 'from', 'at', 'are', 'has', 'have', 'were', 'which', 'this', 'be', 'been', 'will', 'would', 'than', 'but', 'not', 'their', 'after', 'about']);

/** Frontmatter `lang:` wins; otherwise the language whose function words are more frequent; `fallback` on a tie. */
export function detectLanguage(text: string, frontmatterLang?: string, fallback: Language = 'en'): Language {
  return decideLanguage([languageEvidence(text)], frontmatterLang, fallback);
}

/** What a text says about its language: counts that add up over the parts of a draft. */
export interface LanguageEvidence {
  german: number;
  english: number;
  umlauts: number;
}

export function languageEvidence(text: string): LanguageEvidence {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german++;
    else if (ENGLISH.has(word)) english++;
  }
  return { german, english, umlauts: (text.match(/[äöüßÄÖÜ„]/g) ?? []).length };
}

/** `detectLanguage` from the evidence of a draft's parts (its blocks), so an edit counts only the part it changed. */
export function decideLanguage(parts: LanguageEvidence[], frontmatterLang?: string, fallback: Language = 'en'): Language {
  const declared = frontmatterLang?.trim().toLowerCase().slice(0, 2);
  if (declared === 'de' || declared === 'en') return declared;
  let german = 0;
  let english = 0;
  let umlauts = 0;
  for (const part of parts) {
    german += part.german;
    english += part.english;
    umlauts += part.umlauts;
  }
  // Too few function words to tell: umlauts, ß and „ are German.
  if (german === english) return umlauts > 0 ? 'de' : fallback;
  return german > english ? 'de' : 'en';
}
