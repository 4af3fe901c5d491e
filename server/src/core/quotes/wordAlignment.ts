import type { Span } from '../types';

export interface QuoteWords {
  /** Normalised words: lower case, letters and digits only. */
  words: string[];
  /** Each word's span in the quotation's text. */
  spans: Span[];
}

export function quoteWords(text: string): QuoteWords {
  const words: string[] = [];
  const spans: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)) {
    words.push(m[0].toLowerCase());
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return { words, spans };
}

export interface WordAlignment {
  /** Share of the draft's words found in order in the source quotation. */
  ratio: number;
  /** The draft's words appear in the source unchanged and uninterrupted (a partial quote is fine). */
  verbatim: boolean;
  /** Source words from the first to the last aligned one. */
  sourceRange: { first: number; last: number };
  /** Where the wordings part: draft words [draftFrom, draftTo) stand where the source has [sourceFrom, sourceTo). */
  changes: WordChange[];
}

export interface WordChange {
  draftFrom: number;
  draftTo: number;
  sourceFrom: number;
  sourceTo: number;
}

/** Longest common subsequence of words: how much of the draft's quotation the source's contains, and where. */
export function alignWords(draft: string[], source: string[]): WordAlignment | undefined {
  const n = draft.length;
  const m = source.length;
  if (n === 0 || m === 0) return undefined;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = draft[i] === source[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const matched: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    // „in der sie …“ quotes the second "in" of "in eine Ecke gedrängt, in der sie …" (a quotation split by "sagte er"):
    // before the first word in common, a source word is passed over where the rest holds as many, so the quoted
    // stretch starts where the draft's words do, not at an earlier word of the same spelling.
    if (draft[i] === source[j] && matched.length === 0 && table[i][j + 1] === table[i][j]) j++;
    else if (draft[i] === source[j]) {
      matched.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  if (matched.length === 0) return undefined;
  const [firstDraft, firstSource] = matched[0];
  const [lastDraft, lastSource] = matched[matched.length - 1];
  // A changed first or last word still belongs to the quoted stretch of the source.
  const first = Math.max(0, firstSource - firstDraft);
  const last = Math.min(m - 1, lastSource + (n - 1 - lastDraft));
  const changes: WordChange[] = [];
  const anchors: Array<[number, number]> = [[-1, first - 1], ...matched, [n, last + 1]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [d0, s0] = anchors[k];
    const [d1, s1] = anchors[k + 1];
    if (d1 - d0 > 1 || s1 - s0 > 1) changes.push({ draftFrom: d0 + 1, draftTo: d1, sourceFrom: s0 + 1, sourceTo: s1 });
  }
  return { ratio: matched.length / n, verbatim: matched.length === n && lastSource - firstSource + 1 === n, sourceRange: { first, last }, changes };
}
