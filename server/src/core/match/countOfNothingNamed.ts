import { countedNoun } from '../figures/countedNoun';
import type { Figure } from '../types';

/**
 * Whether a draft's count names nothing it counts, neither a noun nor an attribute („ich halte meine zwölf Stück“, a
 * table's row number „| 6 |“, "Accept three to four"), while the source's count counts something by name („die beiden
 * Supercomputer“): the two are no values of one thing, so the source's cannot say the draft's is wrong (it may still
 * bear it out).
 */
export function countOfNothingNamed(draft: Figure, draftAttributes: readonly string[], source: Figure): boolean {
  // A range's end against a range's end („eine Spanne zwischen 1.000 und 50.000“ against „zwischen 10.000 und 50.000
  // Einheiten“) is another estimate of one number, named or not; "Accept three to four" against „die beiden“ is not.
  const bothRanges = draft.range !== undefined && source.range !== undefined;
  return draft.kind === 'count' && source.kind === 'count' && !bothRanges && draftAttributes.length === 0 && countedNoun(draft) === undefined && countedNoun(source) !== undefined;
}
