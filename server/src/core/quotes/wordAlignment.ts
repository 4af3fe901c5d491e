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

/** The source's words of a range as the source writes them. */
export function quotedWording(text: string, { spans }: QuoteWords, { first, last }: { first: number; last: number }): string {
  return text.slice(spans[first].start, spans[last].end);
}

/**
 * A quoted stretch that starts or ends inside a hyphenated compound of the source reaches to the compound's ends, and
 * so does a change at that end: „KI-Firmen“ for „KI-Start-ups“ reads „KI-Start-ups“ in the message and the fix, not
 * „KI-Start“.
 */
export function toWholeCompounds(alignment: WordAlignment, text: string, { spans }: QuoteWords): WordAlignment {
  let { first, last } = alignment.sourceRange;
  const glued = (k: number) => spans[k + 1].start === spans[k].end + 1 && text[spans[k].end] === '-';
  while (first > 0 && glued(first - 1)) first--;
  while (last + 1 < spans.length && glued(last)) last++;
  if (first === alignment.sourceRange.first && last === alignment.sourceRange.last) return alignment;
  const changes = alignment.changes.map((c) => c.sourceTo <= c.sourceFrom ? c : {
    ...c,
    sourceFrom: c.sourceFrom === alignment.sourceRange.first ? first : c.sourceFrom,
    sourceTo: c.sourceTo === alignment.sourceRange.last + 1 ? last + 1 : c.sourceTo,
  });
  return { ...alignment, sourceRange: { first, last }, changes };
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
  // A changed first or last word still belongs to the quoted stretch of the source; the same letters spelt apart or
  // together ("Startups" for „Start-ups“) reach as far as the source's words they spell.
  const first = sourceStartSpelling(draft.slice(0, firstDraft), source, firstSource) ?? Math.max(0, firstSource - firstDraft);
  const last = sourceEndSpelling(draft.slice(lastDraft + 1), source, lastSource) ?? Math.min(m - 1, lastSource + (n - 1 - lastDraft));
  const changes: WordChange[] = [];
  let respelt = 0;
  const anchors: Array<[number, number]> = [[-1, first - 1], ...matched, [n, last + 1]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [d0, s0] = anchors[k];
    const [d1, s1] = anchors[k + 1];
    if (d1 - d0 === 1 && s1 - s0 === 1) continue;
    const change = { draftFrom: d0 + 1, draftTo: d1, sourceFrom: s0 + 1, sourceTo: s1 };
    if (spellsTheSame(draft, source, change)) respelt += d1 - d0 - 1;
    else changes.push(change);
  }
  return { ratio: (matched.length + respelt) / n, verbatim: changes.length === 0, sourceRange: { first, last }, changes };
}

/** Draft words and source words with the same letters, only split otherwise: "startups" for "start" "ups". */
function spellsTheSame(draft: string[], source: string[], c: WordChange): boolean {
  return c.draftTo > c.draftFrom && c.sourceTo > c.sourceFrom
    && draft.slice(c.draftFrom, c.draftTo).join('') === source.slice(c.sourceFrom, c.sourceTo).join('');
}

/** Where the source's words before `before` spell the draft's leading words, letter for letter, if they do. */
function sourceStartSpelling(leading: string[], source: string[], before: number): number | undefined {
  const letters = leading.join('');
  if (letters === '') return undefined;
  let spelt = '';
  for (let j = before - 1; j >= 0 && spelt.length < letters.length; j--) {
    spelt = source[j] + spelt;
    if (spelt === letters) return j;
  }
  return undefined;
}

/** Where the source's words after `after` spell the draft's trailing words, letter for letter, if they do. */
function sourceEndSpelling(trailing: string[], source: string[], after: number): number | undefined {
  const letters = trailing.join('');
  if (letters === '') return undefined;
  let spelt = '';
  for (let j = after + 1; j < source.length && spelt.length < letters.length; j++) {
    spelt += source[j];
    if (spelt === letters) return j;
  }
  return undefined;
}
