import type { Language } from '../types';

// Function words of one language only. Words both languages write ("in", "an", "was", "will", "am", "war", "also",
// "so") are left out: "Quanta Labs beschäftigt 1.328 Mitarbeiter in Lissabon" must not turn English on its "in".
const GERMAN = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'für', 'auf', 'den', 'dem', 'ein', 'eine', 'sich', 'auch', 'wie', 'zu', 'im',
  'bei', 'hat', 'wurde', 'sind', 'dass', 'um', 'nur', 'noch', 'aus', 'nach', 'wird', 'werden', 'über', 'innerhalb', 'weniger', 'sein',
  'seine', 'ihre', 'einen', 'einem', 'einer', 'des', 'sie', 'er', 'es', 'zum', 'zur', 'vom', 'ins', 'beim', 'durch', 'gegen', 'ohne',
  'unter', 'zwischen', 'seit', 'bereits', 'rund', 'etwa', 'laut', 'sowie', 'oder', 'aber', 'doch', 'wenn', 'als', 'kein', 'keine',
  'diese', 'dieser', 'dieses', 'wir', 'ich', 'sehr', 'mehr', 'schon', 'haben', 'hatte', 'hatten', 'worden', 'soll', 'kann', 'können',
  'muss', 'beschäftigt', 'gegründet', 'sagte', 'neue', 'neuen',
]);
/** German nouns of the news, capitalised wherever they stand, as German nouns are. */
const GERMAN_NOUNS = new Set(['Jahr', 'Jahren', 'Prozent', 'Mitarbeiter', 'Mitarbeitern', 'Millionen', 'Milliarden', 'Unternehmen', 'Angaben']);
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'with', 'for', 'that', 'on', 'as', 'by', 'it', 'its', 'from', 'at', 'are', 'has', 'have', 'were',
  'which', 'this', 'be', 'been', 'would', 'than', 'but', 'not', 'their', 'after', 'about', 'a', 'or', 'who', 'what', 'when', 'they',
  'he', 'she', 'we', 'his', 'had', 'into', 'over', 'more', 'these', 'those', 'said', 'says', 'percent', 'people', 'employs',
  'employees', 'founded', 'year', 'years', 'new', 'only', 'could', 'should', 'can', 'while',
]);

/** Frontmatter `lang:` wins; otherwise the language whose own words are more frequent; `fallback` on a tie. */
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
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (GERMAN_NOUNS.has(word)) {
      german++;
      continue;
    }
    // A capitalised word inside a sentence is a name ("The Information", "Die Zeit"): names say nothing of the language.
    if (word[0] !== word[0].toLowerCase() && !startsSentence(text, m.index!)) continue;
    const lower = word.toLowerCase();
    if (GERMAN.has(lower)) german++;
    else if (ENGLISH.has(lower)) english++;
  }
  return { german, english, umlauts: (text.match(/[äöüßÄÖÜ„]/g) ?? []).length };
}

/** Nothing before the word but spaces, opening marks or list and heading marks since the last sentence end. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (/[\s"'„“‚‘»«(*_#>-]/u.test(c)) {
      if (c === '\n') return true;
      continue;
    }
    return /[.!?:;]/.test(c);
  }
  return true;
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
