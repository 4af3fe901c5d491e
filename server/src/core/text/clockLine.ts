import { wordAlternation } from '../context/lexicon';
import { CLOCK_TIME_SUFFIXES, SIGNATURE_TIME_ZONES, WORDS_BEFORE_A_TIME } from '../figures/vocabulary';

/**
 * "07:12 *CHINA'S DEEPSEEK R1 SPURS SELLOFF …\n07:15 *R1 SCORES 92% ON HUMANEVAL …": a news feed, a shift log or a live
 * blog stamps each line with its time, and each such line is an item of its own though the one before it ends without
 * a full stop. Only where the paragraph's first line opens with a time too: a line of wrapped prose that happens to
 * open with one ("… the call began at\n10:30 and ended at noon.") stays in its sentence. Only a suffix glued to the
 * time ("7:15pm", "14:30h") needs reading: after a space, "Uhr" or "ET" is text enough for the line to go on.
 */
const CLOCK_OPENING = new RegExp(String.raw`[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:${wordAlternation([...CLOCK_TIME_SUFFIXES, ...SIGNATURE_TIME_ZONES])})?(?=[ \t]+\S)`, 'iuy');

/** A line of a stamped paragraph that ends with a word taking a time ("… had lost by", „fiel bis“) wraps its sentence onto the next line's time. */
const ENDS_WITH_A_WORD_BEFORE_A_TIME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${wordAlternation(WORDS_BEFORE_A_TIME)})[ \t]*$`, 'iu');

/** Whether a time stamp opens `text` at `at` (a line's start) as an item of its own, not as the time a wrapped line goes on with. */
export function opensClockLine(text: string, at: number): boolean {
  CLOCK_OPENING.lastIndex = at;
  if (!CLOCK_OPENING.test(text)) return false;
  if (at === 0) return true;
  const lineBefore = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  return !ENDS_WITH_A_WORD_BEFORE_A_TIME.test(lineBefore);
}
