import { NUMBER_WORDS } from './vocabulary';

/**
 * "twenty twenty four", "nineteen ninety-nine", "twenty oh five": a year as a speaker says it, in two pairs (the
 * century's, then the year's in it), as an automatic transcript writes it. Read as one year, not as "twenty" and a
 * stray "twenty four". The pairs are the number words of the lexicon; a second pair a scale, a percent or a multiple
 * follows is a count of those ("twenty twenty five percent" is not said of a year), and stays as it was read.
 */
const CENTURIES = ['nineteen', 'twenty'];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "twenty oh five": the year's pair below ten is said with "oh" for its zero. */
const ZERO_WORD = 'oh';
const YEAR_IN_CENTURY = `(?:(?:${ENGLISH_TENS.join('|')})(?:[-\\s]+(?:${ENGLISH_UNITS.join('|')}))?|${ENGLISH_TEENS.join('|')}|${ZERO_WORD}\\s+(?:${ENGLISH_UNITS.join('|')}))`;
const COUNTED_AFTER = String.raw`(?!\s*(?:%|percent|per\s+cent|pct|hundred|thousand|million|billion|trillion|times|fold|points?|dollars?|euros?|yuan|models|chips|units)(?![\p{L}]))`;
const SPOKEN_YEAR = new RegExp(`(?<![\\p{L}-])(${CENTURIES.join('|')})\\s+(${YEAR_IN_CENTURY})(?![\\p{L}-])${COUNTED_AFTER}`, 'giu');
/** What every spoken year holds: a century's word, so a sentence without one is not searched. */
const HOLDS_CENTURY = new RegExp(`(?<![\\p{L}])(?:${CENTURIES.join('|')})\\s`, 'iu');

export interface SpokenYear {
  start: number;
  end: number;
  year: number;
}

/** The years said in two pairs in an English sentence. */
export function spokenYears(text: string): SpokenYear[] {
  if (!HOLDS_CENTURY.test(text)) return [];
  const found: SpokenYear[] = [];
  for (const m of text.matchAll(SPOKEN_YEAR)) {
    const century = NUMBER_WORDS.get(m[1].toLowerCase())!;
    const inCentury = yearInCentury(m[2].toLowerCase());
    if (inCentury === undefined) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, year: century * 100 + inCentury });
  }
  return found;
}

function yearInCentury(words: string): number | undefined {
  const parts = words.split(/[-\s]+/).filter((w) => w !== ZERO_WORD);
  return parts.reduce<number | undefined>((sum, w) => (sum === undefined || valueOf(w) === undefined ? undefined : sum + valueOf(w)!), 0);
}

// The lexicon's number words leave out "one" (it is also the pronoun); in a year's pair it is the unit.
const valueOf = (word: string) => (word === 'one' ? 1 : NUMBER_WORDS.get(word));
