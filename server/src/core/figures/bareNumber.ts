import { APPROXIMATE_BEFORE, LOWER_BOUND_BEFORE, UPPER_BOUND_BEFORE } from './vocabulary';

/**
 * A sentence that is nothing but a number or a range ("| 8–12 |", "| 10 |"): a score band, a rank, a line of a quiz's
 * key. It says nothing of what it counts; only its row's label or its column's header can.
 */
export function isBareNumber(text: string): boolean {
  return BARE_NUMBER.test(text);
}
const BARE_NUMBER = /^\s*[-−+]?\d[\d.,]*(?:\s*[–—-]\s*\d[\d.,]*)?\s*$/u;

/**
 * A row's cell that is a sentence of its own ("Liang Wenfeng wäre stolz auf Sie.", "Solid, you know your R1."): a
 * comment on the row, not a label that says whose the row's bare number is.
 */
export function isCommentCell(text: string): boolean {
  return COMMENT.test(text.trim());
}
const COMMENT = /^\S+(?:\s+\S+){2,}[.!?…]$/u;

/**
 * A table cell holding one number, in digits or words, alone or hedged ("| seven |", "| ca. 160 |", "| about 160 |",
 * "| ~160 |"): the row says what it counts. A hedge is how a fact box gives a number no one has counted exactly.
 */
export function isNumberCell(text: string): boolean {
  // A cell longer than a hedge and a number is words of its own, not asked.
  const cell = text.length <= 40 ? NUMBER_CELL.exec(text) : null;
  return cell !== null && (cell[1] === '' || CELL_BOUND.test(cell[1]) || [APPROXIMATE_BEFORE, LOWER_BOUND_BEFORE, UPPER_BOUND_BEFORE].some((words) => isAll(words, cell[1])));
}
const NUMBER_CELL = /^\s*(.*?)[\p{L}\d.,]+\s*$/u;
/** A fact box's bound in signs: "> 160", "≤ 50". */
const CELL_BOUND = /^[<>≤≥]\s*$/u;

/** The hedge or bound is all the cell says besides the number: "Liang did, aged about 30." is a sentence. */
function isAll(words: RegExp, prefix: string): boolean {
  const found = words.exec(prefix);
  return found !== null && prefix.slice(0, found.index).trim() === '';
}
