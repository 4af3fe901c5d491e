import type { Language } from '../types';
import { MONTH_NAMES } from '../text/months';
import { ENGLISH_IN_LOWER_CASE, OWN_FIGURE_WORDS } from './vocabulary';

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());
/** A month's full name in one language only („Juni“, "June"; not "April", "November"). */
const ownMonths = (language: Language, other: Language) => lower(MONTH_NAMES[language]).filter((m) => !lower(MONTH_NAMES[other]).includes(m));
const OWN_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set([...OWN_FIGURE_WORDS.de, ...ownMonths('de', 'en')]),
  en: new Set([...OWN_FIGURE_WORDS.en, ...ownMonths('en', 'de')]),
};
const LOWER_CASE_ENGLISH = new Set(ENGLISH_IN_LOWER_CASE);

/**
 * The language a figure is written in, as its own words say ("Juni 2023", "500-Millionen-Dollar", "$500 million"), or
 * `fallback` (the document's) where they say nothing or both: a German tab of an English page gets German fixes, an
 * English quotation in a German draft English ones.
 */
export function writtenLanguage(figureText: string, fallback: Language): Language {
  let german = false;
  let english = false;
  for (const word of figureText.match(/\p{L}+/gu) ?? []) {
    const key = word.toLowerCase();
    if (OWN_WORDS.de.has(key)) german = true;
    else if (OWN_WORDS.en.has(key) || LOWER_CASE_ENGLISH.has(word)) english = true;
  }
  return german === english ? fallback : german ? 'de' : 'en';
}
