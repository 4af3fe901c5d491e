/**
 * "**Q6.** How much …?", "**A6.** $5.6m.", „F3) Wann …“: a quiz, a Q&A or a worksheet numbers its questions and answers
 * with a capital, the item's number and a full stop or a bracket. Such a label opens its sentence; it is no chip or
 * model, though "A100" and "H800" look alike (they have three digits or more) and so do "A40" and "A16", which a list
 * or a sentence names with a colon or a verb after them ("- A40: 60,000 units", "A16 cost …"), never a full stop.
 */
const QUIZ_LABEL = /^[QAF]\d{1,2}$/u;
const OPENS_THE_SENTENCE = /^[\s*_>#-]*$/u;
const CLOSES_THE_LABEL = /^[.)][*_]{0,2}(?:\s|$)/u;

/** Whether the word at `start`–`end` of `sentence` is such a label. */
export function isQuizLabel(sentence: string, word: string, start: number, end: number): boolean {
  return QUIZ_LABEL.test(word) && OPENS_THE_SENTENCE.test(sentence.slice(0, start)) && CLOSES_THE_LABEL.test(sentence.slice(end, end + 4));
}

/**
 * "**A2.**" alone, before "6.58% and 3.75%." (a figure opens a sentence, so the label ends one of its own): a sentence
 * that is a label and nothing else says nothing, and what the question before it asked still waits for its answer.
 */
export function isOnlyAQuizLabel(sentence: string): boolean {
  const m = LABEL_ALONE.exec(sentence);
  return m !== null && QUIZ_LABEL.test(m[1]);
}
const LABEL_ALONE = /^[\s*_>#-]*(\p{Lu}\d{1,2})[.)][*_]{0,2}\s*$/u;
