import type { SentenceFacts } from '../analysis/analyzedSentence';
import { lookupKey } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import { sayAlike } from './sayAlike';
import { compareFigures } from './agreement';
import type { FigureMatch } from './figureMatch';

/** The source facts stating the draft's very sum or day, whoever they name. */
function sameValue(fact: Fact, index: SourceIndex): SourceFigure[] {
  return index.facts.sameValue(fact).filter((c) => compareFigures(fact.figure, c.figure) === 'agrees');
}

/** Supported by these source facts, the first three as the hover's quotes. */
export function supportedBy(same: SourceFigure[]): FigureMatch {
  return { status: 'supported', evidence: same.slice(0, 3).map((c) => ({ ...c, score: 1, agreement: 'agrees' as const, shared: new Set<string>() })), conflicts: [] };
}

/** The source facts stating the draft's very sum or day about one of the names it gives, or about anyone if it gives none. */
export function sameValueOfWhom(fact: Fact, index: SourceIndex): SourceFigure[] {
  return sameValue(fact, index).filter((c) => fact.entities.length === 0 || c.fact.entities.some((e) => fact.entities.includes(e)));
}

/**
 * "Its training bill: $5.6 million" under a heading about the market, "02:15 The $5.6M training run" in a video's list
 * of chapters, "¥200M and ¥1B" after the supercomputers' names: a sum of money that no source states of what the
 * draft's fact was read to be about (`unsourced`), and that a source states to the unit in its currency, is that
 * source's sum. Whose it is was guessed (from a heading, a paragraph, the sentence around a list), or its clause
 * names someone its source's sentence names too, the attribute being the reader's slip ("DeepSeek R1 trained for $5.6M
 * wipes out chip stocks"): no writer took such a sum from elsewhere. A sum whose clause names someone else ("Aleph
 * Alpha sammelte 5,6 Millionen Dollar ein", a name the sources may not know) stays unsourced: it may well be another's.
 * Nor is a bound ("up to $500 billion") or a sum of sums ("together ¥1.2 billion") a sum the source states.
 */
export function sumStatedElsewhere(fact: Fact, sentence: SentenceFacts, index: SourceIndex): FigureMatch | undefined {
  const { figure } = fact;
  if (figure.kind !== 'money' || figure.bound || figure.aggregate) return undefined;
  const keys = new Set(fact.attributes.map(lookupKey));
  // Of no one named in its clause, the sum must be of the same thing, or its sentence say something alike: "the two
  // training bills", not "Anthropic raised $5.6 million from angels" (a subject that is no name yet, or a guessed one):
  // a round sum may be anyone's.
  const alike = (c: SourceFigure) => c.fact.attributes.some((a) => keys.has(lookupKey(a))) || sayAlike(sentence, c.at.facts);
  const same = fact.entityFrom === 'clause' ? sameValueOfWhom(fact, index) : sameValue(fact, index).filter(alike);
  if (same.length === 0 || (fact.entityFrom !== 'clause' && ownersSumOtherwise(fact, keys, same, index))) return undefined;
  return supportedBy(same);
}

/**
 * „## GPT-4o — Das Training verschlang 5,6 Millionen Dollar“: an owner guessed from a heading whom the article stating
 * the sum gives a sum of the same kind (78 million, beside R1's 5.6) is the one the writer means, and 5.6 million is
 * R1's sum put under it, the very error a checker is for. Only an owner that article gives no such sum may have been
 * guessed wrong; another day's article with a sum of the owner's (a distractor) tells nothing about this one.
 */
function ownersSumOtherwise(fact: Fact, keys: ReadonlySet<string>, same: readonly SourceFigure[], index: SourceIndex): boolean {
  if (fact.entities.length === 0) return false;
  const articles = new Set(same.map((c) => c.at.source.input.id));
  return index.facts.candidates(fact).some((c) => articles.has(c.at.source.input.id) && c.fact.figure.kind === 'money' && c.fact.entities.some((e) => fact.entities.includes(e)) && c.fact.attributes.some((a) => keys.has(lookupKey(a))));
}
