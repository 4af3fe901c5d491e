import type { Span } from '../types';

/** A line that is one lettered answer option: "A. 3.75%", "b) 56 Mio. Dollar", "- (C) H20", "**D.** $78 million". */
const OPTION_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?\(?([A-Fa-f])(?:[.)]|\)\.)(?:\*\*|__)?[ \t]+\S/u;
/** A line that asks: it ends with a question mark, maybe inside emphasis or before a colon. */
const ASKS = /\?[*_)"“”»«]*[ \t]*:?[ \t]*$/u;
/** Fewer options are no choice to make: "A. Yes." in a deposition's Q and A is an answer, not an option. */
const FEWEST_OPTIONS = 3;

/**
 * "**1. By how much did Nvidia fall?**\nA. 3.75%\nB. 6.58%\nC. 7.82%\nD. 17.8%": the options a multiple-choice
 * question offers are no claims of the writer's; all but one are wrong by design. Returns, relative to `text` (a
 * block), the spans of the options of every question whose line asks and whose next lines are lettered A, B, C …
 * in order, at least three of them.
 */
export function answerOptionSpans(text: string): Span[] {
  if (!text.includes('?')) return [];
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push({ start, end: stop, text: text.slice(start, stop) });
    start = stop + 1;
  }
  const spans: Span[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!ASKS.test(lines[k].text)) continue;
    let n = 0;
    for (let j = k + 1; j < lines.length; j++) {
      const letter = OPTION_LINE.exec(lines[j].text)?.[1];
      if (!letter || letter.toLowerCase().charCodeAt(0) - 97 !== n) break;
      n++;
    }
    if (n < FEWEST_OPTIONS) continue;
    spans.push({ start: lines[k + 1].start, end: lines[k + n].end });
    k += n;
  }
  return spans;
}
