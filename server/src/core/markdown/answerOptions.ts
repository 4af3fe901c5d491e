import type { ProseBlock } from '../text/prose';

/**
 * "By how much did Nvidia fall?" over "A. 3.75%", "B. 6.58%", "C. 7.82%": a multiple-choice question's options are
 * what a reader may pick, wrong ones on purpose; none of them states anything. An option is a line that opens with
 * the next letter of the alphabet and a full stop or a bracket ("A.", "b)", "(c)"), from the first letter on, at least
 * three in a row, right after the question's line in the same paragraph. A single "A." after "Q. …?" is a deposition's
 * or an interview's answer, and a pub quiz's "**A2.**" has a number: both say something and stay. (Options in a block of
 * their own would need the block before them: the draft is parsed in chunks that do not see each other.)
 */
const OPTION_LABEL = /^[\s*_]*\(?([A-Za-z])[.)][*_]*\s+\S/u;
const ENDS_A_QUESTION = /\?[\s*_"“”»«„]*$/u;
const FEWEST_OPTIONS = 3;

/** The letter a line opens with as an option's label ("A", "b"), if it does. */
function optionLetter(line: string): string | undefined {
  return OPTION_LABEL.exec(line)?.[1];
}

/** How many of `texts`, from `from` on, run "A.", "B.", "C." … (or "a)", "b)", "c)" …) from the first letter. */
function optionRun(texts: readonly string[], from: number): number {
  const first = optionLetter(texts[from] ?? '');
  if (first !== 'A' && first !== 'a') return 0;
  let length = 1;
  while (from + length < texts.length && optionLetter(texts[from + length]) === String.fromCharCode(first.charCodeAt(0) + length)) length++;
  return length;
}

/**
 * The block without the option lines that follow a question in it. The question's own line stays: it asks, and may
 * name a date the sources give. The lines after the last option are kept.
 */
export function withoutAnswerOptions(block: ProseBlock): ProseBlock {
  const lines = lineSpans(block.text);
  const texts = lines.map((s) => block.text.slice(s.from, s.to));
  const dropped: Array<{ from: number; to: number }> = [];
  for (let i = 0; i + FEWEST_OPTIONS < lines.length; i++) {
    if (!ENDS_A_QUESTION.test(texts[i])) continue;
    const options = optionRun(texts, i + 1);
    if (options < FEWEST_OPTIONS) continue;
    dropped.push({ from: lines[i].to, to: lines[i + options].to });
    i += options;
  }
  return dropped.length ? withoutRanges(block, dropped) : block;
}

function lineSpans(text: string): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (;;) {
    const end = text.indexOf('\n', from);
    spans.push({ from, to: end < 0 ? text.length : end });
    if (end < 0) return spans;
    from = end + 1;
  }
}

/** The block with the characters of `ranges` (in order, apart) left out, each character keeping its document offset. */
function withoutRanges(block: ProseBlock, ranges: ReadonlyArray<{ from: number; to: number }>): ProseBlock {
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (const { from, to } of [...ranges, { from: block.text.length, to: block.text.length }]) {
    text += block.text.slice(at, from);
    for (let i = at; i < from; i++) offsets.push(block.offsets[i]);
    at = to;
  }
  offsets.push(block.offsets[block.text.length]);
  return { ...block, text, offsets };
}
