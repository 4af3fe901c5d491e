import type { SentenceFacts } from '../analysis/analyzedSentence';
import { OUTDONE_BY_BEFORE } from '../figures/vocabulary';
import type { Figure, NameMention } from '../types';

/**
 * The side a margin is won over, named between the verb and "by": "Nvidia lagged the Nasdaq 100 by 4.82 points",
 * „Broadcom übertraf Microsoft um 2,8 Punkte“. `undefined` where the figure is no such margin; `null` where the words
 * name no one ("exceeds it by 4.82 points"): then no pair of the sources' figures can be told to be the one meant.
 */
export function outdoneSide(figure: Figure, sentence: SentenceFacts): NameMention | null | undefined {
  const before = sentence.text.slice(0, figure.start);
  const margin = OUTDONE_BY_BEFORE.exec(before);
  if (!margin) return undefined;
  const named = sentence.names.filter((n) => n.start >= margin.index && n.end <= figure.start);
  return named[named.length - 1] ?? null;
}
