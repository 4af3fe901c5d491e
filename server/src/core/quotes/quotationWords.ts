import type { SourceQuotation } from '../sources/sourceIndex';

/** Each word of a set of source quotations → [quotation (its position in the set), how often it says the word, …]; made at the first lookup. */
const postingsOf = new WeakMap<readonly SourceQuotation[], Map<string, number[]>>();

function postings(quotations: readonly SourceQuotation[]): Map<string, number[]> {
  let byWord = postingsOf.get(quotations);
  if (byWord) return byWord;
  postingsOf.set(quotations, (byWord = new Map()));
  quotations.forEach((quotation, position) => {
    for (const [word, count] of counted(quotation.words.words)) {
      const list = byWord!.get(word);
      if (list) list.push(position, count);
      else byWord!.set(word, [position, count]);
    }
  });
  return byWord;
}

function counted(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The positions, in order, of the source quotations that may hold at least `share` of `words` in order: those whose
 * words in common with them (each counted as often as both say it, a bound on the longest common subsequence) are at
 * least that share. Every other quotation has fewer words in common with the draft's than a match needs, so a draft
 * quotation is aligned with these alone, found by lookup, not with every quotation of thousands of sources.
 */
export function quotationsThatMayHold(quotations: readonly SourceQuotation[], words: readonly string[], share: number): number[] {
  const byWord = postings(quotations);
  const common = new Map<number, number>();
  for (const [word, count] of counted(words)) {
    const list = byWord.get(word);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) common.set(list[i], (common.get(list[i]) ?? 0) + Math.min(count, list[i + 1]));
  }
  const kept: number[] = [];
  for (const [position, inCommon] of common) if (!(inCommon / words.length < share)) kept.push(position);
  return kept.sort((a, b) => a - b);
}
