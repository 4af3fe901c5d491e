/**
 * A spreadsheet pasted as a Markdown table often has two header rows: a group header whose merged cells came out
 * empty ("|  | Benchmark score (%) |  |"), and under it the columns' own names ("| **Model** | **HumanEval** |
 * **MATH-500** |"), which Markdown reads as the first body row. The column a value stands in is then named by both:
 * "Benchmark score (%) HumanEval", "Training cost USD m".
 */

// "MATH-500", "GPT-4o": digits glued to a name by a hyphen name something, they are no value.
const STANDALONE_NUMBER = /(?<![\p{L}\d-])[-−+]?\d/u;
const isEmpty = (text: string) => text.trim() === '';

export interface ColumnHeaders {
  /** Each column's header text, both rows' words where the table has two. */
  texts: string[];
  /** How many rows head the table: 1, or 2 with a group header above the columns' names. */
  rows: number;
}

/**
 * The headers of a table's columns. A second header row is there only where the first is a group header (a cell right
 * of the first column left empty, as a merged cell comes out, beside a filled one) and the row under it names every
 * column that has values below it, with words and no number ("| Index | 27 Jan 2025 |" has a date, so it is read as the
 * header only where it is the first row). A group header's words stand for the empty cells right of it.
 */
export function columnHeaders(rows: string[][]): ColumnHeaders {
  const first = rows[0] ?? [];
  const second = rows[1];
  const groupHeader = first.some((t, c) => c > 0 && isEmpty(t)) && first.some((t, c) => c > 0 && !isEmpty(t));
  const names = second !== undefined && rows.length > 2 && second.filter((t) => !isEmpty(t)).length >= 2 && second.every((t) => isEmpty(t) || !STANDALONE_NUMBER.test(t.replace(DATE_LIKE, '')));
  if (!groupHeader || !names) return { texts: first, rows: 1 };
  let group = '';
  const texts = first.map((t, c) => {
    if (c === 0) return [t, second[c] ?? ''].filter((x) => !isEmpty(x)).join(' ');
    if (!isEmpty(t)) group = t;
    return [group, second[c] ?? ''].filter((x) => !isEmpty(x)).join(' ');
  });
  return { texts, rows: 2 };
}

/** A date or year among the names of the columns ("27 Jan 2025", "Full year 2024"): words that say when, not a value. */
const DATE_LIKE = /(?<![\p{L}\d])(?:\d{1,2}\.?\s+\p{L}{3,}\.?\s+)?(?:19|20)\d\d(?![\p{L}\d])/gu;
