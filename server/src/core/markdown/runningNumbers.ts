import { ROW_NUMBER_HEADERS } from '../context/lexicon';

const ROW_NUMBER_HEADER = new Set(ROW_NUMBER_HEADERS);
/** „3“, „3a“: a row's number, with a letter for a row slipped in after row 3. */
const ROW_NUMBER = /^(\d{1,4})(\p{Ll})?$/u;

/**
 * How many body rows, from the first, hold a running number in each column: „| Nr. |“ over „1“, „2“, „3“, „3a“ counts
 * rows, not things. The header word alone does not decide ("| Model | # |" over "8" is a count): the cells must run
 * 1, 2, 3 … from the first body row, each one more than the row above (or the same number with a later letter), for at
 * least two rows. The run ends at the first cell that breaks it; the cells below it are read as figures again.
 */
export function runningNumberRows(headers: string[], body: string[][]): Map<number, number> {
  const runs = new Map<number, number>();
  headers.forEach((header, column) => {
    if (!ROW_NUMBER_HEADER.has(header.trim().toLowerCase())) return;
    const length = runLength(body.map((row) => row[column]?.trim() ?? ''));
    if (length >= 2) runs.set(column, length);
  });
  return runs;
}

/** How many cells, from the first, run 1, 2, 3 … (a letter after a number continues it: „3“, „3a“, „3b“). */
function runLength(cells: string[]): number {
  let number = 0;
  let letter = '';
  let length = 0;
  for (const cell of cells) {
    const m = ROW_NUMBER.exec(cell);
    if (!m) break;
    const n = Number(m[1]);
    const next = m[2] ?? '';
    if (!(n === number + 1 || (n === number && next > letter))) break;
    number = n;
    letter = next;
    length++;
  }
  return length;
}
