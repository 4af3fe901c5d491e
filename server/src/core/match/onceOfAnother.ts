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
 * Where a sentence names no firm or model ("| Founded | 2016 |" under "## High-Flyer", "Wang founded the company in
 * 2016"), the firms and models the fact is about as the sentences before it gave them: what a reader takes "the
 * company" to be.
 */
function carriedFoundedOf(fact: Fact, kindOf: (canonical: string) => NameKind | undefined): string[] {
  const own = fact.primary?.length ? fact.primary : fact.entities;
  return own.filter((e) => !fact.places?.includes(e) && FOUNDED.has(kindOf(e) as NameKind));
}

/**
 * "2013 gründete Liang … die Investmentfirma Hangzhou Yakebi" is no founding of High-Flyer, however it names the same
 * founder: a day or year of a founding or a release is another one's where each sentence names the firm or model it
 * is of, or is about one the sentences before it named, and neither is about the other's. Super Micro's founding in
 * 1993, in another article, is no source for Nvidia's "Founded | 1993", nor another year of it.
 */
export function isOnceOfAnother(fact: Fact, sentence: SentenceFacts, candidate: Fact, candidateSentence: SentenceFacts, kindOf: (canonical: string) => NameKind | undefined): boolean {
  if (!OF_WHAT_IS_MADE.some((a) => fact.attributes.includes(a) && candidate.attributes.includes(a))) return false;
  const named = foundedOf(fact, sentence.names);
  const ours = named.length ? named : carriedFoundedOf(fact, kindOf);
  const theirsNamed = foundedOf(candidate, candidateSentence.names);
  const theirs = theirsNamed.length ? theirsNamed : carriedFoundedOf(candidate, kindOf);
  return ours.length > 0 && theirs.length > 0 && !ours.some((e) => candidate.entities.includes(e)) && !theirs.some((e) => fact.entities.includes(e));
}
