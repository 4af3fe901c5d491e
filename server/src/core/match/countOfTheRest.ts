import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { Figure } from '../types';
import { compareFigures } from './agreement';
import { restToldIn } from './complement';
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
  if (stated.status !== 'contradicted' || figure.kind !== 'count' || figure.aggregate || figure.range || !toldAsTheRest(figure, sentence)) return undefined;
  const wholes = new Set(stated.evidence.filter((e) => !e.figure.derivedFrom && e.figure.kind === 'count').map((e) => e.figure.value));
  const told = stated.evidence.filter((e) => isShareCount(e.figure));
  const ofTheWholes = index.derivedFacts.candidates(fact).filter((c) => isShareCount(c.figure) && wholes.has(c.figure.derivedFrom![1].value));
  const shareCounts = told.length ? told : ofTheWholes;
  if (shareCounts.length === 0) return undefined;
  const rests = shareCounts.map((c) => asRest(c, figure));
  const agreeing = rests.filter((e) => e.agreement === 'agrees');
  return agreeing.length ? { status: 'supported', evidence: agreeing, conflicts: [] } : { status: 'contradicted', evidence: rests, conflicts: [] };
}

/**
 * „Der Rest, knapp 850 Modelle, …“, „Aus dem Rest der Welt kommen knapp zwei Drittel, rund 850 Modelle“, „die übrigen
 * 850 Modelle“, "the other 850 or so models", "the remaining 850": the rest as what opens the sentence or as the words
 * right before the count; else the words of its clause ("outside China", „außerhalb Chinas“).
 */
const REST_OPENING = /^\s*(?:(?:aus|von|in|from)\s+)?(?:der|die|dem|den|the)\s+(?:rest|übrigen|restlichen|remaining|others?)(?![\p{L}])/iu;
const REST_RIGHT_BEFORE = /(?<![\p{L}])(?:die\s+(?:übrigen|restlichen|anderen)|the\s+(?:remaining|other))\s+(?:(?:rund|etwa|knapp|gut|fast|about|around|roughly|some|nearly|almost)\s+)?$/iu;

function toldAsTheRest(figure: Figure, sentence: SentenceFacts): boolean {
  return REST_OPENING.test(sentence.text) || REST_RIGHT_BEFORE.test(sentence.text.slice(0, figure.start)) || restToldIn(figure, sentence);
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
