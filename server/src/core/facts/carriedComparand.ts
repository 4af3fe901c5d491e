import type { SentenceFacts } from '../analysis/analyzedSentence';
import { comparandOf, kindReferredAfter } from '../match/comparand';
import type { Figure } from '../types';
import type { CarriedContext, CarriedName } from './fact';

/**
 * "Der Nasdaq 100 sackte um 3 % ab. Nvidia fiel zweieinhalbmal so stark wie der Index.", "The Nasdaq 100 dropped 3%.
 * Nvidia's slide was about two and a half times the index's.": a multiple compared with a word for a kind of name
 * that its own sentence leaves unnamed is compared with the nearest name of that kind the paragraph gave before it,
 * not with whatever pair of the subject's source sentence has a ratio that fits.
 */
export function carriedComparand(figure: Figure, sentence: SentenceFacts, carried: CarriedContext): CarriedName | undefined {
  if (figure.kind !== 'multiplier' || comparandOf(figure, sentence)) return undefined;
  const kind = kindReferredAfter(figure, sentence.text);
  if (!kind) return undefined;
  const named = new Set(sentence.names.map((n) => n.entry.canonical));
  return carried.names.find((n) => n.from === 'paragraph' && n.kind === kind && !named.has(n.canonical));
}
