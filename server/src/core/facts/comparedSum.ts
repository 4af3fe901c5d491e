import { COMPARED_SUM, wordAlternation } from '../context/lexicon';
import type { Figure } from '../types';

// The first sum, a dash or comma, the comparison's words and maybe an article, then the second sum: "5,6 Millionen
// Dollar – ein Bruchteil der 78 Millionen Dollar", "$5.6 million, a fraction of the $78 million". "der"/"des" after
// "Bruchteil" is the genitive's article; "of"/"von" may stand after the words that take none.
const BETWEEN = new RegExp(String.raw`^\s*[,–—-]?\s*(?:${wordAlternation([...COMPARED_SUM].sort((a, b) => b.length - a.length))})\s+(?:(?:of|von|vom)\s+)?(?:(?:the|der|des|die|den|dem)\s+)?$`, 'iu');

/**
 * The sum before `figures[i]` in its sentence that it is compared with ("ein Bruchteil der 78 Millionen Dollar, die OpenAI
 * für GPT-4o aufwandte"): the two measure the same thing, the 78 million GPT-4o's training as the 5.6 million R1's, though
 * the second's clause names no training. Undefined where the sum before is of another kind or other words stand between.
 */
export function comparedSumBefore(text: string, figures: readonly Figure[], i: number): number | undefined {
  const figure = figures[i];
  if (i === 0 || figure.kind !== 'money') return undefined;
  const before = figures[i - 1];
  return before.kind === 'money' && BETWEEN.test(text.slice(before.end, figure.start)) ? i - 1 : undefined;
}
