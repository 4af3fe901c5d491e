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

/** The longest word of the three lists: a longer word is none of them (lower case never makes a word shorter). */
const LONGEST_WORD = Math.max(...[...GERMAN, ...GERMAN_NOUNS, ...ENGLISH].map((w) => w.length));
const UMLAUTS = /[äöüßÄÖÜ„]/g;
const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit outside the surrogates: 1 a letter, 2 not, 0 not asked yet (`\p{L}` per character is slow). */
const letterUnits = new Uint8Array(0x10000);

function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  let known = letterUnits[code];
  if (known === 0) letterUnits[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** How many code units the letter at `at` takes (2 for one beyond the BMP), 0 for no letter: as `/\p{L}/u` reads it. */
function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return isLetterUnit(code) ? 1 : 0;
  if (code > 0xdbff || at + 1 >= text.length) return 0;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff && LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
}

export function languageEvidence(text: string): LanguageEvidence {
  let german = 0;
  let english = 0;
  // Every block of a draft is counted once when it is parsed (words as `/\p{L}+/u` finds them): most of its words are
  // longer than any listed one.
  let at = 0;
  while (at < text.length) {
    let size = letterAt(text, at);
    if (size === 0) {
      at += text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff && at + 1 < text.length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = at;
    do at += size;
    while (at < text.length && (size = letterAt(text, at)) > 0);
    if (at - start > LONGEST_WORD) continue;
    const word = text.slice(start, at);
    if (GERMAN_NOUNS.has(word)) {
      german++;
      continue;
    }
    // A capitalised word inside a sentence is a name ("The Information", "Die Zeit"): names say nothing of the language.
    if (word[0] !== word[0].toLowerCase() && !startsSentence(text, start)) continue;
    const lower = word.toLowerCase();
    if (GERMAN.has(lower)) german++;
    else if (ENGLISH.has(lower)) english++;
  }
  let umlauts = 0;
  UMLAUTS.lastIndex = 0;
  while (UMLAUTS.test(text)) umlauts++;
  return { german, english, umlauts };
}

const SKIPPED_BEFORE_WORD = /[\s"'„“‚‘»«(*_#>-]/u;
const SENTENCE_END = /[.!?:;]/;

/** Nothing before the word but spaces, opening marks or list and heading marks since the last sentence end. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (SKIPPED_BEFORE_WORD.test(c)) {
      if (c === '\n') return true;
      continue;
    }
    return SENTENCE_END.test(c);
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
