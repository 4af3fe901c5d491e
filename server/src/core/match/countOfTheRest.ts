import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { Figure } from '../types';
import { compareFigures } from './agreement';
import { REST_OF_A_WHOLE, wordAlternation as alternation } from '../context/lexicon';
import { LIST_VALUE_HEDGES } from '../figures/vocabulary';
import { clauseOf, restToldIn } from './complement';
import type { FigureEvidence, FigureMatch } from './figureMatch';

/**
 * "Außerhalb Chinas sind es knapp 850 Modelle", "the other 850 or so models come from elsewhere", „Der Rest, knapp 850
 * Modelle, kommt aus anderen Ländern“: a count told as the rest of a whole a source splits by a share (36 % of 1328
 * models) is what the share leaves over, 1328 − 478 ≈ 850; neither the share's count (478) nor the whole (1328) is
 * another value of it. Read only where the plain reading contradicted the count and the sources split such a whole; a
 * count the sentence does not tell as the rest ("Das sind rund 850 Modelle") is the share's own and stays as it was.
 */
export function matchCountOfTheRest(fact: Fact, sentence: SentenceFacts, index: SourceIndex, stated: FigureMatch): FigureMatch | undefined {
  const { figure } = fact;
  if (stated.status !== 'contradicted' || figure.kind !== 'count' || figure.aggregate || figure.range) return undefined;
  const wholes = new Set(stated.evidence.filter((e) => !e.figure.derivedFrom && e.figure.kind === 'count').map((e) => e.figure.value));
  const told = stated.evidence.filter((e) => isShareCount(e.figure));
  const ofTheWholes = index.derivedFacts.candidates(fact).filter((c) => isShareCount(c.figure) && wholes.has(c.figure.derivedFrom![1].value));
  const shareCounts = told.length ? told : ofTheWholes;
  if (shareCounts.length === 0 || !toldAsTheRest(figure, sentence, shareCounts)) return undefined;
  const rests = shareCounts.map((c) => asRest(c, figure));
  const agreeing = rests.filter((e) => e.agreement === 'agrees');
  return agreeing.length ? { status: 'supported', evidence: agreeing, conflicts: [] } : { status: 'contradicted', evidence: rests, conflicts: [] };
}

const REST = REST_OF_A_WHOLE;
/** The rest as the subject that opens the count's clause: „Der Rest …“, "From the rest of the world …", "The other …". */
const REST_OPENING = new RegExp(String.raw`^\s*(?:(?:${alternation(REST.prepositions)})\s+)?(?:${alternation(REST.opening)})(?![\p{L}])`, 'iu');
/** The rest right before the count, a hedge between: „die übrigen 850“, "the other 850", „die übrigen rund 850“. */
const REST_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(REST.rightBefore)})\s+(?:(?:${alternation(LIST_VALUE_HEDGES)})\s+)?$`, 'iu');
/**
 * The count as an apposition of the subject before it, another value of it joined before: „Der Rest, knapp 850 Modelle,
 * …“, „Der Rest, 64 Prozent oder knapp 850 Modelle, …“; or restating the subject's own share: „Die übrigen 64 Prozent,
 * also etwa 850 Modelle, …“, "The remaining 64 percent, or about 850 models, …". That comma ends no clause.
 */
const APPOSITION_COMMA = new RegExp(String.raw`,\s*(?:[\d.,]+\s*\S*\s+(?:${alternation(REST.orAnotherValue)})\s+|(?:${alternation([...REST.orAnotherValue, ...REST.restating])})\s+)?(?:(?:${alternation(LIST_VALUE_HEDGES)})\s+)?$`, 'iu');
/** The count given to the share's owner itself: „China allein“, "China alone". */
const ALONE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(REST.alone)})(?![\p{L}])`, 'iu');

/**
 * Whether the count's own clause tells it as the rest: its "outside"/„außerhalb“ words, or the rest words as its subject
 * („Der Rest, knapp 850 Modelle, …“) or right before it („die übrigen 850“). Never where that clause gives the count to
 * the share's owner („denn China allein stellt rund 850“, "China alone has about 850"): a rest word in another clause
 * („Die übrigen Länder liegen weit zurück, …“, "The other countries lag: …") does not make the owner's count the rest.
 */
function toldAsTheRest(figure: Figure, sentence: SentenceFacts, shareCounts: readonly SourceFigure[]): boolean {
  const text = sentence.text;
  const [from, to] = clauseOf(figure, text);
  if (ALONE.test(text.slice(from, to))) return false;
  if (restToldIn(figure, sentence)) return true;
  if (namesTheShareOwner(sentence, from, to, shareCounts)) return false;
  const before = text.slice(0, figure.start);
  if (REST_RIGHT_BEFORE.test(before)) return true;
  const subjectEnd = before.replace(APPOSITION_COMMA, '').length;
  const [subjectFrom] = clauseOf({ start: subjectEnd, end: subjectEnd }, text);
  return REST_OPENING.test(text.slice(subjectFrom, figure.start));
}

/** Whether the clause names whom the source's share is of: „China stellt rund 850 Modelle“ is China's own count. */
function namesTheShareOwner(sentence: SentenceFacts, from: number, to: number, shareCounts: readonly SourceFigure[]): boolean {
  const owners = new Set(shareCounts.flatMap((c) => [...c.fact.entities, ...(c.fact.places ?? [])]));
  return sentence.names.some((n) => n.start >= from && n.end <= to && owners.has(n.entry.canonical));
}

/** A count the sources derive as a share of a whole: „36 Prozent × 1328 ≈ 478.1“. */
function isShareCount(figure: Figure): boolean {
  const [share, whole] = figure.derivedFrom ?? [];
  return figure.kind === 'count' && share?.kind === 'percent' && whole?.kind === 'count';
}

/** The share count's evidence turned into what it leaves of its whole: „1328 − 36 Prozent × 1328 ≈ 849.9“. */
function asRest(candidate: SourceFigure, draft: Figure): FigureEvidence {
  const whole = candidate.figure.derivedFrom![1];
  const value = whole.value - candidate.figure.value;
  const rest: Figure = { ...candidate.figure, value, mantissa: value, scale: 0, text: `${whole.text} − ${candidate.figure.text.replace(/\s*≈.*$/u, '')} ≈ ${Math.round(value * 10) / 10}` };
  const agreement = compareFigures(draft, rest);
  return { ...candidate, figure: rest, score: 1, agreement, shared: new Set<string>() };
}
