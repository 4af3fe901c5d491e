import { isOneDays } from './attributes';
import type { Fact } from './fact';
import { RELATIVE_DAY_WORDS } from './tenseWords';

const WORD = /\p{L}+/gu;
const RELATIVE = new Set(RELATIVE_DAY_WORDS);

/**
 * „Am 27. Januar 2025 … stürzten die Kurse von Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %) ab“ and,
 * after a later heading, „Der Nasdaq 100 sackte um 3 % ab“: a one-day move an article tells without a day of its own is
 * of the day it tells its dated moves on, when that day is one; a draft that puts the Nasdaq's 3 % on 28 January then
 * gets that day's date as the event's. An article whose dated moves fall on two days leaves its undated ones undated,
 * and each article lends its day to its own moves only (one document's facts are given at a time).
 */
export function dateMovesByTheArticlesDay(facts: Fact[][], texts: string[]): Fact[][] {
  let told: Fact | undefined;
  for (const sentence of facts) {
    for (const fact of sentence) {
      if (!ownDatedMove(fact)) continue;
      if (told && (told.time!.month !== fact.time!.month || told.time!.day !== fact.time!.day)) return facts;
      told ??= fact;
    }
  }
  if (!told) return facts;
  const { time, timeOf } = told;
  // „Tags darauf erholte sich die Aktie“: a move told relative to another day, or over several, is not of that day.
  const relative = (i: number) => (texts[i].toLowerCase().match(WORD) ?? []).some((w) => RELATIVE.has(w));
  return facts.map((sentence, i) => sentence.map((fact) => (isUndatedMove(fact) && !relative(i) ? { ...fact, time: { ...time!, year: time!.year ?? fact.time?.year }, timeOf } : fact)));
}

function isMove(fact: Fact): boolean {
  return fact.figure.kind !== 'date' && fact.figure.kind !== 'year' && !fact.figure.durationUnit && isOneDays(fact.attributes);
}

function ownDatedMove(fact: Fact): boolean {
  return isMove(fact) && fact.timeFrom !== 'document' && fact.timeOf !== undefined && fact.time?.month !== undefined && fact.time.day !== undefined;
}

function isUndatedMove(fact: Fact): boolean {
  return isMove(fact) && (fact.time === undefined || fact.timeFrom === 'document') && fact.timeOf === undefined;
}
