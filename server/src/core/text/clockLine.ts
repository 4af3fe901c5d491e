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

/**
 * A line of a stamped paragraph that ends with a word taking a time ("… had lost by", „fiel bis“) wraps its sentence
 * onto the next line's time, where no name opens what follows the time ("by\n2:30pm a full 6.58%", „bis\n14:30 Uhr um
 * 6,58 %“). A feed's item that ends with such a word („Microsoft gibt nach“, "halted until") is followed by an item
 * that names its own subject ("09:15 Nvidia -9,82 %").
 */
const ENDS_WITH_A_WORD_BEFORE_A_TIME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${wordAlternation(WORDS_BEFORE_A_TIME)})[ \t]*$`, 'iu');
const SPACED_SUFFIX = new RegExp(String.raw`^[ \t]+(?:${wordAlternation([...CLOCK_TIME_SUFFIXES, ...SIGNATURE_TIME_ZONES])})(?![\p{L}])`, 'iu');
const NAME_OPENING = /^[ \t]+[*_"“„'‘]*\p{Lu}/u;

function nameFollows(after: string): boolean {
  const suffix = SPACED_SUFFIX.exec(after);
  return NAME_OPENING.test(suffix ? after.slice(suffix[0].length) : after);
}

/** Whether a time stamp opens `text` at `at` (a line's start) as an item of its own, not as the time a wrapped line goes on with. */
export function opensClockLine(text: string, at: number): boolean {
  CLOCK_OPENING.lastIndex = at;
  if (!CLOCK_OPENING.test(text)) return false;
  if (at === 0 || nameFollows(text.slice(CLOCK_OPENING.lastIndex, CLOCK_OPENING.lastIndex + 48))) return true;
  const lineBefore = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  return !ENDS_WITH_A_WORD_BEFORE_A_TIME.test(lineBefore);
}
