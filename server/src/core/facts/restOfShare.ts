import { REST_OF_SHARE_BEFORE, SHARE_OF_A_SUBSET_BEFORE, WHOLE_OF_A_REST_AFTER } from '../figures/vocabulary';
import type { Figure } from '../types';
import type { CarriedShare, Fact } from './fact';

/**
 * "HumanEval: 92 Prozent. Fehlen die übrigen 8 Prozent", "36% of the models come from China … The remaining 64% come
 * from elsewhere": a share told as the rest of the share stated before it, in its sentence or earlier in its paragraph.
 * It is of what that share is of, with what that share leaves over as its value (match/complement.ts).
 *
 * Only one share is what a rest is of: the nearest one of the whole the rest names („der Modelle“, "of the models"),
 * else the nearest one where it is the only one or in the rest's own sentence. An older share is kept beside it only
 * where the nearest restates it („also gut ein Drittel“); a share of something else in between (a benchmark's 92 %
 * after the models' 36 %) is never skipped to reach an older one, nor is a share of a part the draft carved out
 * („Von diesen Modellen sind 70 Prozent quelloffen“): the writer may mean the rest of a share no source gives.
 */
export function linkRestsOfShares(read: Fact[], text: string, previousShares: readonly CarriedShare[]): void {
  let shares = previousShares;
  let ownShares = 0;
  for (const fact of [...read].sort((a, b) => a.figure.start - b.figure.start)) {
    if (isRestOfAShare(fact.figure, text)) {
      // "36 Prozent aus China, 40 Prozent aus den USA und die restlichen 24 Prozent": the rest of all of them.
      const restOf = ownShares < 2 && shares.length ? sharesItMayBeTheRestOf(shares, text.slice(fact.figure.end), ownShares === 1) : undefined;
      if (restOf) fact.restOf = restOf;
    } else if (isPartOfAWhole(fact.figure)) {
      // Not a rest (read just above): a share, without asking again.
      shares = [carried(fact, text), ...shares].slice(0, SHARES_KEPT);
      ownShares++;
    }
  }
}

/**
 * The shares a later "the remaining …" may be the rest of, nearest first: the sentence's, then those before it. The
 * nearest may restate another ("36 Prozent … Macht rund 480 Modelle, also gut ein Drittel. Die übrigen …").
 */
export function sharesSoFar(read: Fact[], text: string, before: readonly CarriedShare[]): readonly CarriedShare[] {
  const own = read.filter((fact) => isAShare(fact, text)).sort((a, b) => b.figure.start - a.figure.start);
  return own.length ? [...own.map((fact) => carried(fact, text)), ...before].slice(0, SHARES_KEPT) : before;
}

const SHARES_KEPT = 3;
/** „gut ein Drittel“ after „36 Prozent“: a share this close to the one before it says that one again, rounded. */
const RESTATED_WITHIN_POINTS = 3;

/**
 * The share the rest is of, with the one it restates where it restates one; none where the paragraph holds shares of
 * two things and nothing tells which („36 Prozent … aus China. R1 erreicht 92 Prozent. Die übrigen 64 Prozent …“).
 */
function sharesItMayBeTheRestOf(shares: readonly CarriedShare[], afterTheRest: string, nearestInItsSentence: boolean): Fact[] | undefined {
  const whole = WHOLE_OF_A_REST_AFTER.exec(afterTheRest)?.[1];
  const ofThatWhole = whole ? shares.find((share) => namesTheWhole(share.ofWhat, whole)) : undefined;
  if (ofThatWhole) return [ofThatWhole.fact];
  const [nearest, older] = shares;
  if (nearest.ofASubset) return undefined;
  if (!older || nearestInItsSentence) return [nearest.fact];
  if (Math.abs(nearest.fact.figure.value - older.fact.figure.value) <= RESTATED_WITHIN_POINTS) return [nearest.fact, older.fact];
  return undefined;
}

/** „der weltweit 1328 KI-Modelle“ names the whole „der Modelle“ does: the noun, also as a compound's last part. */
function namesTheWhole(ofWhat: string, whole: string): boolean {
  return new RegExp(String.raw`${whole.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'iu').test(ofWhat);
}

/** The share with the words after it in its clause: what it is a share of. */
function carried(fact: Fact, text: string): CarriedShare {
  return { fact, ofWhat: text.slice(fact.figure.end).split(/[.;:!?]/)[0], ofASubset: SHARE_OF_A_SUBSET_BEFORE.test(text.slice(0, fact.figure.start)) };
}

function isRestOfAShare(figure: Figure, text: string): boolean {
  return isPartOfAWhole(figure) && REST_OF_SHARE_BEFORE.test(text.slice(0, figure.start));
}

/** A share of a whole: no rise or fall ("-7,82 %"), no value derived from two others, none of a rest. */
function isAShare(fact: Fact, text: string): boolean {
  return isPartOfAWhole(fact.figure) && !isRestOfAShare(fact.figure, text);
}

function isPartOfAWhole(figure: Figure): boolean {
  return figure.kind === 'percent' && !figure.direction && !figure.derivedFrom && !figure.range && figure.value > 0 && figure.value < 100;
}
