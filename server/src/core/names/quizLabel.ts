/**
 * "**Q6.** How much …?", "**A6.** $5.6m.", „F3: Wann …“: a quiz, a Q&A or a worksheet numbers its questions and answers
 * with a capital and the item's number. Such a label opens its line; it is no chip or model, though "A100" and "H800"
 * look alike (those have three digits or more, and a label has at most two).
 */
const QUIZ_LABEL = /^[QAF]\d{1,2}$/u;
const OPENS_THE_LINE = /(?:^|\n)[\s*_>#-]*$/u;
const CLOSES_THE_LABEL = /^[.):]?[*_]{0,2}(?:\s|$)/u;

/** Whether the word at `start`–`end` of `sentence` is such a label. */
export function isQuizLabel(sentence: string, word: string, start: number, end: number): boolean {
  return QUIZ_LABEL.test(word) && OPENS_THE_LINE.test(sentence.slice(Math.max(0, start - 40), start)) && CLOSES_THE_LABEL.test(sentence.slice(end, end + 4));
}
