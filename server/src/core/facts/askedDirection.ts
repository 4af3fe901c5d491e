import type { Figure } from '../types';
import { DIRECTED_MOVES } from './attributes';
import type { AskedQuestion } from './fact';

/**
 * "Nvidia, Infineon and SoftBank: what's the most any of them gained?" / "As much as 10%.": an answer that gives a move
 * without saying which way takes the way the question asked, as "gained 10%" in one sentence would say it. A question
 * that asks for both ways ("did it rise or fall?") lends none, and an answer that says its own way keeps it.
 */
export function wayAsked(figure: Figure, question: AskedQuestion, ownAttributes: readonly string[]): Figure['direction'] {
  if (figure.direction || figure.derivedFrom || figure.kind === 'date' || figure.kind === 'year' || figure.value < 0) return undefined;
  if (question.alternatives || ownAttributes.some((a) => DIRECTED_MOVES.includes(a))) return undefined;
  const asked = DIRECTED_MOVES.filter((m) => question.attributes.includes(m));
  if (asked.length !== 1) return undefined;
  return asked[0] === 'rise' ? 'up' : 'down';
}
