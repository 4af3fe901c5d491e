/**
 * A day of the month spelled as an ordinal word, as a speaker says it ("the twenty-seventh of January", „am
 * siebenundzwanzigsten Januar“): lower case, German without its ending (-e, -en, -er, -em) → the day.
 */
const ENGLISH_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ENGLISH_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const GERMAN_UNITS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt'];
const GERMAN_TEENS = ['zehnt', 'elft', 'zwölft', 'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt'];
/** The cardinals German compounds its ordinals from ("einundzwanzigst", "siebenundzwanzigst"). */
const GERMAN_CARDINALS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];

export const ENGLISH_DAY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ...ENGLISH_UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...ENGLISH_TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20],
  ...ENGLISH_UNITS.flatMap((w, i): Array<[string, number]> => [[`twenty-${w}`, 21 + i], [`twenty ${w}`, 21 + i]]),
  ['thirtieth', 30], ['thirty-first', 31], ['thirty first', 31],
]);

export const GERMAN_DAY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ...GERMAN_UNITS.map((w, i): [string, number] => [w, i + 1]),
  ['siebent', 7],
  ...GERMAN_TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['zwanzigst', 20],
  ...GERMAN_CARDINALS.map((w, i): [string, number] => [`${w}undzwanzigst`, 21 + i]),
  ['dreißigst', 30], ['einunddreißigst', 31],
]);

/** An alternation of a map's words, longest first, so that "twenty-seventh" is not read as its "seventh". */
export function ordinalPattern(words: ReadonlyMap<string, number>): string {
  return [...words.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
}

/** The day a matched ordinal word names (white space inside it normalised, any case). */
export function dayOfOrdinal(words: ReadonlyMap<string, number>, word: string): number {
  return words.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
}
