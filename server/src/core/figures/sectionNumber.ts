import { extractFigures } from './extractFigures';
import { nounConcept } from './countedNoun';
import { DURATION_UNITS } from './vocabulary';
import type { Language, Span } from '../types';

/** "2.2 Das Modell", "3.1.4 Costs": an outline number opening a heading. */
const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=\p{L})/u;
/** "4 Fazit", "2 Background": a whole number opening a heading, which may number its section or count something. */
const WHOLE_NUMBER = /^(\d{1,2})\.?[ \t]+(?=\p{L})/u;

/**
 * The number a heading opens with where it numbers the section ("### 2.2 Das Modell R1", "## 4 Conclusion"): a seminar
 * paper's or a report's outline, no figure. A whole number is one only where it counts nothing the lexicon knows and
 * carries no unit: "## 7 Modelle im Test", "## 40 Jahre alt", "## 18 Monate bis zum Durchbruch", "## 27. Januar: …" state what they say.
 */
export function sectionNumberOf(heading: string, language: Language): Span | undefined {
  const outline = OUTLINE_NUMBER.exec(heading);
  if (outline) return { start: 0, end: outline[1].length };
  const whole = WHOLE_NUMBER.exec(heading);
  if (!whole) return undefined;
  const [first] = extractFigures(heading, { language, isSource: false });
  const countsNothingKnown = first?.start === 0 && first.kind === 'count' && !countsTime(first.noun) && first.scale === 0 && !first.currency && !(first.noun && nounConcept(first.noun.split(' ').pop()!));
  return countsNothingKnown ? { start: 0, end: whole[1].length } : undefined;
}

/** "18 Monate bis zum Durchbruch", "5 days that shook Nvidia": a span of time, which a section number never is. */
const countsTime = (noun: string | undefined): boolean => noun !== undefined && DURATION_UNITS.has(noun.toLowerCase());
