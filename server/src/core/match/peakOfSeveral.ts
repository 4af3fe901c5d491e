import type { Fact } from '../facts/fact';
import { contradictedByOneValue, type FigureMatch } from './figureMatch';

/**
 * A peak said of several ("Nvidia and Broadcom each shed as much as 15%", „Nvidia, Microsoft und Broadcom verloren in der
 * Spitze 15 Prozent“) is the largest of their values: borne out where one of them reached it, and contradicted by the
 * largest of theirs where the sources give a value for each of them and none reaches it. Where the sources give one
 * of them no value, the peak may be that one's: the reading stays a bound on each (undefined here).
 */
export function matchPeakOfSeveral(fact: Fact, matchOne: (fact: Fact) => FigureMatch): FigureMatch | undefined {
  const members = membersOf(fact);
  if (!fact.figure.peak || fact.figure.bound !== 'upper' || members.length < 2) return undefined;
  const peak = { ...fact.figure, bound: undefined, approximate: true };
  const matches = members.map((m) => matchOne({ ...fact, each: undefined, figure: peak, entities: m.entities, primary: [m.primary], entityFrom: 'list' }));
  const borneOut = matches.find((m) => m.status === 'supported');
  if (borneOut) return borneOut;
  if (!matches.every((m) => m.status === 'contradicted' && m.evidence.length > 0)) return undefined;
  const size = (m: FigureMatch) => Math.abs(m.evidence[0].figure.value);
  const largest = matches.reduce((top, m) => (size(m) > size(top) ? m : top));
  return contradictedByOneValue(matches) ? { ...largest, sharedByEvery: true } : largest;
}

/** Whose the peak is: the names a list distributes it over, else the sentence's primary names that are not places. */
function membersOf(fact: Fact): Array<{ primary: string; entities: string[] }> {
  if (fact.each) return fact.each;
  const places = new Set(fact.places ?? []);
  return (fact.primary ?? []).filter((p) => !places.has(p)).map((p) => ({ primary: p, entities: [p] }));
}
