import type { Figure } from '../types';
import type { FigureEvidence, FigureMatch } from './figureMatch';

/**
 * A list's wrong value is contradicted by the source value its sentence has not already given to another item. Where
 * the source states several values of one list in one sentence ("92 % … 85 %", "200 Millionen Yuan (ca. 26 Millionen
 * Euro) und eine Milliarde Yuan (ca. 130 Millionen Euro)") and the draft's item names no owner the matcher can tell
 * them apart by ("im ersten Test … 92, im zweiten … 58 Prozent", "about €26 million and €13 million"), its candidates
 * tie; the first is usually the value the sibling item states rightly, so the fix would repeat the sibling's value.
 * The value left over is the one meant: "€13 million" is the €130 million, "58 Prozent" the 85 %.
 *
 * `figures` are the sentence's figures, `matches` theirs in the same order; `text` is the sentence, whose bare numbers
 * ("auf 92, im zweiten …", not read as figures of their own) give values too. Returns the matches, reordered where
 * needed.
 */
export function preferValuesLeftForItems(text: string, figures: readonly Figure[], matches: readonly FigureMatch[]): FigureMatch[] {
  return matches.map((match, i) => {
    const best = match.evidence[0];
    if (match.status !== 'contradicted' || !best || best.agreement !== 'differs') return match;
    const figure = figures[i];
    const taken = (e: FigureEvidence) => givenToAnotherItem(text, figure, figures, e.figure);
    if (!taken(best)) return match;
    const left = match.evidence.find((e) => e !== best && e.agreement === 'differs' && e.at === best.at && e.score >= TIE * best.score
      && e.figure.kind === best.figure.kind && e.figure.currency === best.figure.currency && !taken(e));
    return left ? { ...match, evidence: [left, ...match.evidence.filter((e) => e !== left)] } : match;
  });
}

/** Candidates this close to the best one are a tie the matcher could not break. */
const TIE = 0.9;

/** Whether another figure of the sentence, or a bare number in it, states the source value. */
function givenToAnotherItem(text: string, figure: Figure, figures: readonly Figure[], value: Figure): boolean {
  if (figures.some((f) => f !== figure && f.kind === value.kind && f.currency === value.currency && f.value === value.value)) return true;
  return bareNumbersOutside(text, figures).includes(value.value);
}

// Decimals of one or two digits only: "1,000" may be a thousand.
const BARE_NUMBER = /(?<![\d.,\p{L}-])\d+(?:[.,]\d{1,2})?(?![\d\p{L}%]|[.,]\d)/gu;

/** The numbers of the sentence outside its figures: "92" in „kam R1 auf 92, im zweiten auf 58 Prozent“. */
function bareNumbersOutside(text: string, figures: readonly Figure[]): number[] {
  const numbers: number[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    numbers.push(Number(m[0].replace(',', '.')));
  }
  return numbers;
}
