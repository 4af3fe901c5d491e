import { REST_OF_SHARE_BEFORE } from '../figures/vocabulary';
import type { Figure } from '../types';
import type { Fact } from './fact';

/**
 * "HumanEval: 92 Prozent. Fehlen die übrigen 8 Prozent", "36% of the models come from China … The remaining 64% come
 * from elsewhere": a share told as the rest of the share stated before it, in its sentence or earlier in its paragraph.
 * It is of what that share is of, with what that share leaves over as its value (match/complement.ts).
 */
export function linkRestsOfShares(read: Fact[], text: string, previousShares: readonly Fact[]): void {
  let shares = previousShares;
  for (const fact of [...read].sort((a, b) => a.figure.start - b.figure.start)) {
    if (isRestOfAShare(fact.figure, text) && shares.length) fact.restOf = shares;
    else if (isAShare(fact)) shares = [fact, ...shares].slice(0, SHARES_KEPT);
  }
}

/**
 * The shares a later "the remaining …" may be the rest of, nearest first: the sentence's, then those before it. The
 * nearest may restate another ("36 Prozent … Macht rund 480 Modelle, also gut ein Drittel. Die übrigen …").
 */
export function sharesSoFar(read: Fact[], before: readonly Fact[]): readonly Fact[] {
  const own = read.filter(isAShare).sort((a, b) => b.figure.start - a.figure.start);
  return own.length ? [...own, ...before].slice(0, SHARES_KEPT) : before;
}

const SHARES_KEPT = 3;

function isRestOfAShare(figure: Figure, text: string): boolean {
  return isPartOfAWhole(figure) && REST_OF_SHARE_BEFORE.test(text.slice(0, figure.start));
}

/** A share of a whole: no rise or fall ("-7,82 %"), no value derived from two others, none of a rest. */
function isAShare(fact: Fact): boolean {
  return !fact.restOf && isPartOfAWhole(fact.figure);
}

function isPartOfAWhole(figure: Figure): boolean {
  return figure.kind === 'percent' && !figure.direction && !figure.derivedFrom && !figure.range && figure.value > 0 && figure.value < 100;
}
