import { FUNCTION_WORDS } from '../names/wordLists';
import { MONTHS } from '../text/months';
import { nounConcept } from './countedNoun';
import { APPROXIMATE_BEFORE, CURRENCIES, DURATION_UNITS, boundBefore, scaleOf } from './vocabulary';

/** "2.0", "3.5", "4": how a product's version is numbered (a decimal point, or a single digit). */
const VERSION = /^(?:\d{1,2}\.\d{1,2}|\d)$/;
/** The capitalised word right before, one space apart: "Gemini 2.0", "Claude 3.5", "Llama 4". */
const NAME_BEFORE = /(?:^|[\s(|/„“"'‘])(\p{Lu}[\p{L}\d-]*)[ ]$/u;
/** The capitalised word right after, one space apart: "2.0 Flash", "3.5 Sonnet", "4 Scout". */
const NAME_AFTER = /^[ ](\p{Lu}[\p{L}-]*)(?![\p{L}\d])/u;
/** Units a capitalised German noun after a number may be: "3 Prozent", "2 Punkte", "3 Mal", "2 Stück". */
const UNIT_WORD = /^(?:prozent\p{L}*|percent|punkte?n?|points?|mal|stück|uhr|grad|cents?)$/iu;
/** Words a number after them ranks or numbers, not versions: "Platz 1 Nvidia", "Rang 2", "Top 10", "Phase 3", "Folge 4". */
const NUMBERING = /^(?:rang|platz|position|nummer|nr|no|top|rank|place|spot|number|seite|page|kapitel|chapter|phase|stufe|level|teil|part|folge|episode|staffel|season|runde|round|tag|day|woche|week|quartal|quarter|q)$/iu;
/** Weekdays: "Montag 3 Prozent" is a day and a figure, not a name. */
const WEEKDAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/iu;

/**
 * "Gemini 2.0 Flash", "Claude 3.5 Sonnet", "Llama 4 Scout": a version number between two capitalised words is part of
 * a product's name, whether or not any source knows the name; no count of anything. Not a number between a word and a
 * unit, a scale, a currency, a month or a noun the lexicon counts ("Nvidia 3 Prozent", "Meta 2 Milliarden", "DeepSeek 2
 * Modelle"), nor after a word that qualifies it, opens a clause or numbers things ("Knapp 3 Anbieter", "Über 5 Firmen",
 * "Platz 1 Nvidia").
 */
export function isVersionInName(text: string, start: number, end: number): boolean {
  if (!VERSION.test(text.slice(start, end))) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = NAME_AFTER.exec(text.slice(end, end + 40));
  if (!before || !after) return false;
  const [first, next] = [before[1], after[1]];
  const plain = (word: string) => FUNCTION_WORDS.has(word.toLowerCase()) || MONTHS.has(word.toLowerCase()) || WEEKDAY.test(word);
  if (plain(first) || plain(next) || NUMBERING.test(first)) return false;
  if (APPROXIMATE_BEFORE.test(text.slice(0, start)) || boundBefore(text.slice(0, start))) return false;
  const lower = next.toLowerCase();
  if (UNIT_WORD.test(next) || CURRENCIES.has(lower) || scaleOf(next, 'de') !== undefined || scaleOf(next, 'en') !== undefined || DURATION_UNITS.has(lower)) return false;
  return nounConcept(next) === undefined;
}
