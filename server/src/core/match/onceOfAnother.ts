import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import type { NameKind, NameMention } from '../types';

/** What is founded or released: a firm or a model, not the person who founds or announces it. */
const FOUNDED: ReadonlySet<NameKind> = new Set(['organisation', 'model']);

/** What happens once to a firm or a model: it is founded, it is released (an export rule or a meeting is no one's). */
const OF_WHAT_IS_MADE = ['founding', 'release'];

/** The firms and models a fact's own sentence names and the fact is about (places left out). */
function foundedOf(fact: Fact, names: readonly NameMention[]): string[] {
  return names.filter((n) => FOUNDED.has(n.entry.kind) && fact.entities.includes(n.entry.canonical) && !fact.places?.includes(n.entry.canonical)).map((n) => n.entry.canonical);
}

/**
 * "2013 gründete Liang … die Investmentfirma Hangzhou Yakebi" is no founding of High-Flyer, however it names the same
 * founder: a day or year of a founding or a release is another one's where each sentence names the firm or model it
 * is of and neither names the other's.
 */
export function isOnceOfAnother(fact: Fact, sentence: SentenceFacts, candidate: Fact, candidateSentence: SentenceFacts): boolean {
  if (!OF_WHAT_IS_MADE.some((a) => fact.attributes.includes(a) && candidate.attributes.includes(a))) return false;
  const ours = foundedOf(fact, sentence.names);
  const theirs = foundedOf(candidate, candidateSentence.names);
  return ours.length > 0 && theirs.length > 0 && !ours.some((e) => candidate.entities.includes(e)) && !theirs.some((e) => fact.entities.includes(e));
}
