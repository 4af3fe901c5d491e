import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import type { Figure } from '../types';
import type { FigureMatch } from './figureMatch';

// "um 80 Prozent schneller", "80% faster", "80 percent more efficient": a comparative of speed right after the
// percentage ("80 Prozent weniger", "langsamer", "der Rechenleistung" are none).
const COMPARATIVE_AFTER = /^\s*(?:schneller|rascher|flotter|effizienter|leistungsfähiger|faster|quicker|speedier|more\s+efficient)(?![\p{L}])/iu;
// "Die Verarbeitungskosten sanken um 80 Prozent": a fall of what is processed is no speed-up.
const NO_SPEED_UP = ['fall'];
// "beschleunigte die Verarbeitung um 80 Prozent", "sped processing up by 80 percent": a change by the percentage.
const CHANGE_BY_BEFORE = /(?<![\p{L}])(?:um|by)\s*$/iu;

/**
 * "80 Prozent schneller", "sped up by 80 percent": a speed-up told as a percentage is the multiple the sources may give
 * ("um das 1,8-Fache"): 1 + 80 %. Undefined for any other percentage: a share or a move of a price is no speed.
 */
export function speedUpAsMultiplier(fact: Fact, sentence: Pick<SentenceFacts, 'text'>): Figure | undefined {
  const { figure } = fact;
  if (figure.kind !== 'percent' || figure.derivedFrom || figure.range || !fact.attributes.includes('speed') || figure.value <= 0) return undefined;
  if (NO_SPEED_UP.some((a) => fact.attributes.includes(a))) return undefined;
  if (!COMPARATIVE_AFTER.test(sentence.text.slice(figure.end)) && !CHANGE_BY_BEFORE.test(sentence.text.slice(0, figure.start))) return undefined;
  return { ...figure, kind: 'multiplier', value: 1 + figure.value / 100, mantissa: 1 + figure.value / 100, scale: 0, precision: figure.precision / 100 };
}

/**
 * The multiple's verdict told of the percentage again: the source's "1,8-Fache" says +80 %, so the quick fix puts in
 * "80 Prozent", not "1,8 Prozent".
 */
export function asSpeedUpMatch(match: FigureMatch): FigureMatch {
  const asPercent = <T extends { figure: Figure }>(e: T): T => {
    const value = (e.figure.value - 1) * 100;
    const text = `${e.figure.text} = +${Math.round(value * 10) / 10} %`;
    return { ...e, figure: { ...e.figure, kind: 'percent', value, mantissa: value, scale: 0, precision: e.figure.precision * 100, text } };
  };
  return { ...match, evidence: match.evidence.map(asPercent), conflicts: match.conflicts.map(asPercent) };
}
