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
