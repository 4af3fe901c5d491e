import { wordAlternation } from '../context/lexicon';
import { CLOCK_TIME_SUFFIXES, SIGNATURE_TIME_ZONES } from '../figures/vocabulary';

/** The half of the day or the zone written after a time of day: "9:49 AM", „14:25 MEZ“, "16:00 GMT", "10:30 ET". */
const SUFFIX_AFTER_A_TIME = new RegExp(String.raw`(?<=(?<![\d.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d\s*)(?:${wordAlternation([...CLOCK_TIME_SUFFIXES, ...SIGNATURE_TIME_ZONES])})(?![\p{L}])`, 'giu');

/**
 * The text with the capitals after a time of day blanked out (same length, so offsets hold): "AM", „MEZ“, "GMT" are
 * the time's, not an acronym of someone no source knows whose figure the sentence would tell.
 */
export function withoutClockTimeSuffixes(text: string): string {
  return text.replace(SUFFIX_AFTER_A_TIME, (suffix) => ' '.repeat(suffix.length));
}
